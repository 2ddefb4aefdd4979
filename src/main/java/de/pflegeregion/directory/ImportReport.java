package de.pflegeregion.directory;

import java.util.List;

/** Result of an all-or-nothing import: either every row was imported, or none and every problem is listed. */
public record ImportReport(int rows, int imported, List<ImportProblem> problems) {

    public boolean successful() {
        return problems.isEmpty();
    }
}
