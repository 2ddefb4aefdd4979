package de.pflegeregion.network.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import de.pflegeregion.network.Measure;
import de.pflegeregion.network.internal.MeasurePlan;

/**
 * An indicator's measured values as a line drawn on the server in SVG, with the baseline and the target as
 * dashed lines and the target date marked; the same numbers are in the table beside it. SVG user units.
 */
record MeasureChart(String title, List<Point> points, String polyline, Double baselineY, Double targetY, Double deadlineX,
                    String minLabel, String maxLabel, String fromLabel, String toLabel) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 14;
    static final int BOTTOM = 30;

    record Point(LocalDate date, BigDecimal value, double x, double y) {
    }

    /** The chart, or null when nothing was measured yet. */
    static MeasureChart of(Measure m, List<MeasurePlan.IndicatorValue> values) {
        if (values.isEmpty()) {
            return null;
        }
        LocalDate from = values.getFirst().measuredOn();
        if (m.start() != null && m.start().isBefore(from)) {
            from = m.start();
        }
        LocalDate to = values.getLast().measuredOn();
        if (m.indicatorDeadline() != null && m.indicatorDeadline().isAfter(to)) {
            to = m.indicatorDeadline();
        }
        double min = values.stream().mapToDouble(v -> v.value().doubleValue()).min().orElse(0);
        double max = values.stream().mapToDouble(v -> v.value().doubleValue()).max().orElse(0);
        for (BigDecimal b : new BigDecimal[] {m.indicatorBaseline(), m.indicatorTarget()}) {
            if (b != null) {
                min = Math.min(min, b.doubleValue());
                max = Math.max(max, b.doubleValue());
            }
        }
        min = Math.min(min, 0);
        if (max <= min) {
            max = min + 1;
        }
        double top = max + (max - min) * 0.1;
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (MeasurePlan.IndicatorValue v : values) {
            double x = LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(from, v.measuredOn()) / days;
            double y = y(v.value().doubleValue(), min, top);
            points.add(new Point(v.measuredOn(), v.value(), x, y));
            line.append(line.isEmpty() ? "" : " ").append(String.format(java.util.Locale.ROOT, "%.1f,%.1f", x, y));
        }
        Double deadlineX = m.indicatorDeadline() == null ? null
                : LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(from, m.indicatorDeadline()) / days;
        return new MeasureChart(m.indicatorName() + (m.indicatorUnit().isBlank() ? "" : " (" + m.indicatorUnit() + ")"), points, line.toString(),
                m.indicatorBaseline() == null ? null : y(m.indicatorBaseline().doubleValue(), min, top),
                m.indicatorTarget() == null ? null : y(m.indicatorTarget().doubleValue(), min, top), deadlineX,
                MeasureForm.show(BigDecimal.valueOf(min)), MeasureForm.show(BigDecimal.valueOf(top).setScale(1, java.math.RoundingMode.HALF_UP)),
                from.toString(), to.toString());
    }

    private static double y(double value, double min, double top) {
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (value - min) / (top - min);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }
}
