package de.pflegeregion.network;

/** A task from the minutes; open and in-progress tasks come back on the gremium's next agenda. */
public enum TaskStatus {
    OFFEN("offen"),
    IN_ARBEIT("in Arbeit"),
    ERLEDIGT("erledigt"),
    ENTFALLEN("entfallen");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == OFFEN || this == IN_ARBEIT;
    }
}
