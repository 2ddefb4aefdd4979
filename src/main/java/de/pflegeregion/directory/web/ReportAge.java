package de.pflegeregion.directory.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import de.pflegeregion.platform.CountyClock;

/** How long ago free places were reported, in plain German ("gemeldet vor 2 Tagen"). */
final class ReportAge {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d.M.yyyy, H:mm 'Uhr'").withZone(CountyClock.ZONE);

    private ReportAge() {
    }

    static String ago(Instant reportedAt, Instant now) {
        Duration age = Duration.between(reportedAt, now);
        if (age.toMinutes() < 1) {
            return "gerade eben";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() == 1 ? "vor einer Minute" : "vor " + age.toMinutes() + " Minuten";
        }
        if (age.toDays() < 1) {
            return age.toHours() == 1 ? "vor einer Stunde" : "vor " + age.toHours() + " Stunden";
        }
        return age.toDays() == 1 ? "vor einem Tag" : "vor " + age.toDays() + " Tagen";
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }
}
