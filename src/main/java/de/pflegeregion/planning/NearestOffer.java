package de.pflegeregion.planning;

/**
 * The nearest active offer of a type from an area's reference point.
 *
 * @param distanceKm straight line (haversine)
 * @param minutes    by car: the county's travel-time table, or estimated from the distance
 * @param estimated  true if the minutes are estimated from the distance
 */
public record NearestOffer(long offerId, String offerName, double distanceKm, double minutes, boolean estimated) {
}
