package de.pflegeregion.directory;

/** Great-circle distances on a spherical earth (haversine), accurate to well under 1 % for search radii. */
final class Geo {

    static final double EARTH_RADIUS_KM = 6371.0088;
    /** Relative slack for floating-point rounding, so the box never cuts what the exact formula keeps. */
    private static final double ROUNDING_SLACK = 1e-9;

    private Geo() {
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * A latitude/longitude box that contains every point within {@code radiusKm} of the centre by
     * {@link #distanceKm}, so it can filter before the exact distance without losing anyone.
     * Latitude: a great circle is never shorter than its latitude difference, d ≥ R·|Δφ|.
     * Longitude: from the haversine formula sin²(d/2) ≥ cos φ₁ cos φ₂ sin²(Δλ/2), and both latitudes
     * lie within the box, so cos φ ≥ cos φ_max (the latitude farthest from the equator in the box):
     * |Δλ| ≤ 2 asin(sin(d/2R) / cos φ_max).
     */
    record BoundingBox(double minLat, double maxLat, double centreLon, double halfWidthLon) {

        static BoundingBox around(double lat, double lon, double radiusKm) {
            double angle = radiusKm / EARTH_RADIUS_KM * (1 + ROUNDING_SLACK);
            double dLat = Math.toDegrees(angle);
            double farthestFromEquator = Math.min(90, Math.abs(lat) + dLat);
            double ratio = Math.sin(angle / 2) / Math.cos(Math.toRadians(farthestFromEquator));
            // near a pole or for a circle wider than the parallel: every longitude
            double dLon = ratio >= 1 || Double.isNaN(ratio) ? 180 : Math.toDegrees(2 * Math.asin(ratio)) * (1 + ROUNDING_SLACK);
            return new BoundingBox(lat - dLat, lat + dLat, lon, dLon);
        }

        boolean containsLon(double lon) {
            double d = Math.abs(lon - centreLon) % 360;
            return Math.min(d, 360 - d) <= halfWidthLon;
        }

        boolean contains(double lat, double lon) {
            return lat >= minLat && lat <= maxLat && containsLon(lon);
        }
    }
}
