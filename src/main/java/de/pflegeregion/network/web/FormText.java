package de.pflegeregion.network.web;

import java.time.LocalDate;
import java.util.Map;

import de.pflegeregion.platform.InvalidInput;

/** Helpers for forms that keep their fields as typed text and convert them only once every field is checked. */
final class FormText {

    private FormText() {
    }

    static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** The day typed, or null; a day that matches the pattern but does not exist (2026-02-30) becomes the field's problem. */
    static LocalDate day(String value, String field, String label, Map<String, String> errors) {
        try {
            return MeasureForm.date(value, field, label);
        } catch (InvalidInput e) {
            errors.putIfAbsent(field, e.getMessage());
            return null;
        }
    }

    static String withoutEuroSign(String value) {
        return value == null ? "" : value.replace("€", "").strip();
    }
}
