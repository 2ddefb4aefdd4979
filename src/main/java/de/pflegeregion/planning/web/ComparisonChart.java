package de.pflegeregion.planning.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.pflegeregion.planning.RegionForecast;

/**
 * The scenarios of one year as horizontal bars drawn on the server as SVG, one row per scenario with
 * its name and number as text beside the bar (names of saved variants are long; they wrap, bars do not).
 * The same numbers stand in the comparison table.
 */
record ComparisonChart(List<Bar> bars, double maxValue) {

    /** @param width the bar's length as a share of the longest (0–100) */
    record Bar(String label, double value, double width) {
    }

    static ComparisonChart of(Map<PlanningViews.ScenarioChoice, RegionForecast> comparison) {
        double max = comparison.values().stream().mapToDouble(r -> r.need().total()).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        comparison.forEach((choice, r) -> bars.add(new Bar(choice.label(), r.need().total(), max <= 0 ? 0 : 100 * r.need().total() / max)));
        return new ComparisonChart(bars, max);
    }
}
