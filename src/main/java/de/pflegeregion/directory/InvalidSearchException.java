package de.pflegeregion.directory;

/** A search parameter is malformed or out of range; {@link #parameter()} names it. */
public class InvalidSearchException extends RuntimeException {

    private final String parameter;

    public InvalidSearchException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
