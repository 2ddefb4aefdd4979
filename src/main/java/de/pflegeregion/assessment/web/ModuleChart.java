package de.pflegeregion.assessment.web;

import de.pflegeregion.site.GermanNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import de.pflegeregion.assessment.Assessment;
import de.pflegeregion.assessment.ModuleScore;

/**
 * Geometry of the SVG bar chart on the result page: one bar per module, its grey track as long as the
 * module's maximum (so the weighting of the modules is visible), the dark bar its weighted points.
 */
record ModuleChart(List<Bar> bars, int height, String description) {

    static final int WIDTH = 400;
    private static final BigDecimal PIXELS_PER_POINT = BigDecimal.valueOf(9.5);
    private static final int ROW = 64;
    /** Labels short enough for a phone screen; the table below the chart has the full names. */
    private static final List<String> SHORT_TITLES = List.of("Mobilität", "Denken und Verständigung", "Verhalten",
            "Selbstversorgung", "Krankheit und Therapie", "Alltag und Kontakte");

    record Bar(String label, String value, int textY, int barY, int trackWidth, int barWidth, boolean counted) {
    }

    static ModuleChart of(Assessment result) {
        List<Bar> bars = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        int y = 0;
        for (ModuleScore m : result.modules()) {
            String value = GermanNumbers.points(m.weightedPoints()) + " von " + GermanNumbers.points(m.maxWeightedPoints());
            bars.add(new Bar(m.module().number() + " " + SHORT_TITLES.get(m.module().number() - 1), value, y + 20, y + 30,
                    pixels(m.maxWeightedPoints()), pixels(m.weightedPoints()), m.counted()));
            description.append("Modul ").append(m.module().number()).append(" ").append(m.module().title()).append(": ")
                    .append(value).append(" Punkten").append(m.counted() ? "" : ", zählt nicht").append(". ");
            y += ROW;
        }
        return new ModuleChart(bars, y, description.toString().strip());
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }

    private static int pixels(BigDecimal points) {
        return points.multiply(PIXELS_PER_POINT).intValue();
    }
}
