package de.pflegeregion.directory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The offer form as the page shows it, all text: what was typed when it was refused (a wrong
 * entry comes back unchanged next to its message), otherwise the bound value in German format.
 * {@code version} is the offer version the form was filled in on.
 */
record OfferFormView(String version, String name, List<String> types, String street, String postalCode, String city,
                     String lat, String lon, String phone, String email, String website, String openingHours,
                     String languages, String specialisations, String notes, String source, String sourcePage,
                     String lastVerified, Map<String, String> capacity, List<AvailabilityRow> availability) {

    /** One future availability range as shown. */
    record AvailabilityRow(String type, String from, String until, String places) {

        boolean blank() {
            return isBlank(from) && isBlank(until) && isBlank(places);
        }
    }

    /** The values of a bound (or freshly filled) {@link OfferForm}, rejected entries as typed. */
    static OfferFormView of(BindingResult binding) {
        OfferForm form = (OfferForm) binding.getTarget();
        Map<String, String> capacity = new LinkedHashMap<>();
        Set<String> capacityKeys = new LinkedHashSet<>(form.capacity.keySet());
        binding.getFieldErrors().stream().map(FieldError::getField).filter(f -> f.startsWith("capacity["))
                .forEach(f -> capacityKeys.add(f.substring("capacity[".length(), f.length() - 1)));
        capacityKeys.forEach(type -> capacity.put(type, text(binding, "capacity[" + type + "]")));
        List<AvailabilityRow> rows = new ArrayList<>();
        for (int i = 0; i < form.availability.size(); i++) {
            String row = "availability[" + i + "].";
            rows.add(new AvailabilityRow(text(binding, row + "type"), text(binding, row + "from"), text(binding, row + "until"),
                    text(binding, row + "places")));
        }
        // blank rows at the end are the empty ones the page always offers; it adds its own again
        while (!rows.isEmpty() && rows.getLast().blank()) {
            rows.removeLast();
        }
        return new OfferFormView(text(binding, "version"), text(binding, "name"), List.copyOf(form.types), text(binding, "street"),
                text(binding, "postalCode"), text(binding, "city"), text(binding, "lat"), text(binding, "lon"),
                text(binding, "phone"), text(binding, "email"), text(binding, "website"), text(binding, "openingHours"),
                text(binding, "languages"), text(binding, "specialisations"), text(binding, "notes"), text(binding, "source"),
                text(binding, "sourcePage"), text(binding, "lastVerified"), capacity, rows);
    }

    OfferFormView withVersion(long newVersion) {
        return new OfferFormView(String.valueOf(newVersion), name, types, street, postalCode, city, lat, lon, phone, email, website,
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

    private static String text(BindingResult binding, String field) {
        Object value = binding.getFieldValue(field);
        return value == null ? null : value.toString();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
