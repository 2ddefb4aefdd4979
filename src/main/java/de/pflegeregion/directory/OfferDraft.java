package de.pflegeregion.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a county admin, a provider or an import enters for an offer. Without coordinates the offer
 * is placed at the centre of the town (or postcode) of its address.
 */
public record OfferDraft(String name, List<String> types, String street, String postalCode, String city,
                         Double lat, Double lon, String phone, String email, String website, String openingHours,
                         List<String> languages, List<String> specialisations, String notes,
                         String source, String sourcePage, LocalDate lastVerified,
                         Map<String, Integer> capacity, List<Availability> availability) {

    public OfferDraft {
        types = types == null ? List.of() : List.copyOf(types);
        languages = languages == null ? List.of() : List.copyOf(languages);
        specialisations = specialisations == null ? List.of() : List.copyOf(specialisations);
        capacity = capacity == null ? Map.of() : Map.copyOf(capacity);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }

    /** The stored offer as a draft to edit; entered coordinates are kept, derived ones recomputed. */
    public static OfferDraft of(Offer offer) {
        boolean entered = offer.locationSource() == LocationSource.ENTERED;
        return new OfferDraft(offer.name(), offer.types(), offer.address().street(), offer.address().postalCode(),
                offer.address().city(), entered ? offer.lat() : null, entered ? offer.lon() : null,
                offer.phone(), offer.email(), offer.website(), offer.openingHours(), offer.languages(),
                offer.specialisations(), offer.notes(), offer.source(), offer.sourcePage(), offer.lastVerified(),
                offer.capacity(), offer.availability());
    }
}
