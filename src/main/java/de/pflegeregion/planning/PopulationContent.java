package de.pflegeregion.planning;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a population file holds for the county, after every check passed.
 *
 * @param layout               the layout detected
 * @param skippedOutsideCounty rows of areas outside the county
 * @param ignoredRows          totals (no sex or no age) and rows that are not counts of persons
 */
public record PopulationContent(PopulationLayout layout, List<PopulationCell> cells, long skippedOutsideCounty,
                                long ignoredRows) {

    public PopulationContent {
        cells = List.copyOf(cells);
    }

    public long unknownCells() {
        return cells.stream().filter(PopulationCell::unknown).count();
    }

    public SortedSet<Integer> years() {
        return new TreeSet<>(cells.stream().map(PopulationCell::year).toList());
    }

    public long areas() {
        return cells.stream().map(PopulationCell::areaKey).distinct().count();
    }

    /** The finest level the file has: Gemeinde before Kreis before Land. */
    public Projection.Level level() {
        return cells.stream().map(PopulationCell::level).min(Enum::compareTo).orElse(Projection.Level.GEMEINDE);
    }

    /** The variant kept (a file with several needs the planner to pick one), "" if none. */
    public String variant() {
        return cells.isEmpty() ? "" : cells.getFirst().variant();
    }
}
