package de.pflegeregion.benefits;

/** Input the rules cannot answer; {@link #field()} names it, the message is plain German. */
public class InvalidBenefitsInput extends RuntimeException {

    private final String field;

    public InvalidBenefitsInput(String field, String germanMessage) {
        super(germanMessage);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
