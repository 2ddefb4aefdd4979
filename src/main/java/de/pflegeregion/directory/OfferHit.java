package de.pflegeregion.directory;

import java.util.Map;

/** An offer as found: distance from the search centre (null for a direct lookup) and its free places judged for currency. */
public record OfferHit(Offer offer, String tenantSlug, Double distanceKm, Map<String, FreePlacesStatus> freePlaces) {
}
