package de.pflegeregion.platform;

/**
 * What an account may do: citizens search, providers keep their own offers, county admins keep the
 * register, planners work on the county's care planning, the network coordinator runs the care network,
 * members see their own gremien and tasks. An account may hold several roles.
 */
public enum Role {
    PUBLIC("Öffentlich"),
    PROVIDER("Anbieter"),
    COUNTY_ADMIN("Verwaltung"),
    PLANNER("Planung"),
    NETWORK_COORDINATOR("Netzwerkkoordination"),
    MEMBER("Netzwerkmitglied");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The German name on the admin pages, e.g. "Verwaltung". */
    public String label() {
        return label;
    }

    /** Spring Security authority name, e.g. ROLE_PROVIDER. */
    public String authority() {
        return "ROLE_" + name();
    }
}
