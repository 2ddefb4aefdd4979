package de.pflegeregion.network.web.oparl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.pflegeregion.network.AgendaItem;
import de.pflegeregion.network.Decision;
import de.pflegeregion.network.Gremium;
import de.pflegeregion.network.Institution;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.MeetingState;
import de.pflegeregion.network.Membership;
import de.pflegeregion.network.Person;
import de.pflegeregion.network.internal.OparlQueries.FileRow;
import de.pflegeregion.network.internal.OparlQueries.MeetingRow;
import de.pflegeregion.network.internal.OparlQueries.Row;
import de.pflegeregion.platform.CountyClock;
import de.pflegeregion.platform.Tenant;

/**
 * Builds the OParl 1.1 objects of one county's Body (https://oparl.org/spezifikation/, "Schema"): every object
 * starts with id, type, created and modified; one that is no longer public is only that plus {@code deleted}.
 */
final class OparlObjects {

    static final String SCHEMA = "https://schema.oparl.org/1.1/";

    private final String root;
    private final String site;
    private final String body;

    OparlObjects(String root, String site, Tenant county) {
        this.root = root;
        this.site = site;
        this.body = root + "/body/" + county.id();
    }

    static String time(Instant i) {
        return OffsetDateTime.ofInstant(i.truncatedTo(ChronoUnit.SECONDS), CountyClock.ZONE).toString();
    }

    static Map<String, Object> object(String id, String type, Instant created, Instant modified) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("type", SCHEMA + type);
        o.put("created", time(created));
        o.put("modified", time(modified));
        return o;
    }

    /** A row as its object, or as a tombstone when it stopped being public. */
    private static Map<String, Object> objectOrTombstone(String id, String type, Row<?> row) {
        Map<String, Object> o = object(id, type, row.created(), row.modified());
        if (!row.visible()) {
            o.put("deleted", true);
        }
        return o;
    }

    String bodyUrl() {
        return body;
    }

    String list(String name) {
        return body + "/" + name;
    }

    String gremiumUrl(long id) {
        return body + "/organization/g" + id;
    }

    String institutionUrl(long id) {
        return body + "/organization/i" + id;
    }

    String personUrl(long id) {
        return body + "/person/" + id;
    }

    String membershipUrl(long id) {
        return body + "/membership/" + id;
    }

    String meetingUrl(long id) {
        return body + "/meeting/" + id;
    }

    // ---- Body and LegislativeTerm

    Map<String, Object> body(Tenant t, Instant created, Instant modified, List<Map<String, Object>> legislativeTerms) {
        Map<String, Object> o = object(body, "Body", created, modified);
        o.put("system", root + "/system");
        o.put("name", t.name());
        o.put("shortName", t.name());
        if (t.kreisAgs() != null && !t.kreisAgs().isBlank()) {
            o.put("ags", t.kreisAgs());
        }
        o.put("website", site + "/termine");
        o.put("organization", list("organization"));
        o.put("person", list("person"));
        o.put("meeting", list("meeting"));
        o.put("paper", list("paper"));
        // OParl 1.1: legislativeTerm is the embedded array (required), legislativeTermList the external list of the same objects
        o.put("legislativeTerm", legislativeTerms);
        o.put("legislativeTermList", list("legislativeTerm"));
        o.put("membership", list("membership"));
        o.put("agendaItem", list("agendaItem"));
        o.put("file", list("file"));
        o.put("locationList", list("location"));
        o.put("classification", "Pflegenetzwerk");
        return o;
    }

    /** The network works in years (the Kreistag report is yearly): one "Arbeitsjahr" per year with meetings. */
    Map<String, Object> legislativeTerm(int year, Instant created, Instant modified) {
        Map<String, Object> o = object(body + "/legislativeTerm/" + year, "LegislativeTerm", created, modified);
        o.put("body", body);
        o.put("name", "Arbeitsjahr " + year);
        o.put("startDate", year + "-01-01");
        o.put("endDate", year + "-12-31");
        return o;
    }

    // ---- Organization: gremien ("Gremium") and member institutions ("Institution")

    Map<String, Object> gremium(Row<?> row, Gremium g, List<Long> publicMemberships) {
        Map<String, Object> o = objectOrTombstone(gremiumUrl(g.id()), "Organization", row);
        if (!row.visible()) {
            return o;
        }
        organization(o, g.name(), "Gremium", g.type().label());
        o.put("membership", publicMemberships.stream().map(this::membershipUrl).toList());
        if (g.parentId() != null) {
            o.put("subOrganizationOf", gremiumUrl(g.parentId()));
        }
        if (g.start() != null) {
            o.put("startDate", g.start().toString());
        }
        if (g.end() != null) {
            o.put("endDate", g.end().toString());
        }
        if (g.topic() != null) {
            o.put("keyword", List.of(g.topic()));
        }
        o.put("meeting", list("meeting") + "?organization=g" + g.id());
        return o;
    }

    Map<String, Object> institution(Row<?> row, Institution i) {
        Map<String, Object> o = objectOrTombstone(institutionUrl(i.id()), "Organization", row);
        if (row.visible()) {
            organization(o, i.name(), "Institution", i.group().label());
            o.put("membership", List.of());
        }
        return o;
    }

    private void organization(Map<String, Object> o, String name, String type, String classification) {
        o.put("body", body);
        o.put("name", name);
        o.put("organizationType", type);
        o.put("classification", classification);
    }

    // ---- Person and Membership: only with consent to publish

    Map<String, Object> person(Row<Person> row, List<Map<String, Object>> memberships) {
        Map<String, Object> o = objectOrTombstone(personUrl(row.value().id()), "Person", row);
        if (row.visible()) {
            o.put("body", body);
            o.put("name", row.value().name());
            o.put("membership", memberships);
        }
        return o;
    }

    Map<String, Object> membership(Row<?> row, Membership m) {
        Map<String, Object> o = objectOrTombstone(membershipUrl(m.id()), "Membership", row);
        if (!row.visible()) {
            return o;
        }
        o.put("person", personUrl(m.personId()));
        o.put("organization", gremiumUrl(m.gremiumId()));
        o.put("role", m.role().label());
        o.put("votingRight", m.voting());
        if (m.from() != null) {
            o.put("startDate", m.from().toString());
        }
        if (m.until() != null) {
            o.put("endDate", m.until().toString());
        }
        if (m.onBehalfOf() != null) {
            o.put("onBehalfOf", institutionUrl(m.onBehalfOf()));
        }
        return o;
    }

    // ---- Meeting, AgendaItem, File, Location: public meetings only

    /** Whether the meeting's invitation (and so its file) is public. */
    static boolean invited(Meeting m) {
        return m.state() == MeetingState.EINGELADEN || m.state() == MeetingState.DURCHGEFUEHRT;
    }

    /** What a page of meetings embeds, loaded for the whole page at once. */
    record MeetingParts(Map<Long, List<AgendaItem>> agenda, Map<Long, List<Decision>> decisions, Map<Long, List<Long>> participants) {
    }

    Map<String, Object> meeting(Row<MeetingRow> row, MeetingParts parts) {
        MeetingRow r = row.value();
        Meeting m = r.meeting();
        Map<String, Object> o = objectOrTombstone(meetingUrl(m.id()), "Meeting", row);
        if (!row.visible()) {
            return o;
        }
        o.put("name", r.gremiumName() + ": " + m.title());
        // OParl's suggested values are "terminiert", "eingeladen", "durchgeführt"; a cancelled meeting keeps its last one
        o.put("meetingState", m.state() == MeetingState.ABGESAGT ? "terminiert" : m.state().label());
        o.put("cancelled", m.state().cancelled());
        o.put("start", time(m.start()));
        o.put("end", time(m.end()));
        if (m.place() != null) {
            o.put("location", location(m));
        }
        o.put("organization", List.of(gremiumUrl(m.gremiumId())));
        boolean published = r.minutes().published();
        if (m.state() == MeetingState.DURCHGEFUEHRT && published) {
            o.put("participant", parts.participants().getOrDefault(m.id(), List.of()).stream().map(this::personUrl).toList());
        }
        FileRow invitation = new FileRow(m.id(), FileRow.INVITATION, m.title(), m.start());
        if (invited(m)) {
            o.put("invitation", file(invitation, m.created(), m.modified()));
        }
        if (published) {
            o.put("resultsProtocol", file(new FileRow(m.id(), FileRow.MINUTES, m.title(), m.start()), m.created(), r.minutes().publishedAt()));
        }
        o.put("agendaItem", parts.agenda().getOrDefault(m.id(), List.of()).stream()
                .map(a -> agendaItem(a, published ? parts.decisions().getOrDefault(a.id(), List.of()) : List.of())).toList());
        o.put("web", site + "/termine/" + m.id());
        return o;
    }

    Map<String, Object> location(Meeting m) {
        Map<String, Object> o = object(body + "/location/" + m.id(), "Location", m.created(), m.modified());
        o.put("description", m.place() + (m.accessibility().isBlank() ? "" : " (" + m.accessibility() + ")"));
        o.put("meeting", List.of(meetingUrl(m.id())));
        return o;
    }

    /** A public TOP; its decisions only once the minutes are published (the caller passes none before). */
    Map<String, Object> agendaItem(AgendaItem a, List<Decision> publishedDecisions) {
        Map<String, Object> o = object(body + "/agendaItem/" + a.id(), "AgendaItem", a.created(), a.modified());
        o.put("meeting", meetingUrl(a.meetingId()));
        o.put("number", a.number());
        o.put("name", a.title());
        o.put("public", true);
        if (!publishedDecisions.isEmpty()) {
            o.put("result", publishedDecisions.stream().map(d -> d.result().label()).distinct().collect(Collectors.joining(", ")));
            o.put("resolutionText", publishedDecisions.stream().map(d -> d.text() + (d.votes().isEmpty() ? "" : " (" + d.votes() + ")"))
                    .collect(Collectors.joining("\n")));
        }
        return o;
    }

    static String fileKey(long meetingId, String kind) {
        return meetingId + "-" + kind;
    }

    Map<String, Object> file(FileRow f, Instant created, Instant modified) {
        String u = body + "/file/" + fileKey(f.meetingId(), f.kind());
        boolean minutes = f.kind().equals(FileRow.MINUTES);
        Map<String, Object> o = object(u, "File", created, modified);
        o.put("name", (minutes ? "Protokoll " : "Einladung ") + f.meetingTitle());
        o.put("fileName", f.kind() + "-" + f.meetingId() + ".pdf");
        o.put("mimeType", "application/pdf");
        o.put("date", f.meetingStart().atZone(CountyClock.ZONE).toLocalDate().toString());
        o.put("accessUrl", u + "/datei.pdf");
        o.put("downloadUrl", u + "/datei.pdf");
        o.put("meeting", List.of(meetingUrl(f.meetingId())));
        return o;
    }

    // ---- Paper: the Maßnahmenplan and the Kreistag report (their pages belong to the Maßnahmenplan part)

    List<Map<String, Object>> papers(Tenant t, Instant created, Instant modified) {
        return List.of(paper("massnahmenplan", "Maßnahmenplan " + t.name(), "Maßnahmenplan", site + "/massnahmen", created, modified),
                paper("kreistagsbericht", "Bericht des Pflegenetzwerks an den Kreistag", "Bericht", site + "/netzwerk/bericht", created, modified));
    }

    private Map<String, Object> paper(String key, String name, String type, String web, Instant created, Instant modified) {
        Map<String, Object> o = object(body + "/paper/" + key, "Paper", created, modified);
        o.put("body", body);
        o.put("name", name);
        o.put("reference", key);
        o.put("paperType", type);
        o.put("web", web);
        return o;
    }
}
