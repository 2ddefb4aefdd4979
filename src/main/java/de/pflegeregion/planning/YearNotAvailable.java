package de.pflegeregion.planning;

import java.util.NavigableSet;
import java.util.TreeSet;

/** A forecast was asked for a year the loaded data does not reach. */
public class YearNotAvailable extends RuntimeException {

    private final transient NavigableSet<Integer> possibleYears;

    public YearNotAvailable(int year, NavigableSet<Integer> possibleYears) {
        super(possibleYears.isEmpty()
                ? "Für " + year + " gibt es keine Vorausberechnung: es ist noch keine Bevölkerung geladen."
                : "Für " + year + " gibt es keine Vorausberechnung. Möglich sind die Jahre " + Years.ranges(possibleYears) + ".");
        this.possibleYears = new TreeSet<>(possibleYears);
    }

    public NavigableSet<Integer> possibleYears() {
        return possibleYears;
    }
}
