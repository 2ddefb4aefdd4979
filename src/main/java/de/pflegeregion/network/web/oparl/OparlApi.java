package de.pflegeregion.network.web.oparl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import de.pflegeregion.network.AgendaItem;
import de.pflegeregion.network.Decision;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.MeetingState;
import de.pflegeregion.network.Person;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.network.internal.NetworkStore;
import de.pflegeregion.network.internal.OparlQueries;
import de.pflegeregion.network.internal.OparlQueries.AgendaRow;
import de.pflegeregion.network.internal.OparlQueries.BodyStamp;
import de.pflegeregion.network.internal.OparlQueries.FileRow;
import de.pflegeregion.network.internal.OparlQueries.Filter;
import de.pflegeregion.network.internal.OparlQueries.MeetingRow;
import de.pflegeregion.network.internal.OparlQueries.Organization;
import de.pflegeregion.network.internal.OparlQueries.Page;
import de.pflegeregion.network.internal.OparlQueries.Row;
import de.pflegeregion.platform.CountyClock;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;
import de.pflegeregion.site.NotFoundException;
import de.pflegeregion.site.PdfRenderer;

/**
 * OParl 1.1 (https://oparl.org/spezifikation/), read-only and public: a view of the network, never its internals.
 * Only public meetings with their public TOPs; minutes only once published; a person only with consent to
 * publish, and attendance only of such persons. What stops being public (consent withdrawn, a meeting made
 * internal, a person erased) is answered as {@code deleted: true} so that synchronising clients drop their copy;
 * lists show such objects only to a client that asks for changes ({@code modified_since}). Lists are paged and
 * filtered in SQL ({@link OparlQueries}); what a page embeds is read once for the whole page.
 */
@RestController
class OparlApi {

    static final String SCHEMA = OparlObjects.SCHEMA;
    private static final MediaType JSON = MediaType.APPLICATION_JSON;
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final Tenants tenants;
    private final OparlQueries queries;
    private final NetworkStore store;
    private final PdfRenderer pdf;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    OparlApi(Tenants tenants, OparlQueries queries, NetworkStore store, PdfRenderer pdf) {
        this.tenants = tenants;
        this.queries = queries;
        this.store = store;
        this.pdf = pdf;
    }

    private static String root() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/oparl/v1.1").build().toUriString();
    }

    private static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static OparlObjects objects(Tenant t) {
        return new OparlObjects(root(), site(), t);
    }

    private ResponseEntity<Object> ok(Object body) {
        return ResponseEntity.ok().contentType(JSON).body(body);
    }

    private Tenant tenant(String b) {
        long id = number(b, "Die Körperschaft " + b + " gibt es nicht.");
        // the cached list answers almost every request; a county created on another node a moment ago is read directly
        return tenants.all().stream().filter(t -> t.id() == id).findFirst().or(() -> tenants.byId(id))
                .orElseThrow(() -> new NotFoundException("Die Körperschaft " + b + " gibt es nicht."));
    }

    private static long number(String s, String notFound) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new NotFoundException(notFound);
        }
    }

    // --- System and Body

    /** When a county's network began and last changed: its earliest and latest record, or the start of this node. */
    private record Stamp(Instant created, Instant modified, boolean hasNetwork) {
    }

    private Stamp stamp(Tenant t, Map<Long, BodyStamp> stamps) {
        BodyStamp s = stamps.get(t.id());
        return s == null ? new Stamp(started, started, false)
                : new Stamp(s.created() == null ? started : s.created(), s.modified() == null ? started : s.modified(), s.gremien() > 0);
    }

    @GetMapping("/oparl/v1.1/system")
    ResponseEntity<Object> system() {
        Map<Long, BodyStamp> stamps = queries.bodyStamps();
        List<Stamp> all = tenants.all().stream().map(t -> stamp(t, stamps)).toList();
        Map<String, Object> o = OparlObjects.object(root() + "/system", "System",
                all.stream().map(Stamp::created).min(Comparator.naturalOrder()).orElse(started),
                all.stream().map(Stamp::modified).max(Comparator.naturalOrder()).orElse(started));
        o.put("oparlVersion", SCHEMA);
        o.put("body", root() + "/body");
        o.put("name", "Pflegeregion – Pflegenetzwerke");
        o.put("website", site() + "/");
        o.put("product", "https://pflegeregion.example/produkt");
        return ok(o);
    }

    @GetMapping("/oparl/v1.1/body")
    ResponseEntity<Object> bodies(@RequestParam Map<String, String> params) {
        Filter f = filter(params);
        Map<Long, BodyStamp> stamps = queries.bodyStamps();
        List<Row<Map<String, Object>>> rows = tenants.all().stream().map(t -> {
            Stamp s = stamp(t, stamps);
            return new Row<>(body(t, s), s.created(), s.modified(), true);
        }).toList();
        return ok(envelope(inMemory(rows, f), f, params, root() + "/body"));
    }

    @GetMapping("/oparl/v1.1/body/{b}")
    ResponseEntity<Object> body(@PathVariable String b) {
        Tenant t = tenant(b);
        return ok(body(t, stamp(t, queries.bodyStamps())));
    }

    private Map<String, Object> body(Tenant t, Stamp s) {
        return objects(t).body(t, s.created(), s.modified(), legislativeTerms(t, s));
    }

    private List<Map<String, Object>> legislativeTerms(Tenant t, Stamp s) {
        TreeSet<Integer> years = queries.meetingYearBounds(t.id()).stream().map(i -> i.atZone(CountyClock.ZONE).getYear())
                .collect(Collectors.toCollection(TreeSet::new));
        OparlObjects o = objects(t);
        return years.stream().map(y -> o.legislativeTerm(y, s.created(), s.modified())).toList();
    }

    @GetMapping("/oparl/v1.1/body/{b}/legislativeTerm")
    ResponseEntity<Object> legislativeTermList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        Filter f = filter(params);
        Stamp s = stamp(t, queries.bodyStamps());
        List<Row<Map<String, Object>>> rows = legislativeTerms(t, s).stream().map(o -> new Row<>(o, s.created(), s.modified(), true)).toList();
        return ok(envelope(inMemory(rows, f), f, params, objects(t).list("legislativeTerm")));
    }

    @GetMapping("/oparl/v1.1/body/{b}/legislativeTerm/{year}")
    ResponseEntity<Object> legislativeTerm(@PathVariable String b, @PathVariable int year) {
        Tenant t = tenant(b);
        String id = objects(t).list("legislativeTerm") + "/" + year;
        return ok(legislativeTerms(t, stamp(t, queries.bodyStamps())).stream().filter(o -> o.get("id").equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Das Arbeitsjahr " + year + " gibt es nicht.")));
    }

    // --- Organization: gremien ("Gremium") and member institutions ("Institution")

    @GetMapping("/oparl/v1.1/body/{b}/organization")
    ResponseEntity<Object> organizationList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        Filter f = filter(params);
        Page<Row<Organization>> page = queries.organizations(t.id(), f);
        return ok(envelope(organizations(t, page.rows()), page.total(), f, params, objects(t).list("organization")));
    }

    @GetMapping("/oparl/v1.1/body/{b}/organization/{key}")
    ResponseEntity<Object> organization(@PathVariable String b, @PathVariable String key) {
        Tenant t = tenant(b);
        String notFound = "Die Organisation " + key + " gibt es nicht.";
        if (key.length() < 2 || !(key.startsWith("g") || key.startsWith("i"))) {
            throw new NotFoundException(notFound);
        }
        Row<Organization> row = queries.organization(t.id(), key.substring(0, 1), number(key.substring(1), notFound))
                .orElseThrow(() -> new NotFoundException(notFound));
        return ok(organizations(t, List.of(row)).getFirst());
    }

    private List<Map<String, Object>> organizations(Tenant t, List<Row<Organization>> rows) {
        OparlObjects o = objects(t);
        List<Long> gremien = rows.stream().filter(r -> r.visible() && r.value().gremium() != null).map(r -> r.value().gremium().id()).toList();
        Map<Long, List<Long>> memberships = queries.publicMembershipIds(t.id(), gremien);
        return rows.stream().map(r -> r.value().gremium() != null
                ? o.gremium(r, r.value().gremium(), memberships.getOrDefault(r.value().gremium().id(), List.of()))
                : o.institution(r, r.value().institution())).toList();
    }

    // --- Person and Membership: only with consent to publish

    @GetMapping("/oparl/v1.1/body/{b}/person")
    ResponseEntity<Object> personList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        Filter f = filter(params);
        Page<Row<Person>> page = queries.persons(t.id(), f);
        return ok(envelope(persons(t, page.rows()), page.total(), f, params, objects(t).list("person")));
    }

    @GetMapping("/oparl/v1.1/body/{b}/person/{id}")
    ResponseEntity<Object> person(@PathVariable String b, @PathVariable String id) {
        Tenant t = tenant(b);
        String notFound = "Die Person " + id + " gibt es nicht.";
        Row<Person> row = queries.person(t.id(), number(id, notFound)).orElseThrow(() -> new NotFoundException(notFound));
        return ok(persons(t, List.of(row)).getFirst());
    }

    private List<Map<String, Object>> persons(Tenant t, List<Row<Person>> rows) {
        OparlObjects o = objects(t);
        var memberships = queries.publicMembershipsOf(t.id(), rows.stream().filter(Row::visible).map(r -> r.value().id()).toList());
        return rows.stream().map(r -> o.person(r, memberships.getOrDefault(r.value().id(), List.of()).stream()
                // a consenting person's membership that is not erased is public
                .map(m -> o.membership(new Row<>(m, m.created(), m.modified(), true), m)).toList())).toList();
    }

    @GetMapping("/oparl/v1.1/body/{b}/membership")
    ResponseEntity<Object> membershipList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        Filter f = filter(params);
        OparlObjects o = objects(t);
        var page = queries.memberships(t.id(), f);
        return ok(envelope(page.rows().stream().map(r -> o.membership(r, r.value())).toList(), page.total(), f, params, o.list("membership")));
    }

    @GetMapping("/oparl/v1.1/body/{b}/membership/{id}")
    ResponseEntity<Object> membership(@PathVariable String b, @PathVariable String id) {
        Tenant t = tenant(b);
        String notFound = "Die Mitgliedschaft " + id + " gibt es nicht.";
        var row = queries.membership(t.id(), number(id, notFound)).orElseThrow(() -> new NotFoundException(notFound));
        return ok(objects(t).membership(row, row.value()));
    }

    // --- Meeting, AgendaItem, File, Location: public meetings only

    @GetMapping("/oparl/v1.1/body/{b}/meeting")
    ResponseEntity<Object> meetingList(@PathVariable String b, @RequestParam Map<String, String> params,
                                       @RequestParam(required = false) String organization) {
        Tenant t = tenant(b);
        Filter f = filter(params);
        String url = objects(t).list("meeting");
        Optional<Long> gremium = organization == null ? Optional.empty() : gremiumKey(organization);
        if (organization != null && gremium.isEmpty()) {
            // only gremien hold meetings
            return ok(envelope(List.of(), 0, f, params, url));
        }
        Page<Row<MeetingRow>> page = queries.meetings(t.id(), gremium.orElse(null), f);
        return ok(envelope(meetings(t, page.rows()), page.total(), f, params, url));
    }

    /** The gremium id of an organization key "g{id}" as the gremium's own URL names it. */
    private static Optional<Long> gremiumKey(String key) {
        try {
            long id = Long.parseLong(key.substring(1));
            return key.equals("g" + id) ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    @GetMapping("/oparl/v1.1/body/{b}/meeting/{id}")
    ResponseEntity<Object> meeting(@PathVariable String b, @PathVariable String id) {
        Tenant t = tenant(b);
        String notFound = "Die Sitzung " + id + " gibt es nicht.";
        Row<MeetingRow> row = queries.meeting(t.id(), number(id, notFound)).orElseThrow(() -> new NotFoundException(notFound));
        return ok(meetings(t, List.of(row)).getFirst());
    }

    /** A page of meetings with their public TOPs, decisions and participants: three queries for the whole page. */
    private List<Map<String, Object>> meetings(Tenant t, List<Row<MeetingRow>> rows) {
        List<MeetingRow> shown = rows.stream().filter(Row::visible).map(Row::value).toList();
        Map<Long, List<AgendaItem>> agenda = queries.publicAgenda(shown.stream().map(r -> r.meeting().id()).toList());
        List<Long> published = shown.stream().filter(r -> r.minutes().published()).map(r -> r.meeting().id()).toList();
        Map<Long, List<Decision>> decisions = queries.decisions(published.stream()
                .flatMap(m -> agenda.getOrDefault(m, List.of()).stream()).map(AgendaItem::id).toList());
        Map<Long, List<Long>> participants = queries.publicParticipants(t.id(), shown.stream()
                .filter(r -> r.minutes().published() && r.meeting().state() == MeetingState.DURCHGEFUEHRT).map(r -> r.meeting().id()).toList());
        OparlObjects o = objects(t);
        OparlObjects.MeetingParts parts = new OparlObjects.MeetingParts(agenda, decisions, participants);
        return rows.stream().map(r -> o.meeting(r, parts)).toList();
    }

    @GetMapping("/oparl/v1.1/body/{b}/agendaItem")
    ResponseEntity<Object> agendaItemList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        Filter f = filter(params);
        Page<Row<AgendaRow>> page = queries.agendaItems(t.id(), f);
        return ok(envelope(agendaItems(t, page.rows()), page.total(), f, params, objects(t).list("agendaItem")));
    }

    @GetMapping("/oparl/v1.1/body/{b}/agendaItem/{id}")
    ResponseEntity<Object> agendaItem(@PathVariable String b, @PathVariable String id) {
        Tenant t = tenant(b);
        String notFound = "Den TOP " + id + " gibt es nicht.";
        Row<AgendaRow> row = queries.agendaItem(t.id(), number(id, notFound)).orElseThrow(() -> new NotFoundException(notFound));
        return ok(agendaItems(t, List.of(row)).getFirst());
    }

    private List<Map<String, Object>> agendaItems(Tenant t, List<Row<AgendaRow>> rows) {
        OparlObjects o = objects(t);
        Map<Long, List<Decision>> decisions = queries.decisions(rows.stream().filter(r -> r.value().minutesPublished())
                .map(r -> r.value().item().id()).toList());
        return rows.stream().map(r -> o.agendaItem(r.value().item(), decisions.getOrDefault(r.value().item().id(), List.of()))).toList();
    }

    @GetMapping("/oparl/v1.1/body/{b}/file")
    ResponseEntity<Object> fileList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        Filter f = filter(params);
        OparlObjects o = objects(t);
        Page<Row<FileRow>> page = queries.files(t.id(), f);
        return ok(envelope(page.rows().stream().map(r -> o.file(r.value(), r.created(), r.modified())).toList(), page.total(), f, params,
                o.list("file")));
    }

    @GetMapping("/oparl/v1.1/body/{b}/file/{key}")
    ResponseEntity<Object> file(@PathVariable String b, @PathVariable String key) {
        Tenant t = tenant(b);
        Row<FileRow> row = file(t, key);
        return ok(objects(t).file(row.value(), row.created(), row.modified()));
    }

    /** A file by its key "{meeting}-{kind}", as listed. */
    private Row<FileRow> file(Tenant t, String key) {
        String notFound = "Die Datei " + key + " gibt es nicht.";
        int dash = key.indexOf('-');
        if (dash < 1) {
            throw new NotFoundException(notFound);
        }
        long meeting = number(key.substring(0, dash), notFound);
        String kind = key.substring(dash + 1);
        if (!key.equals(OparlObjects.fileKey(meeting, kind))) {
            throw new NotFoundException(notFound);
        }
        return queries.file(t.id(), meeting, kind).orElseThrow(() -> new NotFoundException(notFound));
    }

    @GetMapping(value = "/oparl/v1.1/body/{b}/file/{key}/datei.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> filePdf(@PathVariable String b, @PathVariable String key) {
        Tenant t = tenant(b);
        FileRow f;
        try {
            f = file(t, key).value();
        } catch (NotFoundException e) {
            throw new NotFoundException("Die Datei gibt es nicht.");
        }
        boolean protocol = f.kind().equals(FileRow.MINUTES);
        Meeting m = store.meeting(t.id(), f.meetingId()).orElseThrow(() -> new NotFoundException("Die Datei gibt es nicht."));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("tenant", t);
        v.put("meeting", m);
        v.put("gremium", store.gremium(t.id(), m.gremiumId()).orElseThrow());
        v.put("agenda", store.agenda(m.id()).stream().filter(AgendaItem::isPublic).toList());
        v.put("protocol", protocol);
        v.put("decisions", protocol ? store.decisions(m.id()).stream().collect(Collectors.groupingBy(Decision::agendaItemId)) : Map.of());
        v.put("when", Gremien.when(m.start()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf.render("network/meeting-pdf", v));
    }

    @GetMapping("/oparl/v1.1/body/{b}/location")
    ResponseEntity<Object> locationList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        Filter f = filter(params);
        OparlObjects o = objects(t);
        Page<Row<Meeting>> page = queries.locations(t.id(), f);
        return ok(envelope(page.rows().stream().map(r -> o.location(r.value())).toList(), page.total(), f, params, o.list("location")));
    }

    @GetMapping("/oparl/v1.1/body/{b}/location/{id}")
    ResponseEntity<Object> location(@PathVariable String b, @PathVariable String id) {
        Tenant t = tenant(b);
        String notFound = "Den Ort " + id + " gibt es nicht.";
        Row<Meeting> row = queries.location(t.id(), number(id, notFound)).orElseThrow(() -> new NotFoundException(notFound));
        return ok(objects(t).location(row.value()));
    }

    // --- Paper: the Maßnahmenplan and the Kreistag report

    private List<Row<Map<String, Object>>> papers(Tenant t) {
        Stamp s = stamp(t, queries.bodyStamps());
        if (!s.hasNetwork()) {
            return List.of();
        }
        return objects(t).papers(t, s.created(), s.modified()).stream().map(o -> new Row<>(o, s.created(), s.modified(), true)).toList();
    }

    @GetMapping("/oparl/v1.1/body/{b}/paper")
    ResponseEntity<Object> paperList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        Filter f = filter(params);
        return ok(envelope(inMemory(papers(t), f), f, params, objects(t).list("paper")));
    }

    @GetMapping("/oparl/v1.1/body/{b}/paper/{key}")
    ResponseEntity<Object> paper(@PathVariable String b, @PathVariable String key) {
        Tenant t = tenant(b);
        String id = objects(t).list("paper") + "/" + key;
        return ok(papers(t).stream().map(Row::value).filter(o -> o.get("id").equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Die Drucksache " + key + " gibt es nicht.")));
    }

    // --- lists

    /** The filters and page of a list request; a bad value is a 400 naming the parameter. */
    static Filter filter(Map<String, String> params) {
        Instant modifiedSince = instant(params, "modified_since");
        Instant createdSince = instant(params, "created_since");
        Instant modifiedUntil = instant(params, "modified_until");
        Instant createdUntil = instant(params, "created_until");
        int limit = integer(params, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "limit muss zwischen 1 und " + MAX_LIMIT + " liegen.");
        }
        int page = integer(params, "page", 1);
        if (page < 1) {
            throw new InvalidInput("page", "page beginnt bei 1.");
        }
        return new Filter(modifiedSince, createdSince, modifiedUntil, createdUntil, limit, page);
    }

    /** The few lists that are not tables (bodies, years, papers), filtered and paged like the others. */
    static Page<Map<String, Object>> inMemory(List<Row<Map<String, Object>>> all, Filter f) {
        List<Map<String, Object>> matching = all.stream().filter(r -> f.matches(r.created(), r.modified(), r.visible())).map(Row::value).toList();
        int from = (int) Math.min(matching.size(), (long) (f.page() - 1) * f.limit());
        return new Page<>(matching.subList(from, (int) Math.min(matching.size(), (long) from + f.limit())), matching.size());
    }

    private static Map<String, Object> envelope(Page<Map<String, Object>> page, Filter f, Map<String, String> params, String url) {
        return envelope(page.rows(), page.total(), f, params, url);
    }

    /** An OParl external list: one page of objects, pagination and links that keep the filters. */
    static Map<String, Object> envelope(List<Map<String, Object>> data, long total, Filter f, Map<String, String> params, String url) {
        long pages = Math.max(1, (total + f.limit() - 1) / f.limit());
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("totalElements", total);
        pagination.put("elementsPerPage", f.limit());
        pagination.put("currentPage", f.page());
        pagination.put("totalPages", pages);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", link(url, params, 1));
        if (f.page() > 1) {
            links.put("prev", link(url, params, f.page() - 1));
        }
        if (f.page() < pages) {
            links.put("next", link(url, params, f.page() + 1));
        }
        links.put("last", link(url, params, pages));
        links.put("self", link(url, params, f.page()));
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("data", data);
        list.put("pagination", pagination);
        list.put("links", links);
        return list;
    }

    private static String link(String url, Map<String, String> params, long page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(url);
        params.forEach((k, v) -> {
            if (!k.equals("page") && Objects.nonNull(v)) {
                b.queryParam(k, v);
            }
        });
        return b.queryParam("page", page).encode().build().toUriString();
    }

    private static Instant instant(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, name + " muss ein Zeitpunkt nach ISO 8601 mit Zeitzone sein, z. B. 2026-01-01T00:00:00+01:00.");
        }
    }

    private static int integer(Map<String, String> params, String name, int fallback) {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, name + " muss eine ganze Zahl sein.");
        }
    }
}
