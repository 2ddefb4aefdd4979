package de.pflegeregion.planning.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;

/**
 * How the settings form is bound: straight to the fields of {@link SettingsForm}, decimals the German
 * way ("0,455"; a point and a typographic minus are accepted too), whole numbers as digits. The page
 * reads every value back through the binding result, so what was typed stays in the field on an error.
 */
final class SettingsFormBinding {

    static final String ATTRIBUTE = "entered";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,6}(?:[.,]\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");

    private SettingsFormBinding() {
    }

    static DataBinder configure(DataBinder binder) {
        binder.initDirectFieldAccess();
        binder.addCustomFormatter(new Decimal());
        binder.addCustomFormatter(new Whole());
        return binder;
    }

    /** The binding result of a form filled in from stored settings, read by the page like one that was posted. */
    static BindingResult view(SettingsForm form) {
        return configure(new DataBinder(form, ATTRIBUTE)).getBindingResult();
    }

    /** Errors of binding and validation keyed by field path, each message as the field's check says it. */
    static Map<String, String> errors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure()
                    ? "Bitte geben Sie eine Zahl an, z. B. " + (error.getField().endsWith("Year") || error.getField().endsWith("ageFrom") ? "65." : "0,95.")
                    : error.getDefaultMessage());
        }
        return errors;
    }

    /** A decimal such as "0,455", "-0,5" or "1.3"; NaN and infinity are no numbers here. */
    static final class Decimal implements Formatter<Double> {

        @Override
        public Double parse(String text, Locale locale) throws ParseException {
            String value = text.strip().replace('\u2212', '-');
            if (!DECIMAL.matcher(value).matches()) {
                throw new ParseException(value, 0);
            }
            return Double.parseDouble(value.replace(',', '.'));
        }

        @Override
        public String print(Double value, Locale locale) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
        }
    }

    /** Ages and years: digits only. */
    static final class Whole implements Formatter<Integer> {

        @Override
        public Integer parse(String text, Locale locale) throws ParseException {
            String value = text.strip();
            if (!WHOLE.matcher(value).matches()) {
                throw new ParseException(value, 0);
            }
            return Integer.valueOf(value);
        }

        @Override
        public String print(Integer value, Locale locale) {
            return value.toString();
        }
    }
}
