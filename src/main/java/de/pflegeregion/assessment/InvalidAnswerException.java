package de.pflegeregion.assessment;

/** An answer that does not fit the Begutachtungsinstrument; {@link #field()} names it. */
public class InvalidAnswerException extends RuntimeException {

    private final String field;

    public InvalidAnswerException(String field, String germanMessage) {
        super(germanMessage);
        this.field = field;
    }

    /** The input field, e.g. {@code answers.4.8} or {@code ageMonths}. */
    public String field() {
        return field;
    }
}
