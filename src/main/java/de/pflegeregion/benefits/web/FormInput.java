package de.pflegeregion.benefits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads form fields as a person types them (German decimal comma, "€", blanks) and collects one
 * plain-German error per field that names the field, so the form can be shown again with the input kept.
 */
final class FormInput {

    private static final BigDecimal MAX_EURO = new BigDecimal("100000");

    private final Map<String, String> errors = new LinkedHashMap<>();

    Map<String, String> errors() {
        return errors;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** An amount in euro; empty means 0. */
    BigDecimal euro(String field, String label, String text) {
        if (blank(text)) {
            return BigDecimal.ZERO;
        }
        String cleaned = text.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "");
        if (cleaned.contains(",")) {
            cleaned = cleaned.replace(".", "").replace(',', '.');
        } else if (cleaned.matches("\\d{1,3}(\\.\\d{3})+")) {
            cleaned = cleaned.replace(".", "");
        }
        try {
            BigDecimal amount = new BigDecimal(cleaned);
            if (amount.signum() < 0 || amount.compareTo(MAX_EURO) > 0 || amount.stripTrailingZeros().scale() > 2) {
                error(field, label + ": Bitte geben Sie einen Betrag zwischen 0 und 100.000 Euro mit höchstens zwei Nachkommastellen an.");
                return BigDecimal.ZERO;
            }
            return amount;
        } catch (NumberFormatException e) {
            error(field, label + ": Bitte geben Sie einen Betrag in Euro an, zum Beispiel 338,60.");
            return BigDecimal.ZERO;
        }
    }

    /** A whole number in a range; empty means {@code emptyValue}. */
    Integer whole(String field, String label, String text, int min, int max, Integer emptyValue) {
        if (blank(text)) {
            return emptyValue;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                error(field, label + ": Bitte geben Sie eine ganze Zahl von " + min + " bis " + max + " an.");
                return emptyValue;
            }
            return value;
        } catch (NumberFormatException e) {
            error(field, label + ": Bitte geben Sie eine ganze Zahl von " + min + " bis " + max + " an.");
            return emptyValue;
        }
    }

    int pflegegrad(String field, String text) {
        if (blank(text)) {
            error(field, "Pflegegrad: Bitte wählen Sie einen Pflegegrad.");
            return 1;
        }
        Integer grade = whole(field, "Pflegegrad", text, 1, 5, 1);
        return grade == null ? 1 : grade;
    }

    /** A day from 2017-01-01 on; empty means {@code emptyValue}. */
    LocalDate date(String field, String label, String text, LocalDate emptyValue) {
        if (blank(text)) {
            return emptyValue;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return day;
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
            } catch (DateTimeParseException again) {
                error(field, label + ": Bitte geben Sie ein Datum an, zum Beispiel 15.03.2025.");
                return emptyValue;
            }
        }
    }

    /** A calendar month like 2025-03 or 03.2025; empty means {@code emptyValue}. */
    YearMonth month(String field, String label, String text, YearMonth emptyValue) {
        if (blank(text)) {
            return emptyValue;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return YearMonth.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("M.uuuu"));
            } catch (DateTimeParseException again) {
                error(field, label + ": Bitte geben Sie einen Monat an, zum Beispiel 03.2025.");
                return emptyValue;
            }
        }
    }

    void notBefore2017(String field, String label, LocalDate day) {
        if (day != null && day.isBefore(de.pflegeregion.benefits.Benefits.FIRST_DAY)) {
            error(field, label + ": Der Leistungsrechner bildet das Recht ab dem 1. Januar 2017 ab. "
                    + "Bitte wählen Sie ein Datum ab dem 01.01.2017.");
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
