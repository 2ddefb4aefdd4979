package de.pflegeregion.directory;

import java.util.List;

/**
 * A search of the register as the API and the page "Angebote in der Nähe" ask it.
 *
 * @param near            place name, five-digit PLZ, eight-digit AGS or "lat,lon"
 * @param radiusKm        null = 25 km; must be more than 0 and at most 200
 * @param types           the offer must have every one of them
 * @param freePlacesOnly  keep only offers with current free places (of one of the given types, if any)
 * @param text            free text; every word must occur in name, address, notes or type
 * @param tenantSlug      only this county's register, or null for all
 * @param limit           null = 20 (the nearest); at most 500 offers are returned, {@link SearchResult#total()} counts all
 */
public record OfferQuery(String near, Double radiusKm, List<String> types, boolean freePlacesOnly, String text,
                         String tenantSlug, Integer limit) {

    public static final double DEFAULT_RADIUS_KM = 25;
    public static final double MAX_RADIUS_KM = 200;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;

    public OfferQuery {
        types = types == null ? List.of() : List.copyOf(types);
    }
}
