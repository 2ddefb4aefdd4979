package de.pflegeregion.directory;

/** A field of an offer (or a CSV column) and what is wrong with it, in German for the user. */
public record FieldError(String field, String message) {
}
