package de.pflegeregion.site;

import de.pflegeregion.platform.CountyClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.text.ParseException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalQuery;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/** Moments, dates and months as people in the county read them: German format, German local time. */
@Component("germanTime")
public class GermanTime {

    public static final ZoneId ZONE = CountyClock.ZONE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);

    /** A day typed as "15.03.2025" or "15.3.2025", or sent as "2025-03-15" by a date input. */
    public static final Formatter<LocalDate> DATE_INPUT = input(LocalDate::from,
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d.M.uuuu"));

    /** A month typed as "03.2025" or "3.2025", or sent as "2025-03" by a month input. */
    public static final Formatter<YearMonth> MONTH_INPUT = input(YearMonth::from,
            DateTimeFormatter.ofPattern("uuuu-MM"), DateTimeFormatter.ofPattern("M.uuuu"));

    private static <T> Formatter<T> input(TemporalQuery<T> query, DateTimeFormatter shown, DateTimeFormatter typed) {
        return new Formatter<>() {

            @Override
            public T parse(String text, Locale locale) throws ParseException {
                for (DateTimeFormatter format : new DateTimeFormatter[] {shown, typed}) {
                    try {
                        return format.parse(text.strip(), query);
                    } catch (DateTimeParseException e) {
                        // try the next way of writing it
                    }
                }
                throw new ParseException(text, 0);
            }

            @Override
            public String print(T value, Locale locale) {
                return shown.format((java.time.temporal.TemporalAccessor) value);
            }
        };
    }

    /** "22.11.2026 um 19:15 Uhr" */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** "19:15 Uhr" */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZONE));
    }

    /** "22.11.2026" */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "März 2025" */
    public static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.GERMAN) + " " + month.getYear();
    }
}
