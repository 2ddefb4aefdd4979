package de.pflegeregion.site;

/** Something the API was asked for does not exist: answered as 404 application/problem+json. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
