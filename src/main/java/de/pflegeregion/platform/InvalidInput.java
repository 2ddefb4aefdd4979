package de.pflegeregion.platform;

/**
 * Input a person or a program got wrong: {@link #field()} names the form field, query parameter or
 * JSON path, the message says in plain German what is wrong. Plain Java, so the rules modules throw
 * it too; pages show it beside the field, the API answers 400 problem+json.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String germanMessage) {
        super(germanMessage);
        this.field = field;
    }

    /** e.g. {@code answers.4.8}, {@code pflegegrad} or {@code verhinderungspflege.days} */
    public String field() {
        return field;
    }
}
