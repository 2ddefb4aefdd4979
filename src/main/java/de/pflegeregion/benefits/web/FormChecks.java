package de.pflegeregion.benefits.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import de.pflegeregion.benefits.Benefits;
import de.pflegeregion.platform.InvalidInput;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * Bean Validation constraints of the benefits forms and API. The Pflegegrad and the dates the law covers
 * are checked by the rules module's own checks, so pages and API reject the same input with the same words.
 */
final class FormChecks {

    private FormChecks() {
    }

    /** An amount a person can pay in a month: 0 to 100,000 euro in cents. */
    @DecimalMin("0")
    @DecimalMax("100000")
    @Digits(integer = 6, fraction = 2)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @Target({FIELD, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface Euro {
        String message() default "Bitte geben Sie einen Betrag zwischen 0 und 100.000 Euro mit höchstens zwei Nachkommastellen an.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A Pflegegrad from 1 to 5, as {@link Benefits#checkPflegegrad(int)} says. */
    @Constraint(validatedBy = PflegegradCheck.class)
    @Target({FIELD, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface Pflegegrad {
        String message() default "Der Pflegegrad muss eine Zahl von 1 bis 5 sein.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A day, month or year within the law the engine covers, as {@link Benefits#checkDate} and {@link Benefits#checkYear} say. */
    @Constraint(validatedBy = {DayCheck.class, MonthCheck.class, YearCheck.class})
    @Target({FIELD, RECORD_COMPONENT})
    @Retention(RUNTIME)
    @interface CoveredByLaw {
        String message() default "Der Leistungsrechner bildet das Recht ab dem 1. Januar 2017 ab.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Runs a rules check; its InvalidInput message becomes the violation's message. */
    private abstract static class RuleCheck<A extends java.lang.annotation.Annotation, T> implements ConstraintValidator<A, T> {

        abstract void check(T value);

        @Override
        public boolean isValid(T value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                check(value);
                return true;
            } catch (InvalidInput e) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(e.getMessage()).addConstraintViolation();
                return false;
            }
        }
    }

    static final class PflegegradCheck extends RuleCheck<Pflegegrad, Integer> {
        @Override
        void check(Integer grade) {
            Benefits.checkPflegegrad(grade);
        }
    }

    static final class DayCheck extends RuleCheck<CoveredByLaw, LocalDate> {
        @Override
        void check(LocalDate day) {
            Benefits.checkDate("date", day);
        }
    }

    static final class MonthCheck extends RuleCheck<CoveredByLaw, YearMonth> {
        @Override
        void check(YearMonth month) {
            Benefits.checkDate("month", month.atDay(1));
        }
    }

    static final class YearCheck extends RuleCheck<CoveredByLaw, Integer> {
        @Override
        void check(Integer year) {
            Benefits.checkYear("year", year);
        }
    }

    /** Blank amount fields count as 0. */
    static BigDecimal zeroIfBlank(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** Blank day fields count as 0. */
    static int zeroIfBlank(Integer days) {
        return days == null ? 0 : days;
    }
}
