package de.pflegeregion.site;

import de.pflegeregion.platform.CountyClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Moments and dates as people in the county read them: German format, German local time. */
@Component("germanTime")
public class GermanTime {

    public static final ZoneId ZONE = CountyClock.ZONE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);

    /** "22.11.2026 um 19:15 Uhr" */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** "19:15 Uhr" */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZONE));
    }

    /** "22.11.2026" */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
