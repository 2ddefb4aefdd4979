package de.pflegeregion.platform;

/** What an account may do: citizens search, providers keep their own offers, county admins keep the register, planners (Sozialplanung) plan. */
public enum Role {
    PUBLIC,
    PROVIDER,
    COUNTY_ADMIN,
    PLANNER;

    /** Spring Security authority name, e.g. ROLE_PROVIDER. */
    public String authority() {
        return "ROLE_" + name();
    }
}
