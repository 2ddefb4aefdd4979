package de.pflegeregion.network;

/** A member's answer to an invitation. */
public enum Rsvp {
    OFFEN("noch keine Antwort"),
    ZUSAGE("Zusage"),
    ABSAGE("Absage");

    private final String label;

    Rsvp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
