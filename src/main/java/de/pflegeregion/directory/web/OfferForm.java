package de.pflegeregion.directory.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import de.pflegeregion.directory.Availability;
import de.pflegeregion.directory.LocationSource;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferDraft;

/**
 * An offer form exactly as typed (all text), so wrong input comes back unchanged next to its
 * message. {@code version} is the offer version the form was filled in on.
 */
record OfferForm(String version, String name, List<String> types, String street, String postalCode, String city,
                 String lat, String lon, String phone, String email, String website, String openingHours,
                 String languages, String specialisations, String notes, String source, String sourcePage,
                 String lastVerified, Map<String, String> capacity, List<AvailabilityRow> availability) {

    /** One future availability range as typed. */
    record AvailabilityRow(String type, String from, String until, String places) {

        boolean blank() {
            return isBlank(from) && isBlank(until) && isBlank(places);
        }
    }

    private static final Pattern CAPACITY_KEY = Pattern.compile("capacity\\[([a-z0-9_]+)]");
    private static final Pattern AVAILABILITY_KEY = Pattern.compile("availability\\[(\\d{1,2})]\\.(type|from|until|places)");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    static OfferForm of(Offer offer) {
        Map<String, String> capacity = new LinkedHashMap<>();
        offer.capacity().forEach((type, places) -> capacity.put(type, String.valueOf(places)));
        List<AvailabilityRow> availability = offer.availability().stream()
                .map(a -> new AvailabilityRow(a.type(), a.from().toString(), a.until().toString(), String.valueOf(a.places())))
                .toList();
        return new OfferForm(String.valueOf(offer.version()), offer.name(), offer.types(), offer.address().street(),
                offer.address().postalCode(), offer.address().city(),
                offer.locationSource() == LocationSource.ENTERED ? decimal(offer.lat()) : null,
                offer.locationSource() == LocationSource.ENTERED ? decimal(offer.lon()) : null,
                offer.phone(), offer.email(), offer.website(), offer.openingHours(), String.join(", ", offer.languages()),
                String.join("\n", offer.specialisations()), offer.notes(), offer.source(), offer.sourcePage(),
                offer.lastVerified() == null ? null : offer.lastVerified().toString(), capacity, availability);
    }

    static OfferForm empty() {
        return new OfferForm("0", null, List.of(), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, Map.of(), List.of());
    }

    static OfferForm from(MultiValueMap<String, String> params) {
        Map<String, String> capacity = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> rows = new TreeMap<>();
        params.forEach((key, values) -> {
            Matcher c = CAPACITY_KEY.matcher(key);
            if (c.matches()) {
                capacity.put(c.group(1), values.getFirst());
            }
            Matcher a = AVAILABILITY_KEY.matcher(key);
            if (a.matches()) {
                rows.computeIfAbsent(Integer.parseInt(a.group(1)), i -> new LinkedHashMap<>()).put(a.group(2), values.getFirst());
            }
        });
        List<AvailabilityRow> availability = rows.values().stream()
                .map(r -> new AvailabilityRow(r.get("type"), r.get("from"), r.get("until"), r.get("places")))
                .filter(r -> !r.blank())
                .toList();
        List<String> types = params.getOrDefault("types", List.of()).stream().filter(t -> !t.isBlank()).distinct().toList();
        return new OfferForm(params.getFirst("version"), params.getFirst("name"), types, params.getFirst("street"),
                params.getFirst("postalCode"), params.getFirst("city"), params.getFirst("lat"), params.getFirst("lon"),
                params.getFirst("phone"), params.getFirst("email"), params.getFirst("website"), params.getFirst("openingHours"),
                params.getFirst("languages"), params.getFirst("specialisations"), params.getFirst("notes"),
                params.getFirst("source"), params.getFirst("sourcePage"), params.getFirst("lastVerified"), capacity, availability);
    }

    /** The version as a number; an unreadable one can never match, so the save is refused as stale. */
    long versionNumber() {
        return parseVersion(version);
    }

    static long parseVersion(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    OfferForm withVersion(long newVersion) {
        return new OfferForm(String.valueOf(newVersion), name, types, street, postalCode, city, lat, lon, phone, email, website,
                openingHours, languages, specialisations, notes, source, sourcePage, lastVerified, capacity, availability);
    }

    /** The rows to show: the entered ones plus empty ones for new ranges. */
    List<AvailabilityRow> availabilityRowsWithBlanks(int blanks) {
        List<AvailabilityRow> rows = new ArrayList<>(availability);
        for (int i = 0; i < blanks; i++) {
            rows.add(new AvailabilityRow(null, null, null, null));
        }
        return rows;
    }

    /**
     * The draft to save. A provider changes only contact, opening hours, languages, specialisations,
     * capacity and availability; everything else comes from {@code base}. Problems go into {@code errors}.
     *
     * @param countable offer types with counted places (capacity and availability are accepted only for them)
     */
    OfferDraft toDraft(Offer base, boolean admin, Set<String> countable, Map<String, String> errors) {
        OfferDraft kept = base == null ? null : OfferDraft.of(base);
        List<String> draftTypes = admin ? types : kept.types();
        Double latitude = admin ? decimal(lat, "lat", "Breite", errors) : kept.lat();
        Double longitude = admin ? decimal(lon, "lon", "Länge", errors) : kept.lon();
        LocalDate verified = admin ? date(lastVerified, "lastVerified", "Zuletzt geprüft", errors) : kept.lastVerified();

        Map<String, Integer> places = new LinkedHashMap<>();
        capacity.forEach((type, value) -> {
            if (countable.contains(type) && !draftTypes.contains(type) && !isBlank(value)) {
                errors.put("capacity." + type, "Plätze: Diese Angebotsart ist oben nicht gewählt. Wählen Sie sie oder leeren Sie das Feld.");
            } else if (draftTypes.contains(type) && countable.contains(type) && !isBlank(value)) {
                Integer count = count(value);
                if (count == null) {
                    errors.put("capacity." + type, "Plätze: Bitte geben Sie eine ganze Zahl ab 0 an, z. B. 12.");
                } else {
                    places.put(type, count);
                }
            }
        });
        List<Availability> ranges = new ArrayList<>();
        for (int i = 0; i < availability.size(); i++) {
            AvailabilityRow row = availability.get(i);
            String key = "availability." + i;
            LocalDate from = date(row.from(), key, "Zeitraum " + (i + 1) + ", von", errors);
            LocalDate until = date(row.until(), key, "Zeitraum " + (i + 1) + ", bis", errors);
            Integer count = count(row.places());
            if (row.type() == null || !draftTypes.contains(row.type()) || !countable.contains(row.type())) {
                errors.put(key, "Zeitraum " + (i + 1) + ": Diese Angebotsart ist für das Angebot nicht gewählt.");
            } else if (from == null || until == null) {
                errors.putIfAbsent(key, "Zeitraum " + (i + 1) + ": Bitte geben Sie Beginn und Ende an, z. B. 01.12.2026.");
            } else if (until.isBefore(from)) {
                errors.put(key, "Zeitraum " + (i + 1) + ": Das Ende liegt vor dem Beginn.");
            } else if (count == null) {
                errors.put(key, "Zeitraum " + (i + 1) + ": Bitte geben Sie die Zahl der freien Plätze an (ganze Zahl ab 0).");
            } else {
                ranges.add(new Availability(row.type(), from, until, count));
            }
        }
        return new OfferDraft(
                admin ? trim(name) : kept.name(), draftTypes,
                admin ? trim(street) : kept.street(), admin ? trim(postalCode) : kept.postalCode(), admin ? trim(city) : kept.city(),
                latitude, longitude, trim(phone), trim(email), trim(website), trim(openingHours),
                list(languages), list(specialisations), admin ? trim(notes) : kept.notes(),
                admin ? trim(source) : kept.source(), admin ? trim(sourcePage) : kept.sourcePage(), verified,
                places, ranges);
    }

    /** A count of places: digits only, 0 to 9999; null when it is not one. */
    static Integer count(String value) {
        if (value == null || !value.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.parseInt(value.strip());
    }

    private static Double decimal(String value, String key, String label, Map<String, String> errors) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Double.parseDouble(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(key, label + ": Bitte geben Sie eine Dezimalzahl an, z. B. 48,5312.");
            return null;
        }
    }

    /** ISO (from date fields) or German "1.12.2026" (typed by hand where the browser has no date field). */
    private static LocalDate date(String value, String key, String label, Map<String, String> errors) {
        if (isBlank(value)) {
            return null;
        }
        String v = value.strip();
        try {
            return v.contains(".") ? LocalDate.parse(v, GERMAN_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(key, label + ": Bitte geben Sie ein Datum an, z. B. 01.12.2026.");
            return null;
        }
    }

    private static List<String> list(String value) {
        return isBlank(value) ? List.of()
                : Arrays.stream(value.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String trim(String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static String decimal(Double value) {
        return value == null ? null : String.valueOf(value).replace('.', ',');
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
