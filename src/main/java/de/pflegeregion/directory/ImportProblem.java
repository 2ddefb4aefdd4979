package de.pflegeregion.directory;

/** A bad row of an import file: its line (1 = header), the column and what is wrong, in German. */
public record ImportProblem(int line, String field, String message) {
}
