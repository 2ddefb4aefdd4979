package de.pflegeregion.network.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** German display of the Maßnahmenplan's numbers, money and dates, for the templates as {@code @measureFormat}. */
@Component("measureFormat")
public class MeasureFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public String number(BigDecimal value) {
        return value == null ? "–" : MeasureForm.show(value);
    }

    public String euros(BigDecimal value) {
        return value == null ? "–" : String.format(Locale.GERMANY, "%,.2f €", value);
    }

    public String places(Double value) {
        return value == null ? "–" : String.format(Locale.GERMANY, "%.1f", value);
    }

    public String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }
}
