package de.pflegeregion.directory;

import java.util.List;
import java.util.stream.Collectors;

/** An offer could not be saved; names every bad field. */
public class OfferValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public OfferValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
