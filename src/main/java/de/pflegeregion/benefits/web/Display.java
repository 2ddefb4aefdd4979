package de.pflegeregion.benefits.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import de.pflegeregion.benefits.Per;

/** German formatting of amounts, dates and periods for the pages. */
final class Display {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private Display() {
    }

    /** "1.497 €" for whole amounts, "817,50 €" otherwise. */
    static String euro(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        DecimalFormat format = new DecimalFormat(cents.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(GERMAN));
        return format.format(cents) + " €";
    }

    static String day(LocalDate day) {
        return day.format(DAY);
    }

    static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, GERMAN) + " " + month.getYear();
    }

    static String per(Per per) {
        return switch (per) {
            case MONTH -> "im Monat";
            case YEAR -> "im Jahr";
            case MEASURE -> "je Maßnahme";
            case ONCE -> "einmalig";
        };
    }
}
