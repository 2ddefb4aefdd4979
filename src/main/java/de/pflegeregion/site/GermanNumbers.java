package de.pflegeregion.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/** Numbers and amounts written the German way (72,5 · 1.497 € · 817,50 €); available in templates as {@code num}. */
public final class GermanNumbers {

    public static final GermanNumbers INSTANCE = new GermanNumbers();

    private static final DecimalFormatSymbols GERMAN = DecimalFormatSymbols.getInstance(Locale.GERMANY);
    private static final Pattern THOUSANDS_ONLY = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    /**
     * Euro amounts as people type them into a form field: "1.234,50", "817,5", "338.60", "1.200", "55 €".
     * A comma is the decimal separator; without one, dots are thousands separators only in groups of three.
     */
    public static final Formatter<BigDecimal> EURO_INPUT = new Formatter<>() {

        @Override
        public BigDecimal parse(String text, Locale locale) throws ParseException {
            String cleaned = text.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "");
            if (cleaned.contains(",")) {
                cleaned = cleaned.replace(".", "").replace(',', '.');
            } else if (THOUSANDS_ONLY.matcher(cleaned).matches()) {
                cleaned = cleaned.replace(".", "");
            }
            try {
                return new BigDecimal(cleaned);
            } catch (NumberFormatException e) {
                throw new ParseException(text, 0);
            }
        }

        @Override
        public String print(BigDecimal amount, Locale locale) {
            return new DecimalFormat("#,##0.##", GERMAN).format(amount);
        }
    };

    private GermanNumbers() {
    }

    /**
     * Decimals as people type them into a form field: "0,455", "-0,5", "1.3", with a typographic minus
     * too; at most {@code integerDigits} before the separator and no thousands separators, so "48.531"
     * is never 48531. NaN and infinity are no numbers here. Printed back as "0,455".
     */
    public static Formatter<Double> decimalInput(int integerDigits) {
        Pattern decimal = Pattern.compile("[+-]?\\d{1," + integerDigits + "}(?:[.,]\\d+)?");
        return new Formatter<>() {

            @Override
            public Double parse(String text, Locale locale) throws ParseException {
                String value = text.strip().replace('\u2212', '-');
                if (!decimal.matcher(value).matches()) {
                    throw new ParseException(value, 0);
                }
                return Double.parseDouble(value.replace(',', '.'));
            }

            @Override
            public String print(Double value, Locale locale) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
            }
        };
    }

    /** Points as the Begutachtungsinstrument writes them: "72,5", "10". */
    public static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** "1.497 €" for whole amounts, "817,50 €" otherwise, "–" for no amount. */
    public static String euro(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        return new DecimalFormat(cents.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00", GERMAN).format(cents) + " €";
    }

    /** Template form of {@link #points(BigDecimal)}. */
    public String of(BigDecimal value) {
        return points(value);
    }
}
