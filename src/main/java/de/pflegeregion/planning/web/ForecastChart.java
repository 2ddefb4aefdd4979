package de.pflegeregion.planning.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG: one bar per year, the same numbers as the table beside
 * it. Geometry in SVG user units; the template only draws what is computed here.
 */
record ForecastChart(String title, List<Bar> bars, double maxValue, int width, int height) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int BOTTOM = 28;
    private static final int TOP = 12;

    /** One bar: its label, value and box. */
    record Bar(String label, double value, double x, double y, double width, double height) {
    }

    record Point(String label, double value) {
    }

    static ForecastChart of(String title, List<Point> points) {
        double max = points.stream().mapToDouble(Point::value).max().orElse(0);
        double top = max <= 0 ? 1 : max * 1.1;
        double slot = (double) (WIDTH - LEFT) / Math.max(1, points.size());
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double h = (HEIGHT - TOP - BOTTOM) * p.value() / top;
            bars.add(new Bar(p.label(), p.value(), LEFT + i * slot + slot * 0.15, HEIGHT - BOTTOM - h, slot * 0.7, h));
        }
        return new ForecastChart(title, bars, max, WIDTH, HEIGHT);
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int left() {
        return LEFT;
    }

    /** Only every n-th year is labelled, so labels do not overlap. */
    public boolean labelled(int index) {
        return bars.size() <= 10 || index % 5 == 0 || index == bars.size() - 1;
    }
}
