package de.pflegeregion.planning;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A Kreis- or Land-level population projection: its years with their pyramids. Gives the growth
 * factors the forecast applies to the base population of each area.
 */
public final class Projection {

    private final Level level;
    private final String variant;
    private final NavigableMap<Integer, Pyramid> years;

    public enum Level {
        GEMEINDE("gemeinde"), KREIS("kreis"), LAND("land");

        private final String code;

        Level(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public Projection(Level level, String variant, Map<Integer, Pyramid> years) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a projection needs at least one year");
        }
        this.level = level;
        this.variant = variant;
        this.years = new TreeMap<>(years);
    }

    public Level level() {
        return level;
    }

    public String variant() {
        return variant;
    }

    public int firstYear() {
        return years.firstKey();
    }

    public int lastYear() {
        return years.lastKey();
    }

    /** t* = max(t0, first projection year): growth is counted from here. */
    public int startYear(int baseYear) {
        return Math.max(baseYear, firstYear());
    }

    /**
     * f(P,s,t) = Proj(P,s,t) / Proj(P,s,t*) for each band, linear between projection years; 1 for
     * t ≤ t* and where the projection has nobody in the band at t*.
     */
    public double[][] growthFactors(List<AgeBand> bands, int baseYear, int year) {
        int start = startYear(baseYear);
        if (year > lastYear()) {
            throw new IllegalArgumentException("year " + year + " beyond the projection (" + lastYear() + ")");
        }
        double[][] factors = new double[2][bands.size()];
        for (Sex sex : Sex.values()) {
            for (int b = 0; b < bands.size(); b++) {
                double from = year <= start ? 0 : at(bands.get(b), sex, start);
                factors[sex.ordinal()][b] = year <= start || from == 0 ? 1 : at(bands.get(b), sex, year) / from;
            }
        }
        return factors;
    }

    /** Proj(P,s,t), interpolated linearly between the neighbouring projection years. */
    double at(AgeBand band, Sex sex, int year) {
        Map.Entry<Integer, Pyramid> lower = years.floorEntry(year);
        Map.Entry<Integer, Pyramid> upper = years.ceilingEntry(year);
        if (lower == null) {
            return upper.getValue().byWidth(band, sex);
        }
        if (upper == null || lower.getKey().equals(upper.getKey())) {
            return lower.getValue().byWidth(band, sex);
        }
        double share = (double) (year - lower.getKey()) / (upper.getKey() - lower.getKey());
        double a = lower.getValue().byWidth(band, sex);
        return a + (upper.getValue().byWidth(band, sex) - a) * share;
    }
}
