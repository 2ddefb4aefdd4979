package de.pflegeregion.network;

/** Outcome of a Beschluss. */
public enum DecisionResult {
    ANGENOMMEN("angenommen"),
    ABGELEHNT("abgelehnt"),
    VERTAGT("vertagt"),
    ZUR_KENNTNIS("zur Kenntnis genommen");

    private final String label;

    DecisionResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
