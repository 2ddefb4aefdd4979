package de.pflegeregion.directory.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.pflegeregion.directory.FreePlacesStatus;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferSearch;
import de.pflegeregion.directory.OfferType;
import de.pflegeregion.directory.OfferTypes;

/** What the self-service pages show of an offer: type labels, counted types and free places judged for currency. */
@Component
class OfferViews {

    /** Free places of one counted type as shown: the latest report, or none yet. */
    record PlaceLine(String type, String label, Integer capacity, FreePlacesStatus status, String reportedBy) {
    }

    private final OfferTypes offerTypes;
    private final OfferSearch search;

    OfferViews(OfferTypes offerTypes, OfferSearch search) {
        this.offerTypes = offerTypes;
        this.search = search;
    }

    /** Types of the offer whose places are counted, in the order of the type list. */
    Set<String> countableTypes(long tenantId, List<String> types) {
        return offerTypes.visibleTo(tenantId).stream()
                .filter(OfferType::hasPlaces).map(OfferType::code).filter(types::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    List<PlaceLine> placeLines(Offer offer) {
        Map<String, FreePlacesStatus> statuses = search.freePlacesStatus(offer);
        return countableTypes(offer.tenantId(), offer.types()).stream()
                .map(type -> new PlaceLine(type, offerTypes.label(type), offer.capacity().get(type), statuses.get(type),
                        offer.freePlaces().containsKey(type) ? offer.freePlaces().get(type).reportedBy() : null))
                .toList();
    }

    String label(String type) {
        return offerTypes.label(type);
    }

    List<OfferType> typesOf(long tenantId) {
        return offerTypes.visibleTo(tenantId);
    }
}
