package de.pflegeregion.network.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

import de.pflegeregion.network.Meeting;
import de.pflegeregion.platform.CountyClock;

/**
 * Meetings as iCalendar (RFC 5545) written by biweekly: one VEVENT per meeting with its stable UID, the
 * SEQUENCE that rises on every change, DTSTART/DTEND in Europe/Berlin with a VTIMEZONE derived from the JDK's
 * time-zone rules (no download), STATUS, LOCATION and URL.
 */
public final class MeetingCalendar {

    private MeetingCalendar() {
    }

    /** What a meeting's calendar entry says besides the meeting itself. */
    public record Entry(Meeting meeting, String summary, String description, String url) {
    }

    /** A calendar of the entries; method REQUEST or CANCEL for mails, null for downloads and the feed. */
    public static String write(List<Entry> entries, String method, Instant stamp) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Pflegeregion//Netzwerk//DE");
        if (method != null) {
            ical.setMethod(new Method(method));
        }
        ical.getTimezoneInfo().setDefaultTimezone(berlin());
        for (Entry e : entries) {
            Meeting m = e.meeting();
            VEvent event = new VEvent();
            event.setUid(m.uid());
            event.setSequence(m.sequence());
            event.setDateTimeStamp(Date.from(stamp));
            event.setCreated(Date.from(m.created()));
            event.setLastModified(Date.from(m.modified()));
            event.setDateStart(Date.from(m.start()));
            event.setDateEnd(Date.from(m.end()));
            event.setSummary(e.summary());
            if (e.description() != null && !e.description().isBlank()) {
                event.setDescription(e.description());
            }
            if (m.location() != null) {
                event.setLocation(m.location());
            }
            event.setUrl(e.url());
            event.setStatus("CANCEL".equals(method) || m.state().cancelled() ? Status.cancelled() : Status.confirmed());
            ical.addEvent(event);
        }
        return Biweekly.write(ical).go();
    }

    /** Europe/Berlin with its current rules (STANDARD and DAYLIGHT with their yearly RRULE). */
    static TimezoneAssignment berlin() {
        ZoneId zone = CountyClock.ZONE;
        ZoneRules rules = zone.getRules();
        VTimezone component = new VTimezone(zone.getId());
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            ZoneOffsetTransition first = rule.createTransition(1970);
            Observance observance = first.getOffsetAfter().getTotalSeconds() > first.getOffsetBefore().getTotalSeconds()
                    ? new DaylightSavingsTime() : new StandardTime();
            LocalDateTime before = first.getDateTimeBefore();
            observance.setDateStart(new DateTimeComponents(before.getYear(), before.getMonthValue(), before.getDayOfMonth(),
                    before.getHour(), before.getMinute(), before.getSecond(), false));
            observance.setTimezoneOffsetFrom(new UtcOffset(first.getOffsetBefore().getTotalSeconds() * 1000L));
            observance.setTimezoneOffsetTo(new UtcOffset(first.getOffsetAfter().getTotalSeconds() * 1000L));
            Recurrence.Builder rrule = new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
            DayOfWeek day = DayOfWeek.valueOfAbbr(rule.getDayOfWeek().name().substring(0, 2));
            // java.time writes "last Sunday" as "Sunday on or after the 25th" (for a 31-day month)
            if (rule.getDayOfMonthIndicator() == rule.getMonth().maxLength() - 6) {
                rrule.byDay(-1, day);
            } else {
                rrule.byDay(day);
                for (int d = rule.getDayOfMonthIndicator(); d < rule.getDayOfMonthIndicator() + 7; d++) {
                    rrule.byMonthDay(d);
                }
            }
            observance.setRecurrenceRule(rrule.build());
            observance.addTimezoneName(observance instanceof DaylightSavingsTime ? "CEST" : "CET");
            if (observance instanceof DaylightSavingsTime daylight) {
                component.addDaylightSavingsTime(daylight);
            } else {
                component.addStandardTime((StandardTime) observance);
            }
        }
        return new TimezoneAssignment(TimeZone.getTimeZone(zone), component);
    }
}
