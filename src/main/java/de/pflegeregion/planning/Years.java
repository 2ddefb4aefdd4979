package de.pflegeregion.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** Years written as ranges, e.g. "2017, 2022–2040". */
final class Years {

    private Years() {
    }

    static String ranges(SortedSet<Integer> years) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int year : years) {
            if (previous != null && year != previous + 1) {
                parts.add(range(start, previous));
                start = null;
            }
            if (start == null) {
                start = year;
            }
            previous = year;
        }
        if (start != null) {
            parts.add(range(start, previous));
        }
        return String.join(", ", parts);
    }

    private static String range(int from, int to) {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }
}
