package de.pflegeregion.network;

import java.util.Arrays;
import java.util.Optional;

/** The levels of the Maßnahmenplan tree: a goal holds measures, a measure may hold sub-measures. */
public enum MeasureKind {
    ZIEL("Ziel"), MASSNAHME("Maßnahme"), TEILMASSNAHME("Teilmaßnahme");

    private final String label;

    MeasureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase();
    }

    /** The kind a child of this kind has; a sub-measure has no children. */
    public Optional<MeasureKind> childKind() {
        return switch (this) {
            case ZIEL -> Optional.of(MASSNAHME);
            case MASSNAHME -> Optional.of(TEILMASSNAHME);
            case TEILMASSNAHME -> Optional.empty();
        };
    }

    public static Optional<MeasureKind> ofCode(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(k -> k.code().equals(code.strip().toLowerCase())).findFirst();
    }
}
