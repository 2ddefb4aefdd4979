package de.pflegeregion.planning;

/** One reason a file was rejected: its line (header = 1), the column and what is wrong, in German. */
public record ImportError(long row, String field, String message) {
}
