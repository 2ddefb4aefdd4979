package de.pflegeregion.network.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.ObjectMapper;

import de.pflegeregion.network.AgendaItem;
import de.pflegeregion.network.Decision;
import de.pflegeregion.network.Gremium;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.Minutes;
import de.pflegeregion.network.Person;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.network.internal.MeetingCalendar;
import de.pflegeregion.network.internal.NetworkStore;
import de.pflegeregion.platform.CountyClock;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * What the public sees of the network's meetings: the public meetings of every county under /termine with their
 * public TOPs and, once published, their decisions (schema.org Event as JSON-LD), the public iCalendar feed and a
 * meeting's .ics file (a non-public one only for its gremium's members and the coordinator).
 */
@Controller
class PublicMeetingPages {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final NetworkStore store;
    private final Gremien gremien;
    private final Tenants tenants;
    private final NetworkAccess access;
    private final ObjectMapper json;
    private final Clock clock;

    PublicMeetingPages(Gremien gremien, Tenants tenants, NetworkAccess access, ObjectMapper json, Clock clock) {
        this.store = gremien.store();
        this.gremien = gremien;
        this.tenants = tenants;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    private List<Meeting> publicMeetings() {
        List<Meeting> all = new ArrayList<>();
        for (Tenant t : tenants.all()) {
            store.meetings(t.id()).stream().filter(m -> m.isPublic() && !m.deleted()).forEach(all::add);
        }
        return all;
    }

    @GetMapping("/termine")
    String list(Model model) {
        Instant now = clock.instant();
        List<Meeting> all = publicMeetings();
        Map<Long, Gremium> g = new LinkedHashMap<>();
        Map<Long, String> countyNames = tenants.all().stream().collect(Collectors.toMap(Tenant::id, Tenant::name));
        for (Tenant t : tenants.all()) {
            store.gremien(t.id()).forEach(x -> g.put(x.id(), x));
        }
        model.addAttribute("upcoming", all.stream().filter(m -> m.end().isAfter(now))
                .sorted(java.util.Comparator.comparing(Meeting::start)).toList());
        model.addAttribute("past", all.stream().filter(m -> !m.end().isAfter(now)).limit(30).toList());
        model.addAttribute("gremien", g);
        model.addAttribute("countyNames", countyNames);
        return "network/public-meetings";
    }

    @GetMapping("/termine/{id}")
    String meeting(@PathVariable long id, Model model) {
        Meeting m = store.meeting(id).filter(x -> x.isPublic() && !x.deleted()).orElseThrow(NetworkAccess::notFound);
        Gremium g = store.gremium(m.tenantId(), m.gremiumId()).orElseThrow();
        Minutes minutes = store.minutes(m.id());
        List<AgendaItem> agenda = store.agenda(m.id()).stream().filter(AgendaItem::isPublic).toList();
        Map<Long, List<Decision>> decisions = minutes.published()
                ? store.decisions(m.id()).stream().collect(Collectors.groupingBy(Decision::agendaItemId)) : Map.of();
        model.addAttribute("meeting", m);
        model.addAttribute("gremium", g);
        model.addAttribute("county", tenants.byId(m.tenantId()).orElseThrow());
        model.addAttribute("agenda", agenda);
        model.addAttribute("minutes", minutes);
        model.addAttribute("decisions", decisions);
        model.addAttribute("jsonLd", jsonLd(m, g));
        return "network/public-meeting";
    }

    /** schema.org Event, so search engines and calendars read date, place and state. */
    private String jsonLd(Meeting m, Gremium g) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@context", "https://schema.org");
        event.put("@type", "Event");
        event.put("name", g.name() + ": " + m.title());
        event.put("startDate", m.start().atZone(CountyClock.ZONE).toOffsetDateTime().toString());
        event.put("endDate", m.end().atZone(CountyClock.ZONE).toOffsetDateTime().toString());
        event.put("eventStatus", m.state().cancelled() ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
        boolean online = m.onlineLink() != null;
        boolean offline = m.place() != null;
        event.put("eventAttendanceMode", online && offline ? "https://schema.org/MixedEventAttendanceMode"
                : online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode");
        List<Object> locations = new ArrayList<>();
        if (offline) {
            locations.add(Map.of("@type", "Place", "name", m.place(), "address", m.place()));
        }
        if (online) {
            locations.add(Map.of("@type", "VirtualLocation", "url", m.onlineLink()));
        }
        event.put("location", locations.size() == 1 ? locations.get(0) : locations);
        event.put("url", MeetingPages.baseUrl() + "/termine/" + m.id());
        event.put("organizer", Map.of("@type", "Organization", "name", g.name()));
        event.put("isAccessibleForFree", true);
        // "</" inside a script block would end it early
        return json.writeValueAsString(event).replace("</", "<\\/");
    }

    @GetMapping("/netzwerk/termine.ics")
    ResponseEntity<String> feed(@RequestParam(required = false) String kreis) {
        List<MeetingCalendar.Entry> entries = publicMeetings().stream()
                .filter(m -> kreis == null || tenants.byId(m.tenantId()).map(t -> t.kreisAgs().equals(kreis)).orElse(false))
                .map(this::publicEntry).toList();
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noCache())
                .body(MeetingCalendar.write(entries, null, clock.instant()));
    }

    private MeetingCalendar.Entry publicEntry(Meeting m) {
        Gremium g = store.gremium(m.tenantId(), m.gremiumId()).orElseThrow();
        String agenda = store.agenda(m.id()).stream().filter(AgendaItem::isPublic).map(a -> "TOP " + a.number() + ": " + a.title())
                .collect(Collectors.joining("\n"));
        return new MeetingCalendar.Entry(m, g.name() + ": " + m.title(), agenda, MeetingPages.baseUrl() + "/termine/" + m.id());
    }

    @GetMapping("/netzwerk/sitzungen/{id}.ics")
    ResponseEntity<String> ics(@PathVariable long id, Authentication auth) {
        Meeting m = store.meeting(id).filter(x -> !x.deleted()).orElseThrow(NetworkAccess::notFound);
        MeetingCalendar.Entry entry;
        if (m.isPublic()) {
            entry = publicEntry(m);
        } else if (mayReadInternal(m, auth)) {
            Gremium g = store.gremium(m.tenantId(), m.gremiumId()).orElseThrow();
            entry = new MeetingCalendar.Entry(m, g.name() + ": " + m.title(), null, MeetingPages.baseUrl() + "/netzwerk/mein/sitzungen/" + m.id());
        } else {
            throw NetworkAccess.notFound();
        }
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "attachment; filename=\"sitzung-" + id + ".ics\"")
                .body(MeetingCalendar.write(List.of(entry), null, clock.instant()));
    }

    private boolean mayReadInternal(Meeting m, Authentication auth) {
        Tenant county = access.countyOf(auth);
        if (county == null || county.id() != m.tenantId()) {
            return false;
        }
        if (access.isCoordinator(auth)) {
            return true;
        }
        Person me = access.person(auth);
        return me != null && (gremien.isMember(me, m.gremiumId(), LocalDate.ofInstant(m.start(), CountyClock.ZONE))
                || store.invitations(m.id()).stream().anyMatch(i -> i.personId() == me.id()));
    }
}
