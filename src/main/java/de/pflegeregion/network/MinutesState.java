package de.pflegeregion.network;

import java.util.Set;

/**
 * The life of a Protokoll (network spec): draft → circulated to the members → approved (at the next sitting or
 * by deadline) → published. Only published minutes reach the public and OParl.
 */
public enum MinutesState {
    ENTWURF("Entwurf"),
    UMLAUF("im Umlauf"),
    GENEHMIGT("genehmigt"),
    VEROEFFENTLICHT("veröffentlicht");

    private final String label;

    MinutesState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<MinutesState> next() {
        return switch (this) {
            case ENTWURF -> Set.of(UMLAUF);
            // members' corrections send it back to the draft
            case UMLAUF -> Set.of(ENTWURF, GENEHMIGT);
            case GENEHMIGT -> Set.of(VEROEFFENTLICHT);
            case VEROEFFENTLICHT -> Set.of();
        };
    }

    public MinutesState to(MinutesState target) {
        if (!next().contains(target)) {
            throw new IllegalStateChange("Ein Protokoll im Zustand „" + label + "“ kann nicht „" + target.label + "“ werden.");
        }
        return target;
    }

    /** Discussion, decisions and tasks may be changed only while the minutes are a draft. */
    public boolean editable() {
        return this == ENTWURF;
    }
}
