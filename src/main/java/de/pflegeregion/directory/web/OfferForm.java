package de.pflegeregion.directory.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;

import de.pflegeregion.directory.Availability;
import de.pflegeregion.directory.LocationSource;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferDraft;

/**
 * The offer form as Spring binds it to these fields ({@link OfferFormBinding}: German decimals such
 * as "48,53", counts, dates) and Bean Validation checks it; what needs the offer's types is checked
 * in {@link #toDraft}, the rest by the registry. {@code version} is the offer version the form was filled in on.
 */
class OfferForm {

    static final String PLACES_RANGE = "Plätze: Bitte geben Sie eine ganze Zahl von 0 bis 9999 an.";

    Long version;
    String name;
    List<String> types = new ArrayList<>();
    String street;
    String postalCode;
    String city;
    @DecimalMin(value = "-90", message = "Breite: Bitte geben Sie eine Zahl von -90 bis 90 an, z. B. 48,5312.")
    @DecimalMax(value = "90", message = "Breite: Bitte geben Sie eine Zahl von -90 bis 90 an, z. B. 48,5312.")
    Double lat;
    @DecimalMin(value = "-180", message = "Länge: Bitte geben Sie eine Zahl von -180 bis 180 an, z. B. 11,5841.")
    @DecimalMax(value = "180", message = "Länge: Bitte geben Sie eine Zahl von -180 bis 180 an, z. B. 11,5841.")
    Double lon;
    String phone;
    String email;
    String website;
    String openingHours;
    String languages;
    String specialisations;
    String notes;
    String source;
    String sourcePage;
    LocalDate lastVerified;
    Map<String, @Max(value = 9999, message = PLACES_RANGE) Integer> capacity = new LinkedHashMap<>();
    @Valid
    List<AvailabilityRow> availability = new ArrayList<>();

    /** One future availability range. */
    static class AvailabilityRow {

        String type;
        LocalDate from;
        LocalDate until;
        @Max(value = 9999, message = "Zeitraum: Bitte geben Sie höchstens 9999 freie Plätze an.")
        Integer places;

        boolean blank() {
            return from == null && until == null && places == null;
        }
    }

    /** The form filled in with an offer as stored; coordinates only when they were entered, not derived. */
    static OfferForm of(Offer offer) {
        OfferForm form = new OfferForm();
        form.version = offer.version();
        form.name = offer.name();
        form.types = new ArrayList<>(offer.types());
        form.street = offer.address().street();
        form.postalCode = offer.address().postalCode();
        form.city = offer.address().city();
        if (offer.locationSource() == LocationSource.ENTERED) {
            form.lat = offer.lat();
            form.lon = offer.lon();
        }
        form.phone = offer.phone();
        form.email = offer.email();
        form.website = offer.website();
        form.openingHours = offer.openingHours();
        form.languages = String.join(", ", offer.languages());
        form.specialisations = String.join("\n", offer.specialisations());
        form.notes = offer.notes();
        form.source = offer.source();
        form.sourcePage = offer.sourcePage();
        form.lastVerified = offer.lastVerified();
        form.capacity = new LinkedHashMap<>(offer.capacity());
        for (Availability a : offer.availability()) {
            AvailabilityRow row = new AvailabilityRow();
            row.type = a.type();
            row.from = a.from();
            row.until = a.until();
            row.places = a.places();
            form.availability.add(row);
        }
        return form;
    }

    static OfferForm empty() {
        OfferForm form = new OfferForm();
        form.version = 0L;
        return form;
    }

    /** The version as a number; a missing or unreadable one can never match, so the save is refused as stale. */
    long versionNumber() {
        return version == null ? -1 : version;
    }

    /**
     * The draft to save. A provider changes only contact, opening hours, languages, specialisations,
     * capacity and availability; everything else comes from {@code base}. Problems go into {@code errors},
     * which already holds those of binding and validation.
     *
     * @param countable offer types with counted places (capacity and availability are accepted only for them)
     */
    OfferDraft toDraft(Offer base, boolean admin, Set<String> countable, Map<String, String> errors) {
        OfferDraft kept = base == null ? null : OfferDraft.of(base);
        List<String> draftTypes = admin ? types.stream().filter(t -> !t.isBlank()).distinct().toList() : kept.types();
        Map<String, Integer> places = new LinkedHashMap<>();
        capacity.forEach((type, count) -> {
            if (count == null || !countable.contains(type)) {
                return;
            }
            if (!draftTypes.contains(type)) {
                errors.put("capacity." + type, "Plätze: Diese Angebotsart ist oben nicht gewählt. Wählen Sie sie oder leeren Sie das Feld.");
            } else {
                places.put(type, count);
            }
        });
        List<Availability> ranges = new ArrayList<>();
        for (int i = 0; i < availability.size(); i++) {
            AvailabilityRow row = availability.get(i);
            String key = "availability." + i;
            if (row == null || row.blank()) {
                continue;
            }
            if (row.type == null || !draftTypes.contains(row.type) || !countable.contains(row.type)) {
                errors.put(key, "Zeitraum " + (i + 1) + ": Diese Angebotsart ist für das Angebot nicht gewählt.");
            } else if (row.from == null || row.until == null) {
                errors.putIfAbsent(key, "Zeitraum " + (i + 1) + ": Bitte geben Sie Beginn und Ende an, z. B. 01.12.2026.");
            } else if (row.until.isBefore(row.from)) {
                errors.put(key, "Zeitraum " + (i + 1) + ": Das Ende liegt vor dem Beginn.");
            } else if (row.places == null) {
                errors.putIfAbsent(key, "Zeitraum " + (i + 1) + ": Bitte geben Sie die Zahl der freien Plätze an (ganze Zahl ab 0).");
            } else {
                ranges.add(new Availability(row.type, row.from, row.until, row.places));
            }
        }
        return new OfferDraft(
                admin ? trim(name) : kept.name(), draftTypes,
                admin ? trim(street) : kept.street(), admin ? trim(postalCode) : kept.postalCode(), admin ? trim(city) : kept.city(),
                admin ? lat : kept.lat(), admin ? lon : kept.lon(), trim(phone), trim(email), trim(website), trim(openingHours),
                list(languages), list(specialisations), admin ? trim(notes) : kept.notes(),
                admin ? trim(source) : kept.source(), admin ? trim(sourcePage) : kept.sourcePage(),
                admin ? lastVerified : kept.lastVerified(), places, ranges);
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
