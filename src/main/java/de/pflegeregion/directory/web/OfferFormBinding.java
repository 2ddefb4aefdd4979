package de.pflegeregion.directory.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import de.pflegeregion.site.GermanNumbers;

/**
 * How the offer form is bound: straight to the fields of {@link OfferForm}, decimals the German way
 * ("48,53"; a point is accepted too, NaN and infinity are not numbers here), counts as digits, dates
 * from date fields (ISO) or typed by hand ("1.12.2026"). Binding errors become the German messages
 * naming the field that the pages show at the field and in the summary. The free-places report
 * ({@link FreePlacesForm}) binds the same way.
 */
@ControllerAdvice(assignableTypes = {AdminOfferPages.class, ProviderPages.class})
class OfferFormBinding {

    static final String ATTRIBUTE = "entered";

    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
    private static final Pattern ROW_FIELD = Pattern.compile("availability\\[(\\d+)]\\.(\\w+)");
    private static final Pattern CAPACITY_FIELD = Pattern.compile("capacity\\[(\\w+)]");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    @InitBinder({ATTRIBUTE, FreePlacesForm.ATTRIBUTE})
    void configure(WebDataBinder binder) {
        configure((DataBinder) binder);
    }

    /** The page's view of an offer as stored, formatted as binding formats it. */
    static OfferFormView view(OfferForm form) {
        return OfferFormView.of(configure(new DataBinder(form, ATTRIBUTE)).getBindingResult());
    }

    /** Field errors of binding and validation, keyed as the pages name their fields ("capacity.tagespflege", "availability.0"). */
    static Map<String, String> errors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            if (error.getField().equals("version")) {
                // an unreadable version is treated as stale by the save, not as the user's mistake
                continue;
            }
            String message = error.isBindingFailure() ? typeMismatch(error.getField()) : error.getDefaultMessage();
            errors.putIfAbsent(key(error.getField()), message);
        }
        return errors;
    }

    private static DataBinder configure(DataBinder binder) {
        binder.initDirectFieldAccess();
        // coordinates: three digits before the separator at most
        binder.addCustomFormatter(GermanNumbers.decimalInput(3));
        binder.addCustomFormatter(new Count());
        binder.addCustomFormatter(new Day());
        return binder;
    }

    private static String key(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            return "availability." + row.group(1);
        }
        Matcher capacity = CAPACITY_FIELD.matcher(field);
        return capacity.matches() ? "capacity." + capacity.group(1) : field;
    }

    private static String typeMismatch(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            String range = "Zeitraum " + (Integer.parseInt(row.group(1)) + 1);
            return switch (row.group(2)) {
                case "from" -> range + ", von: Bitte geben Sie ein Datum an, z. B. 01.12.2026.";
                case "until" -> range + ", bis: Bitte geben Sie ein Datum an, z. B. 01.12.2026.";
                default -> range + ": Bitte geben Sie die Zahl der freien Plätze an (ganze Zahl ab 0).";
            };
        }
        if (CAPACITY_FIELD.matcher(field).matches()) {
            return "Plätze: Bitte geben Sie eine ganze Zahl ab 0 an, z. B. 12.";
        }
        return switch (field) {
            case "lat" -> "Breite: Bitte geben Sie eine Dezimalzahl an, z. B. 48,5312.";
            case "lon" -> "Länge: Bitte geben Sie eine Dezimalzahl an, z. B. 11,5841.";
            case "lastVerified" -> "Zuletzt geprüft: Bitte geben Sie ein Datum an, z. B. 01.12.2026.";
            default -> "Diese Angabe können wir nicht lesen.";
        };
    }

    /** Places: a whole number of digits, no sign. */
    static final class Count implements Formatter<Integer> {

        @Override
        public Integer parse(String text, Locale locale) throws ParseException {
            String value = text.strip();
            if (!COUNT.matcher(value).matches()) {
                throw new ParseException(value, 0);
            }
            return Integer.parseInt(value);
        }

        @Override
        public String print(Integer value, Locale locale) {
            return value.toString();
        }
    }

    /** ISO from date fields, German "1.12.2026" where the browser has no date field; shown as ISO for the date field. */
    static final class Day implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            String value = text.strip();
            try {
                return value.contains(".") ? LocalDate.parse(value, GERMAN_DATE) : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new ParseException(value, e.getErrorIndex());
            }
        }

        @Override
        public String print(LocalDate value, Locale locale) {
            return value.toString();
        }
    }
}
