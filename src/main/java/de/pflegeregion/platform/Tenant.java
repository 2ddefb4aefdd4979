package de.pflegeregion.platform;

import java.time.Duration;

/**
 * A county (Landkreis or kreisfreie Stadt) running the platform; one installation may host several.
 *
 * @param kreisAgs              five-digit AGS of the Kreis
 * @param freePlacesMaxAgeDays  free places reported longer ago are shown as "nicht aktuell"
 */
public record Tenant(long id, String slug, String name, String kreisAgs, int freePlacesMaxAgeDays) {

    public static final int DEFAULT_FREE_PLACES_MAX_AGE_DAYS = 7;

    public Duration freePlacesMaxAge() {
        return Duration.ofDays(freePlacesMaxAgeDays);
    }
}
