package de.pflegeregion.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;

import de.pflegeregion.network.internal.MeetingCalendar;
import de.pflegeregion.platform.CountyClock;

/** The iCalendar written for a meeting, parsed back by the library: RFC 5545 lines, TZID, VTIMEZONE, folding. */
class MeetingCalendarTest {

    static Meeting meeting(MeetingState state, int sequence) {
        Instant start = ZonedDateTime.of(LocalDateTime.of(2027, 7, 14, 14, 0), CountyClock.ZONE).toInstant();
        return new Meeting(7, 1, 2, "Sitzung der Arbeitsgruppe Ausbildung mit einem sehr langen Titel, der gefaltet werden muss",
                start, start.plusSeconds(7200), "Landratsamt, Sitzungssaal 1, Hauptplatz 22, 85276 Pfaffenhofen a.d.Ilm", true, true,
                false, null, null, true, state, "abc-123@pflegeregion", sequence, start.minusSeconds(86400 * 30),
                start.minusSeconds(86400), false);
    }

    static String write(Meeting m, String method) {
        return MeetingCalendar.write(List.of(new MeetingCalendar.Entry(m, "AG Ausbildung: " + m.title(), null,
                "https://pflegeregion.example/termine/7")), method, Instant.parse("2027-07-01T10:00:00Z"));
    }

    @Test
    void oneEventWithStableUidSequenceBerlinTimeStatusLocationAndUrl() {
        String ics = write(meeting(MeetingState.EINGELADEN, 3), "REQUEST");
        ICalendar parsed = Biweekly.parse(ics).first();
        assertThat(parsed.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(parsed.getEvents()).hasSize(1);
        VEvent e = parsed.getEvents().get(0);
        assertThat(e.getUid().getValue()).isEqualTo("abc-123@pflegeregion");
        assertThat(e.getSequence().getValue()).isEqualTo(3);
        assertThat(e.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(e.getLocation().getValue()).startsWith("Landratsamt, Sitzungssaal 1");
        assertThat(e.getUrl().getValue()).isEqualTo("https://pflegeregion.example/termine/7");
        assertThat(e.getDateStart().getValue().toInstant()).isEqualTo(meeting(MeetingState.EINGELADEN, 3).start());
        assertThat(ics).contains("DTSTART;TZID=Europe/Berlin:20270714T140000\r\n").contains("DTEND;TZID=Europe/Berlin:20270714T160000\r\n");
    }

    @Test
    void theTimeZoneIsDefinedWithSummerAndWinterTime() {
        String ics = write(meeting(MeetingState.EINGELADEN, 0), null);
        ICalendar parsed = Biweekly.parse(ics).first();
        // the parser moves VTIMEZONE components into the calendar's time-zone info
        List<VTimezone> zones = List.copyOf(parsed.getTimezoneInfo().getComponents());
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getTimezoneId().getValue()).isEqualTo("Europe/Berlin");
        assertThat(zones.get(0).getDaylightSavingsTime()).hasSize(1);
        assertThat(zones.get(0).getStandardTimes()).hasSize(1);
        assertThat(ics).contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n").contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n")
                .contains("TZNAME:CEST").contains("DTSTART:19700329T020000")
                .contains("TZOFFSETFROM:+0100").contains("TZOFFSETTO:+0200");
        // winter date resolves to +01:00 through the parsed VTIMEZONE
        Meeting winter = new Meeting(8, 1, 2, "Winter", Instant.parse("2027-01-12T13:00:00Z"), Instant.parse("2027-01-12T15:00:00Z"),
                null, false, false, false, null, "https://video.example/raum", true, MeetingState.TERMINIERT, "w@pflegeregion", 0,
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:00:00Z"), false);
        String w = write(winter, null);
        assertThat(w).contains("DTSTART;TZID=Europe/Berlin:20270112T140000\r\n").contains("LOCATION:online: https://video.example/raum");
        assertThat(Biweekly.parse(w).first().getEvents().get(0).getDateStart().getValue().toInstant()).isEqualTo(winter.start());
    }

    @Test
    void linesEndInCrlfAndLongLinesAreFoldedAt75Octets() {
        String ics = write(meeting(MeetingState.EINGELADEN, 0), null);
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("\r\n ");
        assertThat(Biweekly.parse(ics).first().getEvents().get(0).getSummary().getValue()).endsWith("der gefaltet werden muss");
    }

    @Test
    void aCancellationKeepsTheUidAndSaysCancelled() {
        String ics = write(meeting(MeetingState.ABGESAGT, 4), "CANCEL");
        VEvent e = Biweekly.parse(ics).first().getEvents().get(0);
        assertThat(ics).contains("METHOD:CANCEL\r\n");
        assertThat(e.getUid().getValue()).isEqualTo("abc-123@pflegeregion");
        assertThat(e.getSequence().getValue()).isEqualTo(4);
        assertThat(e.getStatus().getValue()).isEqualTo("CANCELLED");
    }
}
