package de.pflegeregion.directory.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.pflegeregion.directory.FreePlacesStatus;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferHit;
import de.pflegeregion.directory.OfferTypes;

/** An offer prepared for the pages: German labels, distance and free places as sentences. */
public record OfferView(Offer offer, String distance, List<String> typeLabels, List<PlacesLine> places) {

    /**
     * Places of one type: capacity and the latest report. {@code state} is "current", "stale" or
     * "none" and chooses the badge.
     */
    public record PlacesLine(String typeLabel, Integer capacity, String free, String state, String reportedAt, String reportedAtIso) {
    }

    static OfferView of(OfferHit hit, OfferTypes types, Instant now) {
        Offer o = hit.offer();
        String distance = hit.distanceKm() == null ? null
                : String.format(Locale.GERMAN, "%.1f km", hit.distanceKm());
        List<PlacesLine> places = new ArrayList<>();
        for (String type : o.types()) {
            Integer capacity = o.capacity().get(type);
            FreePlacesStatus free = hit.freePlaces().get(type);
            if (capacity == null && free == null) {
                continue;
            }
            String label = types.label(type);
            if (free == null) {
                places.add(new PlacesLine(label, capacity, "Freie Plätze: keine Meldung", "none", null, null));
            } else if (free.current()) {
                places.add(new PlacesLine(label, capacity, freePlaces(free.count()) + ", gemeldet " + ReportAge.ago(free.reportedAt(), now),
                        "current", ReportAge.dateTime(free.reportedAt()), free.reportedAt().toString()));
            } else {
                places.add(new PlacesLine(label, capacity, "Freie Plätze: nicht aktuell (zuletzt gemeldet "
                        + ReportAge.ago(free.reportedAt(), now) + ")", "stale", ReportAge.dateTime(free.reportedAt()),
                        free.reportedAt().toString()));
            }
        }
        return new OfferView(o, distance, o.types().stream().map(types::label).toList(), places);
    }

    static String freePlaces(int count) {
        return switch (count) {
            case 0 -> "keine freien Plätze";
            case 1 -> "1 freier Platz";
            default -> count + " freie Plätze";
        };
    }

    /** Digits and a leading + only, for tel: links. */
    public String phoneLink() {
        return offer.phone() == null ? null : "tel:" + offer.phone().replaceAll("[^0-9+]", "");
    }
}
