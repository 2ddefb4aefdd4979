package de.pflegeregion.planning;

/** A reference point in WGS 84 degrees. */
public record GeoPoint(double lat, double lon) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Straight-line (great-circle, haversine) distance in km. */
    public double kmTo(GeoPoint other) {
        double phi1 = Math.toRadians(lat);
        double phi2 = Math.toRadians(other.lat);
        double halfDLat = (phi2 - phi1) / 2;
        double halfDLon = Math.toRadians(other.lon - lon) / 2;
        double h = Math.pow(Math.sin(halfDLat), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(halfDLon), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
