package de.pflegeregion.web.api;

/**
 * Bad input to the JSON API: answered as 400 application/problem+json (RFC 9457) that names the
 * offending parameter or field, never as a 500.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
