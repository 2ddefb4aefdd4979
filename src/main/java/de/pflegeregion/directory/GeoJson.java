package de.pflegeregion.directory;

import java.util.List;
import java.util.function.Function;

/**
 * The one GeoJSON writer (RFC 7946) of the register, for the search API and the county export:
 * records the ObjectMapper serialises, one Point feature per offer with coordinates.
 */
public final class GeoJson {

    public record FeatureCollection(String type, List<Feature> features) {
    }

    public record Feature(String type, long id, Point geometry, Object properties) {
    }

    /** RFC 7946 § 3.1.1: a position is [longitude, latitude]. */
    public record Point(String type, List<Double> coordinates) {
    }

    private GeoJson() {
    }

    /** Offers without coordinates are left out. */
    public static <T> FeatureCollection of(List<T> items, Function<T, Offer> offer, Function<T, Object> properties) {
        List<Feature> features = items.stream()
                .filter(item -> offer.apply(item).hasLocation())
                .map(item -> {
                    Offer o = offer.apply(item);
                    return new Feature("Feature", o.id(), new Point("Point", List.of(o.lon(), o.lat())), properties.apply(item));
                })
                .toList();
        return new FeatureCollection("FeatureCollection", features);
    }
}
