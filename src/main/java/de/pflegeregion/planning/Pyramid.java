package de.pflegeregion.planning;

import java.util.List;

/**
 * Population of one area (or the Kreis, or the Land) in one year by band and sex.
 *
 * @param complete false if a cell was unknown in the source ({@code .}, {@code x}, {@code /}); it counts as 0
 */
public record Pyramid(List<AgeBand> bands, double[] male, double[] female, boolean complete) {

    public Pyramid {
        bands = List.copyOf(bands);
        if (male.length != bands.size() || female.length != bands.size()) {
            throw new IllegalArgumentException("one count per band and sex");
        }
    }

    public double[] of(Sex sex) {
        return sex == Sex.MALE ? male : female;
    }

    public double total() {
        double sum = 0;
        for (int i = 0; i < male.length; i++) {
            sum += male[i] + female[i];
        }
        return sum;
    }

    /** Σ_R Pop(R)·|R∩P|/|R|: this pyramid's counts carried onto band P by width (projection bands to population bands). */
    public double byWidth(AgeBand p, Sex sex) {
        double[] counts = of(sex);
        double sum = 0;
        for (int i = 0; i < bands.size(); i++) {
            AgeBand r = bands.get(i);
            int overlap = r.overlap(p);
            if (overlap > 0) {
                sum += counts[i] * overlap / r.width();
            }
        }
        return sum;
    }
}
