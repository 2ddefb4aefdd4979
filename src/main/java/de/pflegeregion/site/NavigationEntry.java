package de.pflegeregion.site;

/**
 * An entry point a feature module contributes to the site, declared as a bean in the feature's
 * {@code web} package, so the shell lists what exists without knowing any feature.
 */
public record NavigationEntry(Audience audience, int order, String path, String title, String description) {

    /** Who the entry is for: citizens on the start page, county staff on /planung. */
    public enum Audience {
        CITIZEN, COUNTY
    }

    public static NavigationEntry forCitizens(int order, String path, String title, String description) {
        return new NavigationEntry(Audience.CITIZEN, order, path, title, description);
    }

    public static NavigationEntry forCounty(int order, String path, String title, String description) {
        return new NavigationEntry(Audience.COUNTY, order, path, title, description);
    }
}
