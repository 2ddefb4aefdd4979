package de.pflegeregion.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rule every set of bands (of one area, year and sex, or one quota group) must follow. */
final class Bands {

    private Bands() {
    }

    /** What is wrong, in German, and the band where it shows. */
    record Problem(AgeBand at, String message) {
    }

    /** Empty if the bands run from 0 to an open top band without gap or overlap. */
    static Optional<Problem> check(List<AgeBand> bands) {
        List<AgeBand> sorted = new ArrayList<>(bands);
        sorted.sort(null);
        int expectedFrom = 0;
        for (AgeBand band : sorted) {
            if (band.from() < expectedFrom) {
                return Optional.of(new Problem(band, band.label() + " überschneidet sich mit einer anderen Altersgruppe."));
            }
            if (band.from() > expectedFrom) {
                return Optional.of(new Problem(band, "zwischen " + expectedFrom + " und " + band.from() + " Jahren fehlt eine Altersgruppe."));
            }
            if (band.open()) {
                return band == sorted.getLast() ? Optional.empty()
                        : Optional.of(new Problem(sorted.getLast(), "nach der offenen Altersgruppe " + band.label() + " folgen weitere."));
            }
            expectedFrom = band.to();
        }
        return Optional.of(new Problem(sorted.isEmpty() ? null : sorted.getLast(), "die offene oberste Altersgruppe (z. B. „75 Jahre und mehr“) fehlt."));
    }
}
