package de.pflegeregion.network.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date of the network's work: years 1900 to 2100. Far dates would pass the form and be refused by PostgreSQL
 * (or sit in a calendar feed as nonsense); empty is fine, a date that does not parse is another check's business.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {PlausibleDate.OfDate.class, PlausibleDate.OfText.class})
@interface PlausibleDate {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Years {
        static final int FIRST = 1900;
        static final int LAST = 2100;

        private Years() {
        }

        static boolean plausible(LocalDate day) {
            return day == null || (day.getYear() >= FIRST && day.getYear() <= LAST);
        }
    }

    class OfDate implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return Years.plausible(value);
        }
    }

    /** An ISO date typed into a text field (the measure form keeps what was typed as text). */
    class OfText implements ConstraintValidator<PlausibleDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                return Years.plausible(LocalDate.parse(value.strip()));
            } catch (DateTimeParseException e) {
                return true;
            }
        }
    }
}
