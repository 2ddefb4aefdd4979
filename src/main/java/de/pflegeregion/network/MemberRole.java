package de.pflegeregion.network;

/** A member's role in one gremium, fixed at its start (seed 003: Koordination, Moderation, Protokoll per AG). */
public enum MemberRole {
    VORSITZ("Vorsitz"),
    KOORDINATION("Koordination"),
    MODERATION("Moderation"),
    PROTOKOLL("Protokoll"),
    MITGLIED("Mitglied"),
    GAST("Gast");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
