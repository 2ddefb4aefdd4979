package de.pflegeregion.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/** The search's prefilter box must keep every offer the exact distance keeps (issue 8, defect 9). */
class BoundingBoxPropertiesTest {

    @Test
    void everyPointWithinTheRadiusLiesInTheBox() {
        qt().withExamples(50_000)
                .forAll(doubles().between(47.2, 55.1).zip(doubles().between(5.8, 15.1), (lat, lon) -> new double[] {lat, lon}),
                        doubles().between(0.05, 200),
                        doubles().between(0, 360),
                        // mostly right at the edge of the circle, where a too small box loses offers
                        doubles().between(0.9999, 1.0))
                .checkAssert((centre, radiusKm, bearing, fraction) -> {
                    double[] point = destination(centre[0], centre[1], bearing, radiusKm * fraction);
                    Geo.BoundingBox box = Geo.BoundingBox.around(centre[0], centre[1], radiusKm);
                    if (Geo.distanceKm(centre[0], centre[1], point[0], point[1]) <= radiusKm) {
                        assertThat(box.contains(point[0], point[1]))
                                .as("%s from %.5f,%.5f at %.1f km, bearing %.2f", java.util.Arrays.toString(point), centre[0], centre[1], radiusKm, bearing)
                                .isTrue();
                    }
                });
    }

    @Test
    void theBoxIsNotMuchLargerThanTheCircle() {
        Geo.BoundingBox box = Geo.BoundingBox.around(48.53, 11.5, 25);
        assertThat((box.maxLat() - box.minLat()) / 2).isBetween(0.2248, 0.2249);
        assertThat(box.halfWidthLon()).isBetween(0.339, 0.342);
    }

    /** The point at {@code distanceKm} along the great circle leaving (lat, lon) with {@code bearing} (degrees from north). */
    private static double[] destination(double lat, double lon, double bearing, double distanceKm) {
        double d = distanceKm / Geo.EARTH_RADIUS_KM;
        double phi = Math.toRadians(lat);
        double theta = Math.toRadians(bearing);
        double phi2 = Math.asin(Math.sin(phi) * Math.cos(d) + Math.cos(phi) * Math.sin(d) * Math.cos(theta));
        double lambda2 = Math.toRadians(lon)
                + Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(phi), Math.cos(d) - Math.sin(phi) * Math.sin(phi2));
        return new double[] {Math.toDegrees(phi2), Math.toDegrees(lambda2)};
    }
}
