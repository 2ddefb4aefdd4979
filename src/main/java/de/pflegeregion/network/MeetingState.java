package de.pflegeregion.network;

import java.util.Set;

/**
 * The life of a Sitzung (network spec): terminiert → eingeladen → durchgeführt, or abgesagt before it took
 * place. A held or cancelled meeting is final.
 */
public enum MeetingState {
    TERMINIERT("terminiert"),
    EINGELADEN("eingeladen"),
    DURCHGEFUEHRT("durchgeführt"),
    ABGESAGT("abgesagt");

    private final String label;

    MeetingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<MeetingState> next() {
        return switch (this) {
            case TERMINIERT -> Set.of(EINGELADEN, ABGESAGT);
            case EINGELADEN -> Set.of(EINGELADEN, DURCHGEFUEHRT, ABGESAGT);
            case DURCHGEFUEHRT, ABGESAGT -> Set.of();
        };
    }

    /** The state after the step, or an exception naming both when the step is not allowed. */
    public MeetingState to(MeetingState target) {
        if (!next().contains(target)) {
            throw new IllegalStateChange("Eine Sitzung im Zustand „" + label + "“ kann nicht „" + target.label + "“ werden.");
        }
        return target;
    }

    public boolean cancelled() {
        return this == ABGESAGT;
    }
}
