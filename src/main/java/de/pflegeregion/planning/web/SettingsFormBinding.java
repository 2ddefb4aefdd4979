package de.pflegeregion.planning.web;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;

import de.pflegeregion.site.GermanNumbers;

/**
 * How the settings form is bound: straight to the fields of {@link SettingsForm}, decimals the German
 * way ("0,455"; a point and a typographic minus are accepted too), whole numbers as digits. The page
 * reads every value back through the binding result, so what was typed stays in the field on an error.
 */
final class SettingsFormBinding {

    static final String ATTRIBUTE = "entered";

    private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");

    private SettingsFormBinding() {
    }

    static DataBinder configure(DataBinder binder) {
        binder.initDirectFieldAccess();
        binder.addCustomFormatter(GermanNumbers.decimalInput(6));
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
                    ? "Bitte geben Sie " + (error.getField().endsWith("Year") ? "ein Jahr an, z. B. 2035."
                            : error.getField().endsWith("ageFrom") ? "eine Zahl an, z. B. 65." : "eine Zahl an, z. B. 0,95.")
                    : error.getDefaultMessage());
        }
        return errors;
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
