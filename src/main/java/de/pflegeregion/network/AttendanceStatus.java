package de.pflegeregion.network;

/** Attendance of one person at a held meeting (network spec: present, excused, on behalf of). */
public enum AttendanceStatus {
    ANWESEND("anwesend"),
    VERTRETEN("vertreten"),
    ENTSCHULDIGT("entschuldigt"),
    ABWESEND("nicht anwesend");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counts for the quorum: present in person or represented by the deputy. */
    public boolean counts() {
        return this == ANWESEND || this == VERTRETEN;
    }
}
