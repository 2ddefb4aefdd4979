package de.pflegeregion.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.pflegeregion.directory.Availability;
import de.pflegeregion.directory.FreePlacesStatus;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferHit;

/**
 * An offer in the search API (spec directory.md). List entries leave out the detail fields
 * (null = omitted); {@code GET /api/v1/offers/{id}} fills them in.
 */
record OfferJson(long id, String name, List<String> types, AddressJson address, LocationJson location, Double distanceKm,
                 Map<String, Integer> capacity, Map<String, FreePlacesJson> freePlaces, String phone, String email,
                 String website, String tenant, String openingHours, List<String> languages, List<String> specialisations,
                 String notes, List<AvailabilityJson> availability, String source, String sourcePage, String lastVerified,
                 String updatedAt, Long version) {

    record AddressJson(String street, String postalCode, String city, String ags) {
    }

    /** {@code precision}: ENTERED, PLACE, POSTCODE or COUNTY, i.e. how exact the point is. */
    record LocationJson(double lat, double lon, String precision) {
    }

    record FreePlacesJson(int count, String reportedAt, boolean current) {
    }

    record AvailabilityJson(String type, String from, String until, int places) {
    }

    static OfferJson of(OfferHit hit, boolean detailed) {
        Offer o = hit.offer();
        Map<String, FreePlacesJson> free = new LinkedHashMap<>();
        hit.freePlaces().forEach((type, f) -> free.put(type, free(f)));
        return new OfferJson(o.id(), o.name(), o.types(),
                new AddressJson(o.address().street(), o.address().postalCode(), o.address().city(), o.address().gemeindeAgs()),
                new LocationJson(o.lat(), o.lon(), o.locationSource().name()), hit.distanceKm(), o.capacity(), free,
                o.phone(), o.email(), o.website(), hit.tenantSlug(),
                detailed ? o.openingHours() : null,
                detailed ? o.languages() : null,
                detailed ? o.specialisations() : null,
                detailed ? o.notes() : null,
                detailed ? o.availability().stream().map(OfferJson::availability).toList() : null,
                detailed ? o.source() : null,
                detailed ? o.sourcePage() : null,
                detailed && o.lastVerified() != null ? o.lastVerified().toString() : null,
                detailed ? o.updatedAt().toString() : null,
                detailed ? o.version() : null);
    }

    private static FreePlacesJson free(FreePlacesStatus f) {
        return new FreePlacesJson(f.count(), f.reportedAt().toString(), f.current());
    }

    private static AvailabilityJson availability(Availability a) {
        return new AvailabilityJson(a.type(), a.from().toString(), a.until().toString(), a.places());
    }
}
