package de.pflegeregion.network;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a measure stands, with the progress it shows by default (network spec, "Maßnahmenplan"). Paused and
 * abandoned measures have no default: they keep the progress they had.
 */
public enum MeasureStatus {
    GEPLANT("geplant", 0),
    IN_VORBEREITUNG("in Vorbereitung", 10),
    IN_UMSETZUNG("in Umsetzung", 50),
    UMGESETZT("umgesetzt", 100),
    VERSTETIGT("verstetigt", 100),
    ZURUECKGESTELLT("zurückgestellt", null),
    ABGEBROCHEN("abgebrochen", null);

    private final String label;
    private final Integer defaultProgress;

    MeasureStatus(String label, Integer defaultProgress) {
        this.label = label;
        this.defaultProgress = defaultProgress;
    }

    public String label() {
        return label;
    }

    /** The progress in percent this status implies, or empty where the measure keeps its own. */
    public Optional<Integer> defaultProgress() {
        return Optional.ofNullable(defaultProgress);
    }

    /** Done: the measure was carried out (umgesetzt or verstetigt). */
    public boolean done() {
        return this == UMGESETZT || this == VERSTETIGT;
    }

    /** Still being worked on, so milestones and updates are expected. */
    public boolean active() {
        return this == GEPLANT || this == IN_VORBEREITUNG || this == IN_UMSETZUNG;
    }

    /** The code in CSV and JSON, e.g. "in-umsetzung". */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<MeasureStatus> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase();
        return Arrays.stream(values()).filter(s -> s.code().equals(c) || s.label.equalsIgnoreCase(c)).findFirst();
    }
}
