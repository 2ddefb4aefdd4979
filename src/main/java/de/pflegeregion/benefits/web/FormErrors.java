package de.pflegeregion.benefits.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The binding and validation errors of a benefits form as the page shows them: one plain-German message
 * per field that starts with the field's label, in the order the fields were sent (the order on the page).
 */
final class FormErrors {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("de/pflegeregion/benefits/web/form-messages");
        MESSAGES.setDefaultEncoding(StandardCharsets.UTF_8.name());
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private FormErrors() {
    }

    static Map<String, String> of(BindingResult result, Map<String, String> sent) {
        List<String> order = new ArrayList<>(sent.keySet());
        List<FieldError> errors = new ArrayList<>(result.getFieldErrors());
        errors.sort(Comparator.comparingInt(error -> order.contains(error.getField()) ? order.indexOf(error.getField())
                : Integer.MAX_VALUE));
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError error : errors) {
            messages.putIfAbsent(error.getField(), label(error.getField()) + ": " + MESSAGES.getMessage(error, Locale.GERMAN));
        }
        return messages;
    }

    static String label(String field) {
        return MESSAGES.getMessage(field, null, field, Locale.GERMAN);
    }
}
