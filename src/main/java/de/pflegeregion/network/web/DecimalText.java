package de.pflegeregion.network.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A number typed as text (German "12.500,5" or plain "12500.5") within the bounds of its NUMERIC column, so the
 * database never refuses it. Empty is fine; text that is no number is the field's pattern's business.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DecimalText.Check.class)
@interface DecimalText {

    String min();

    String max();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DecimalText, String> {
        private BigDecimal min;
        private BigDecimal max;

        @Override
        public void initialize(DecimalText bounds) {
            min = new BigDecimal(bounds.min());
            max = new BigDecimal(bounds.max());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                BigDecimal number = MeasureForm.decimal(value);
                return number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }
    }
}
