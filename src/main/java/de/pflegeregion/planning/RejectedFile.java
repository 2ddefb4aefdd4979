package de.pflegeregion.planning;

import java.util.List;

/** A file that cannot be taken as a whole; nothing of it is stored. */
public class RejectedFile extends RuntimeException {

    private final transient List<ImportError> errors;

    public RejectedFile(List<ImportError> errors) {
        super(errors.size() + " Fehler, zuerst: " + errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
