package de.pflegeregion.network.web.oparl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import de.pflegeregion.network.AgendaItem;
import de.pflegeregion.network.Attendance;
import de.pflegeregion.network.Decision;
import de.pflegeregion.network.Gremium;
import de.pflegeregion.network.Institution;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.MeetingState;
import de.pflegeregion.network.Membership;
import de.pflegeregion.network.Minutes;
import de.pflegeregion.network.Person;
import de.pflegeregion.network.internal.NetworkStore;
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
 * lists show such objects only to a client that asks for changes ({@code modified_since}).
 */
@RestController
class OparlApi {

    static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final MediaType JSON = MediaType.APPLICATION_JSON;
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final Tenants tenants;
    private final NetworkStore store;
    private final PdfRenderer pdf;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    OparlApi(Tenants tenants, NetworkStore store, PdfRenderer pdf) {
        this.tenants = tenants;
        this.store = store;
        this.pdf = pdf;
    }

    private static String root() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/oparl/v1.1").build().toUriString();
    }

    private static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    static String time(Instant i) {
        return OffsetDateTime.ofInstant(i.truncatedTo(ChronoUnit.SECONDS), CountyClock.ZONE).toString();
    }

    private static Map<String, Object> object(String id, String type, Instant created, Instant modified) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("type", SCHEMA + type);
        o.put("created", time(created));
        o.put("modified", time(modified));
        return o;
    }

    private static Map<String, Object> tombstone(String id, String type, Instant created, Instant modified) {
        Map<String, Object> o = object(id, type, created, modified);
        o.put("deleted", true);
        return o;
    }

    private ResponseEntity<Object> ok(Object body) {
        return ResponseEntity.ok().contentType(JSON).body(body);
    }

    // --- System and Body

    @GetMapping("/oparl/v1.1/system")
    ResponseEntity<Object> system() {
        Map<String, Object> o = object(root() + "/system", "System", bodiesCreated(), bodiesModified());
        o.put("oparlVersion", SCHEMA);
        o.put("body", root() + "/body");
        o.put("name", "Pflegeregion – Pflegenetzwerke");
        o.put("website", site() + "/");
        o.put("product", "https://pflegeregion.example/produkt");
        return ok(o);
    }

    private Instant bodiesCreated() {
        return tenants.all().stream().map(this::created).min(Comparator.naturalOrder()).orElse(started);
    }

    private Instant bodiesModified() {
        return tenants.all().stream().map(this::modified).max(Comparator.naturalOrder()).orElse(started);
    }

    @GetMapping("/oparl/v1.1/body")
    ResponseEntity<Object> bodies(@RequestParam Map<String, String> params) {
        return ok(page(tenants.all().stream().map(t -> new Entry(created(t), modified(t), body(t))).toList(), params, root() + "/body"));
    }

    @GetMapping("/oparl/v1.1/body/{b}")
    ResponseEntity<Object> body(@PathVariable String b) {
        return ok(body(tenant(b)));
    }

    private Tenant tenant(String b) {
        try {
            return tenants.byId(Long.parseLong(b)).orElseThrow(() -> new NotFoundException("Die Körperschaft " + b + " gibt es nicht."));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Die Körperschaft " + b + " gibt es nicht.");
        }
    }

    private String bodyUrl(Tenant t) {
        return root() + "/body/" + t.id();
    }

    private Map<String, Object> body(Tenant t) {
        String u = bodyUrl(t);
        Map<String, Object> o = object(u, "Body", created(t), modified(t));
        o.put("system", root() + "/system");
        o.put("name", t.name());
        o.put("shortName", t.name());
        if (t.kreisAgs() != null && !t.kreisAgs().isBlank()) {
            o.put("ags", t.kreisAgs());
        }
        o.put("website", site() + "/termine");
        o.put("organization", u + "/organization");
        o.put("person", u + "/person");
        o.put("meeting", u + "/meeting");
        o.put("paper", u + "/paper");
        o.put("legislativeTerm", legislativeTerms(t));
        o.put("legislativeTermList", u + "/legislativeTerm");
        o.put("membership", u + "/membership");
        o.put("agendaItem", u + "/agendaItem");
        o.put("file", u + "/file");
        o.put("locationList", u + "/location");
        o.put("classification", "Pflegenetzwerk");
        return o;
    }

    /** When the county's network began and last changed: its earliest and latest record. */
    private Instant created(Tenant t) {
        return Stream.of(store.gremien(t.id()).stream().map(Gremium::created), store.institutions(t.id()).stream().map(Institution::created),
                        store.persons(t.id()).stream().map(Person::created))
                .flatMap(Function.identity()).min(Comparator.naturalOrder()).orElse(started);
    }

    private Instant modified(Tenant t) {
        return Stream.of(store.gremien(t.id()).stream().map(Gremium::modified), store.meetings(t.id()).stream().map(Meeting::modified),
                        store.persons(t.id()).stream().map(Person::modified), store.institutions(t.id()).stream().map(Institution::modified))
                .flatMap(Function.identity()).max(Comparator.naturalOrder()).orElse(started);
    }

    // --- LegislativeTerm: the network works in years (the Kreistag report is yearly)

    private List<Map<String, Object>> legislativeTerms(Tenant t) {
        TreeSet<Integer> years = store.meetings(t.id()).stream().map(m -> m.start().atZone(CountyClock.ZONE).getYear())
                .collect(Collectors.toCollection(TreeSet::new));
        Instant c = created(t);
        Instant m = modified(t);
        List<Map<String, Object>> terms = new ArrayList<>();
        for (int y : years) {
            Map<String, Object> o = object(bodyUrl(t) + "/legislativeTerm/" + y, "LegislativeTerm", c, m);
            o.put("body", bodyUrl(t));
            o.put("name", "Arbeitsjahr " + y);
            o.put("startDate", y + "-01-01");
            o.put("endDate", y + "-12-31");
            terms.add(o);
        }
        return terms;
    }

    @GetMapping("/oparl/v1.1/body/{b}/legislativeTerm")
    ResponseEntity<Object> legislativeTermList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        return ok(page(legislativeTerms(t).stream().map(o -> new Entry(created(t), modified(t), o)).toList(), params,
                bodyUrl(t) + "/legislativeTerm"));
    }

    @GetMapping("/oparl/v1.1/body/{b}/legislativeTerm/{year}")
    ResponseEntity<Object> legislativeTerm(@PathVariable String b, @PathVariable int year) {
        Tenant t = tenant(b);
        return ok(legislativeTerms(t).stream().filter(o -> o.get("id").toString().endsWith("/" + year)).findFirst()
                .orElseThrow(() -> new NotFoundException("Das Arbeitsjahr " + year + " gibt es nicht.")));
    }

    // --- Organization: gremien ("Gremium") and member institutions ("Institution")

    private String gremiumUrl(Tenant t, long id) {
        return bodyUrl(t) + "/organization/g" + id;
    }

    private String institutionUrl(Tenant t, long id) {
        return bodyUrl(t) + "/organization/i" + id;
    }

    private Entry gremium(Tenant t, Gremium g, List<Membership> memberships, Map<Long, Person> persons) {
        String u = gremiumUrl(t, g.id());
        if (g.deleted()) {
            return new Entry(g.created(), g.modified(), tombstone(u, "Organization", g.created(), g.modified()), true);
        }
        Map<String, Object> o = object(u, "Organization", g.created(), g.modified());
        o.put("body", bodyUrl(t));
        o.put("name", g.name());
        o.put("organizationType", "Gremium");
        o.put("classification", g.type().label());
        o.put("membership", memberships.stream().filter(m -> m.gremiumId() == g.id() && visible(m, persons))
                .map(m -> membershipUrl(t, m.id())).toList());
        if (g.parentId() != null) {
            o.put("subOrganizationOf", gremiumUrl(t, g.parentId()));
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
        o.put("meeting", bodyUrl(t) + "/meeting?organization=g" + g.id());
        return new Entry(g.created(), g.modified(), o);
    }

    private Entry institution(Tenant t, Institution i) {
        String u = institutionUrl(t, i.id());
        if (i.deleted()) {
            return new Entry(i.created(), i.modified(), tombstone(u, "Organization", i.created(), i.modified()), true);
        }
        Map<String, Object> o = object(u, "Organization", i.created(), i.modified());
        o.put("body", bodyUrl(t));
        o.put("name", i.name());
        o.put("organizationType", "Institution");
        o.put("classification", i.group().label());
        o.put("membership", List.of());
        return new Entry(i.created(), i.modified(), o);
    }

    private List<Entry> organizations(Tenant t) {
        List<Membership> memberships = store.memberships(t.id());
        Map<Long, Person> persons = persons(t);
        List<Entry> all = new ArrayList<>();
        store.gremien(t.id()).forEach(g -> all.add(gremium(t, g, memberships, persons)));
        store.institutions(t.id()).forEach(i -> all.add(institution(t, i)));
        return all;
    }

    @GetMapping("/oparl/v1.1/body/{b}/organization")
    ResponseEntity<Object> organizationList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        return ok(page(organizations(t), params, bodyUrl(t) + "/organization"));
    }

    @GetMapping("/oparl/v1.1/body/{b}/organization/{key}")
    ResponseEntity<Object> organization(@PathVariable String b, @PathVariable String key) {
        Tenant t = tenant(b);
        long id = number(key.substring(1), "Organization");
        if (key.startsWith("g")) {
            Gremium g = store.gremium(t.id(), id).orElseThrow(() -> new NotFoundException("Die Organisation " + key + " gibt es nicht."));
            return ok(gremium(t, g, store.memberships(t.id()), persons(t)).object());
        }
        if (key.startsWith("i")) {
            Institution i = store.institution(t.id(), id).orElseThrow(() -> new NotFoundException("Die Organisation " + key + " gibt es nicht."));
            return ok(institution(t, i).object());
        }
        throw new NotFoundException("Die Organisation " + key + " gibt es nicht.");
    }

    private static long number(String s, String what) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new NotFoundException(what + " " + s + " gibt es nicht.");
        }
    }

    // --- Person and Membership: only with consent to publish

    private Map<Long, Person> persons(Tenant t) {
        return store.persons(t.id()).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    private static boolean published(Person p) {
        return p != null && p.publishConsent() && !p.deleted();
    }

    private static boolean visible(Membership m, Map<Long, Person> persons) {
        return !m.deleted() && published(persons.get(m.personId()));
    }

    private String personUrl(Tenant t, long id) {
        return bodyUrl(t) + "/person/" + id;
    }

    private String membershipUrl(Tenant t, long id) {
        return bodyUrl(t) + "/membership/" + id;
    }

    private Entry person(Tenant t, Person p, List<Membership> memberships, Map<Long, Person> persons) {
        String u = personUrl(t, p.id());
        if (!published(p)) {
            return new Entry(p.created(), p.modified(), tombstone(u, "Person", p.created(), p.modified()), true);
        }
        Map<String, Object> o = object(u, "Person", p.created(), p.modified());
        o.put("body", bodyUrl(t));
        o.put("name", p.name());
        o.put("membership", memberships.stream().filter(m -> m.personId() == p.id() && visible(m, persons))
                .map(m -> membership(t, m, persons).object()).toList());
        return new Entry(p.created(), p.modified(), o);
    }

    private Entry membership(Tenant t, Membership m, Map<Long, Person> persons) {
        String u = membershipUrl(t, m.id());
        if (!visible(m, persons)) {
            return new Entry(m.created(), m.modified(), tombstone(u, "Membership", m.created(), m.modified()), true);
        }
        Map<String, Object> o = object(u, "Membership", m.created(), m.modified());
        o.put("person", personUrl(t, m.personId()));
        o.put("organization", gremiumUrl(t, m.gremiumId()));
        o.put("role", m.role().label());
        o.put("votingRight", m.voting());
        if (m.from() != null) {
            o.put("startDate", m.from().toString());
        }
        if (m.until() != null) {
            o.put("endDate", m.until().toString());
        }
        if (m.onBehalfOf() != null) {
            o.put("onBehalfOf", institutionUrl(t, m.onBehalfOf()));
        }
        return new Entry(m.created(), m.modified(), o);
    }

    @GetMapping("/oparl/v1.1/body/{b}/person")
    ResponseEntity<Object> personList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        List<Membership> memberships = store.memberships(t.id());
        Map<Long, Person> persons = persons(t);
        return ok(page(persons.values().stream().sorted(Comparator.comparingLong(Person::id)).map(p -> person(t, p, memberships, persons))
                .toList(), params, bodyUrl(t) + "/person"));
    }

    @GetMapping("/oparl/v1.1/body/{b}/person/{id}")
    ResponseEntity<Object> person(@PathVariable String b, @PathVariable String id) {
        Tenant t = tenant(b);
        Person p = store.person(t.id(), number(id, "Person")).orElseThrow(() -> new NotFoundException("Die Person " + id + " gibt es nicht."));
        return ok(person(t, p, store.memberships(t.id()), persons(t)).object());
    }

    @GetMapping("/oparl/v1.1/body/{b}/membership")
    ResponseEntity<Object> membershipList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        Map<Long, Person> persons = persons(t);
        return ok(page(store.memberships(t.id()).stream().map(m -> membership(t, m, persons)).toList(), params, bodyUrl(t) + "/membership"));
    }

    @GetMapping("/oparl/v1.1/body/{b}/membership/{id}")
    ResponseEntity<Object> membership(@PathVariable String b, @PathVariable String id) {
        Tenant t = tenant(b);
        long n = number(id, "Mitgliedschaft");
        Membership m = store.memberships(t.id()).stream().filter(x -> x.id() == n).findFirst()
                .orElseThrow(() -> new NotFoundException("Die Mitgliedschaft " + id + " gibt es nicht."));
        return ok(membership(t, m, persons(t)).object());
    }

    // --- Meeting, AgendaItem, File, Location: public meetings only

    private String meetingUrl(Tenant t, long id) {
        return bodyUrl(t) + "/meeting/" + id;
    }

    private Entry meeting(Tenant t, Meeting m, Map<Long, Person> persons) {
        String u = meetingUrl(t, m.id());
        if (!m.isPublic() || m.deleted()) {
            return new Entry(m.created(), m.modified(), tombstone(u, "Meeting", m.created(), m.modified()), true);
        }
        Minutes minutes = store.minutes(m.id());
        Instant modified = minutes.modified() != null && minutes.modified().isAfter(m.modified()) ? minutes.modified() : m.modified();
        Map<String, Object> o = object(u, "Meeting", m.created(), modified);
        Gremium g = store.gremium(t.id(), m.gremiumId()).orElseThrow();
        o.put("name", g.name() + ": " + m.title());
        // OParl's suggested values are "terminiert", "eingeladen", "durchgeführt"; a cancelled meeting keeps its last one
        o.put("meetingState", m.state() == MeetingState.ABGESAGT ? "terminiert" : m.state().label());
        o.put("cancelled", m.state().cancelled());
        o.put("start", time(m.start()));
        o.put("end", time(m.end()));
        if (m.place() != null) {
            o.put("location", location(t, m));
        }
        o.put("organization", List.of(gremiumUrl(t, m.gremiumId())));
        if (m.state() == MeetingState.DURCHGEFUEHRT && minutes.published()) {
            Map<Long, Attendance> attendance = store.attendance(m.id()).stream().collect(Collectors.toMap(Attendance::personId, a -> a));
            o.put("participant", attendance.values().stream().filter(a -> a.status().counts())
                    .map(a -> a.representedBy() != null ? a.representedBy() : a.personId()).distinct()
                    .filter(p -> published(persons.get(p))).sorted().map(p -> personUrl(t, p)).toList());
        }
        if (m.state() == MeetingState.EINGELADEN || m.state() == MeetingState.DURCHGEFUEHRT) {
            o.put("invitation", file(t, m, "einladung", minutes));
        }
        if (minutes.published()) {
            o.put("resultsProtocol", file(t, m, "protokoll", minutes));
        }
        o.put("agendaItem", store.agenda(m.id()).stream().filter(AgendaItem::isPublic).map(a -> agendaItem(t, m, a, minutes)).toList());
        o.put("web", site() + "/termine/" + m.id());
        return new Entry(m.created(), modified, o);
    }

    private Map<String, Object> location(Tenant t, Meeting m) {
        Map<String, Object> o = object(bodyUrl(t) + "/location/" + m.id(), "Location", m.created(), m.modified());
        o.put("description", m.place() + (m.accessibility().isBlank() ? "" : " (" + m.accessibility() + ")"));
        o.put("meeting", List.of(meetingUrl(t, m.id())));
        return o;
    }

    private Map<String, Object> agendaItem(Tenant t, Meeting m, AgendaItem a, Minutes minutes) {
        Map<String, Object> o = object(bodyUrl(t) + "/agendaItem/" + a.id(), "AgendaItem", a.created(), a.modified());
        o.put("meeting", meetingUrl(t, m.id()));
        o.put("number", a.number());
        o.put("name", a.title());
        o.put("public", true);
        if (minutes.published()) {
            List<Decision> decisions = store.decisions(m.id()).stream().filter(d -> d.agendaItemId() == a.id()).toList();
            if (!decisions.isEmpty()) {
                o.put("result", decisions.stream().map(d -> d.result().label()).distinct().collect(Collectors.joining(", ")));
                o.put("resolutionText", decisions.stream().map(d -> d.text() + (d.votes().isEmpty() ? "" : " (" + d.votes() + ")"))
                        .collect(Collectors.joining("\n")));
            }
        }
        return o;
    }

    private Map<String, Object> file(Tenant t, Meeting m, String kind, Minutes minutes) {
        String u = bodyUrl(t) + "/file/" + m.id() + "-" + kind;
        Instant modified = kind.equals("protokoll") ? minutes.publishedAt() : m.modified();
        Map<String, Object> o = object(u, "File", m.created(), modified);
        o.put("name", (kind.equals("protokoll") ? "Protokoll " : "Einladung ") + m.title());
        o.put("fileName", kind + "-" + m.id() + ".pdf");
        o.put("mimeType", "application/pdf");
        o.put("date", m.start().atZone(CountyClock.ZONE).toLocalDate().toString());
        o.put("accessUrl", u + "/datei.pdf");
        o.put("downloadUrl", u + "/datei.pdf");
        o.put("meeting", List.of(meetingUrl(t, m.id())));
        return o;
    }

    private List<Entry> meetings(Tenant t, String organization) {
        Map<Long, Person> persons = persons(t);
        return store.meetings(t.id()).stream().sorted(Comparator.comparingLong(Meeting::id))
                .filter(m -> organization == null || organization.equals("g" + m.gremiumId()))
                .map(m -> meeting(t, m, persons)).toList();
    }

    @GetMapping("/oparl/v1.1/body/{b}/meeting")
    ResponseEntity<Object> meetingList(@PathVariable String b, @RequestParam Map<String, String> params,
                                       @RequestParam(required = false) String organization) {
        Tenant t = tenant(b);
        return ok(page(meetings(t, organization), params, bodyUrl(t) + "/meeting"));
    }

    @GetMapping("/oparl/v1.1/body/{b}/meeting/{id}")
    ResponseEntity<Object> meeting(@PathVariable String b, @PathVariable String id) {
        Tenant t = tenant(b);
        Meeting m = store.meeting(t.id(), number(id, "Sitzung")).orElseThrow(() -> new NotFoundException("Die Sitzung " + id + " gibt es nicht."));
        return ok(meeting(t, m, persons(t)).object());
    }

    private Optional<Meeting> publicMeeting(Tenant t, long id) {
        return store.meeting(t.id(), id).filter(m -> m.isPublic() && !m.deleted());
    }

    @GetMapping("/oparl/v1.1/body/{b}/agendaItem")
    ResponseEntity<Object> agendaItemList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        List<Entry> items = new ArrayList<>();
        for (Meeting m : store.meetings(t.id()).stream().filter(m -> m.isPublic() && !m.deleted()).sorted(Comparator.comparingLong(Meeting::id)).toList()) {
            Minutes minutes = store.minutes(m.id());
            store.agenda(m.id()).stream().filter(AgendaItem::isPublic)
                    .forEach(a -> items.add(new Entry(a.created(), a.modified(), agendaItem(t, m, a, minutes))));
        }
        return ok(page(items, params, bodyUrl(t) + "/agendaItem"));
    }

    @GetMapping("/oparl/v1.1/body/{b}/agendaItem/{id}")
    ResponseEntity<Object> agendaItem(@PathVariable String b, @PathVariable String id) {
        Tenant t = tenant(b);
        long n = number(id, "TOP");
        AgendaItem a = store.agendaItems(t.id()).stream().filter(x -> x.id() == n && x.isPublic()).findFirst()
                .orElseThrow(() -> new NotFoundException("Den TOP " + id + " gibt es nicht."));
        Meeting m = publicMeeting(t, a.meetingId()).orElseThrow(() -> new NotFoundException("Den TOP " + id + " gibt es nicht."));
        return ok(agendaItem(t, m, a, store.minutes(m.id())));
    }

    private List<Entry> files(Tenant t) {
        List<Entry> files = new ArrayList<>();
        for (Meeting m : store.meetings(t.id()).stream().filter(m -> m.isPublic() && !m.deleted()).sorted(Comparator.comparingLong(Meeting::id)).toList()) {
            Minutes minutes = store.minutes(m.id());
            if (m.state() == MeetingState.EINGELADEN || m.state() == MeetingState.DURCHGEFUEHRT) {
                files.add(new Entry(m.created(), m.modified(), file(t, m, "einladung", minutes)));
            }
            if (minutes.published()) {
                files.add(new Entry(m.created(), minutes.publishedAt(), file(t, m, "protokoll", minutes)));
            }
        }
        return files;
    }

    @GetMapping("/oparl/v1.1/body/{b}/file")
    ResponseEntity<Object> fileList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        return ok(page(files(t), params, bodyUrl(t) + "/file"));
    }

    @GetMapping("/oparl/v1.1/body/{b}/file/{key}")
    ResponseEntity<Object> file(@PathVariable String b, @PathVariable String key) {
        Tenant t = tenant(b);
        String u = bodyUrl(t) + "/file/" + key;
        return ok(files(t).stream().map(Entry::object).filter(o -> o.get("id").equals(u)).findFirst()
                .orElseThrow(() -> new NotFoundException("Die Datei " + key + " gibt es nicht.")));
    }

    @GetMapping(value = "/oparl/v1.1/body/{b}/file/{key}/datei.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> filePdf(@PathVariable String b, @PathVariable String key) {
        Tenant t = tenant(b);
        int dash = key.indexOf('-');
        String id = dash < 0 ? key : key.substring(0, dash);
        String kind = dash < 0 ? "" : key.substring(dash + 1);
        Meeting m = publicMeeting(t, number(id, "Datei")).orElseThrow(() -> new NotFoundException("Die Datei gibt es nicht."));
        Minutes minutes = store.minutes(m.id());
        boolean protocol = kind.equals("protokoll");
        if (!(protocol && minutes.published() || kind.equals("einladung") && (m.state() == MeetingState.EINGELADEN || m.state() == MeetingState.DURCHGEFUEHRT))) {
            throw new NotFoundException("Die Datei gibt es nicht.");
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("tenant", t);
        v.put("meeting", m);
        v.put("gremium", store.gremium(t.id(), m.gremiumId()).orElseThrow());
        v.put("agenda", store.agenda(m.id()).stream().filter(AgendaItem::isPublic).toList());
        v.put("protocol", protocol);
        v.put("decisions", protocol ? store.decisions(m.id()).stream().collect(Collectors.groupingBy(Decision::agendaItemId)) : Map.of());
        v.put("when", de.pflegeregion.network.internal.Gremien.when(m.start()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf.render("network/meeting-pdf", v));
    }

    @GetMapping("/oparl/v1.1/body/{b}/location")
    ResponseEntity<Object> locationList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        return ok(page(store.meetings(t.id()).stream().filter(m -> m.isPublic() && !m.deleted() && m.place() != null)
                .sorted(Comparator.comparingLong(Meeting::id)).map(m -> new Entry(m.created(), m.modified(), location(t, m))).toList(),
                params, bodyUrl(t) + "/location"));
    }

    @GetMapping("/oparl/v1.1/body/{b}/location/{id}")
    ResponseEntity<Object> location(@PathVariable String b, @PathVariable String id) {
        Tenant t = tenant(b);
        Meeting m = publicMeeting(t, number(id, "Ort")).filter(x -> x.place() != null)
                .orElseThrow(() -> new NotFoundException("Den Ort " + id + " gibt es nicht."));
        return ok(location(t, m));
    }

    // --- Paper: the Maßnahmenplan and the Kreistag report (their pages belong to the Maßnahmenplan part)

    private List<Entry> papers(Tenant t) {
        if (store.gremien(t.id()).isEmpty()) {
            return List.of();
        }
        Instant c = created(t);
        Instant m = modified(t);
        List<Entry> papers = new ArrayList<>();
        papers.add(new Entry(c, m, paper(t, "massnahmenplan", "Maßnahmenplan " + t.name(), "Maßnahmenplan", site() + "/massnahmen", c, m)));
        papers.add(new Entry(c, m, paper(t, "kreistagsbericht", "Bericht des Pflegenetzwerks an den Kreistag", "Bericht",
                site() + "/netzwerk/bericht", c, m)));
        return papers;
    }

    private Map<String, Object> paper(Tenant t, String key, String name, String type, String web, Instant c, Instant m) {
        Map<String, Object> o = object(bodyUrl(t) + "/paper/" + key, "Paper", c, m);
        o.put("body", bodyUrl(t));
        o.put("name", name);
        o.put("reference", key);
        o.put("paperType", type);
        o.put("web", web);
        return o;
    }

    @GetMapping("/oparl/v1.1/body/{b}/paper")
    ResponseEntity<Object> paperList(@PathVariable String b, @RequestParam Map<String, String> params) {
        Tenant t = tenant(b);
        return ok(page(papers(t), params, bodyUrl(t) + "/paper"));
    }

    @GetMapping("/oparl/v1.1/body/{b}/paper/{key}")
    ResponseEntity<Object> paper(@PathVariable String b, @PathVariable String key) {
        Tenant t = tenant(b);
        String u = bodyUrl(t) + "/paper/" + key;
        return ok(papers(t).stream().map(Entry::object).filter(o -> o.get("id").equals(u)).findFirst()
                .orElseThrow(() -> new NotFoundException("Die Drucksache " + key + " gibt es nicht.")));
    }

    // --- lists

    record Entry(Instant created, Instant modified, Map<String, Object> object, boolean hidden) {
        Entry(Instant created, Instant modified, Map<String, Object> object) {
            this(created, modified, object, false);
        }
    }

    /** An OParl external list: filters, page of {@code limit} objects, pagination and links that keep the filters. */
    static Map<String, Object> page(List<Entry> all, Map<String, String> params, String url) {
        Instant modifiedSince = instant(params, "modified_since");
        Instant createdSince = instant(params, "created_since");
        Instant modifiedUntil = instant(params, "modified_until");
        Instant createdUntil = instant(params, "created_until");
        int limit = integer(params, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "limit muss zwischen 1 und " + MAX_LIMIT + " liegen.");
        }
        int pageNo = integer(params, "page", 1);
        if (pageNo < 1) {
            throw new InvalidInput("page", "page beginnt bei 1.");
        }
        List<Map<String, Object>> matching = all.stream()
                // objects no longer public are shown only to clients that synchronise changes
                .filter(e -> !e.hidden() || modifiedSince != null)
                .filter(e -> modifiedSince == null || !e.modified().isBefore(modifiedSince))
                .filter(e -> createdSince == null || !e.created().isBefore(createdSince))
                .filter(e -> modifiedUntil == null || !e.modified().isAfter(modifiedUntil))
                .filter(e -> createdUntil == null || !e.created().isAfter(createdUntil))
                .map(Entry::object).toList();
        int total = matching.size();
        int pages = Math.max(1, (total + limit - 1) / limit);
        List<Map<String, Object>> data = matching.subList(Math.min(total, (pageNo - 1) * limit), Math.min(total, pageNo * limit));
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("totalElements", total);
        pagination.put("elementsPerPage", limit);
        pagination.put("currentPage", pageNo);
        pagination.put("totalPages", pages);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", link(url, params, 1));
        if (pageNo > 1) {
            links.put("prev", link(url, params, pageNo - 1));
        }
        if (pageNo < pages) {
            links.put("next", link(url, params, pageNo + 1));
        }
        links.put("last", link(url, params, pages));
        links.put("self", link(url, params, pageNo));
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("data", data);
        list.put("pagination", pagination);
        list.put("links", links);
        return list;
    }

    private static String link(String url, Map<String, String> params, int page) {
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
