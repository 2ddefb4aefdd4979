package de.pflegeregion.network.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.ObjectMapper;

import de.pflegeregion.network.ActorGroup;
import de.pflegeregion.network.Gremium;
import de.pflegeregion.network.GremiumType;
import de.pflegeregion.network.Institution;
import de.pflegeregion.network.MemberRole;
import de.pflegeregion.network.Membership;
import de.pflegeregion.network.Person;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.network.internal.MailOutbox;
import de.pflegeregion.network.internal.NetworkStore;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;

/**
 * The coordinator's pages for the network's structure: the landing page, institutions, persons (with consent,
 * account link, GDPR export and erasure), gremien and their memberships, and the outbox of mails.
 */
@Controller
class StructurePages {

    private final NetworkAccess access;
    private final NetworkStore store;
    private final Gremien gremien;
    private final MailOutbox outbox;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ObjectMapper json;

    StructurePages(NetworkAccess access, Gremien gremien, MailOutbox outbox, Accounts accounts, AuditLog audit, ObjectMapper json) {
        this.access = access;
        this.store = gremien.store();
        this.gremien = gremien;
        this.outbox = outbox;
        this.accounts = accounts;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping("/netzwerk")
    String home(Authentication auth, Model model) {
        Tenant county = access.coordinator(auth);
        model.addAttribute("tenant", county);
        model.addAttribute("gremienCount", store.gremien(county.id()).stream().filter(g -> !g.deleted()).count());
        model.addAttribute("personCount", store.persons(county.id()).stream().filter(p -> !p.deleted()).count());
        model.addAttribute("institutionCount", store.institutions(county.id()).stream().filter(i -> !i.deleted()).count());
        model.addAttribute("upcoming", store.meetings(county.id()).stream()
                .filter(m -> !m.deleted() && m.start().isAfter(java.time.Instant.now())).count());
        model.addAttribute("openMails", outbox.open(county.id()).size());
        return "network/home";
    }

    // --- institutions

    @GetMapping("/netzwerk/institutionen")
    String institutions(Authentication auth, Model model) {
        return institutionsPage(access.coordinator(auth), model, Map.of(), Map.of());
    }

    @PostMapping("/netzwerk/institutionen")
    String createInstitution(@Valid NetworkForms.InstitutionForm form, BindingResult result, @RequestParam Map<String, String> sent,
                             Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        if (result.hasErrors()) {
            response.setStatus(400);
            return institutionsPage(county, model, NetworkForms.errors(result), sent);
        }
        long id = store.createInstitution(county.id(), form.name().strip(), form.group(), NetworkForms.blankToNull(form.seatAgs()), null);
        audit.record(county.id(), auth.getName(), "network.institution.create", "network_institution", Long.toString(id), null, form.name());
        redirect.addFlashAttribute("done", "Die Institution „" + form.name().strip() + "“ ist angelegt.");
        return "redirect:/netzwerk/institutionen";
    }

    private String institutionsPage(Tenant county, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("tenant", county);
        model.addAttribute("institutions", store.institutions(county.id()).stream().filter(i -> !i.deleted()).toList());
        model.addAttribute("groups", ActorGroup.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "network/institutions";
    }

    // --- persons

    @GetMapping("/netzwerk/personen")
    String persons(Authentication auth, Model model) {
        return personsPage(access.coordinator(auth), model, Map.of(), Map.of());
    }

    @PostMapping("/netzwerk/personen")
    String createPerson(@Valid NetworkForms.PersonForm form, BindingResult result, @RequestParam Map<String, String> sent,
                        Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        if (result.hasErrors()) {
            response.setStatus(400);
            return personsPage(county, model, NetworkForms.errors(result), sent);
        }
        long id = store.createPerson(county.id(), form.name().strip(), NetworkForms.blankToNull(form.email()),
                NetworkForms.blankToNull(form.phone()), form.publishConsent(), form.mailConsent(), ownInstitutions(county, form.institutionIds()));
        audit.record(county.id(), auth.getName(), "network.person.create", "network_person", Long.toString(id), null, null);
        redirect.addFlashAttribute("done", "Die Person ist angelegt.");
        return "redirect:/netzwerk/personen/" + id;
    }

    private List<Long> ownInstitutions(Tenant county, List<Long> ids) {
        List<Long> own = store.institutions(county.id()).stream().map(Institution::id).toList();
        return ids.stream().filter(own::contains).distinct().toList();
    }

    private String personsPage(Tenant county, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("tenant", county);
        model.addAttribute("persons", store.persons(county.id()).stream().filter(p -> !p.deleted()).toList());
        model.addAttribute("institutions", store.institutions(county.id()).stream().filter(i -> !i.deleted()).toList());
        model.addAttribute("institutionNames", institutionNames(county));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "network/persons";
    }

    Map<Long, String> institutionNames(Tenant county) {
        return store.institutions(county.id()).stream().collect(Collectors.toMap(Institution::id, Institution::name));
    }

    @GetMapping("/netzwerk/personen/{id}")
    String person(@PathVariable long id, Authentication auth, Model model) {
        Tenant county = access.coordinator(auth);
        Person p = store.person(county.id(), id).filter(x -> !x.deleted()).orElseThrow(NetworkAccess::notFound);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", p.name());
        values.put("email", p.email() == null ? "" : p.email());
        values.put("phone", p.phone() == null ? "" : p.phone());
        if (p.publishConsent()) {
            values.put("publishConsent", "true");
        }
        if (p.mailConsent()) {
            values.put("mailConsent", "true");
        }
        return personPage(county, p, model, Map.of(), values);
    }

    @PostMapping("/netzwerk/personen/{id}")
    String updatePerson(@PathVariable long id, @Valid NetworkForms.PersonForm form, BindingResult result,
                        @RequestParam Map<String, String> sent, Authentication auth, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        Person p = store.person(county.id(), id).filter(x -> !x.deleted()).orElseThrow(NetworkAccess::notFound);
        if (result.hasErrors()) {
            response.setStatus(400);
            return personPage(county, p, model, NetworkForms.errors(result), sent);
        }
        store.updatePerson(county.id(), id, form.name().strip(), NetworkForms.blankToNull(form.email()), NetworkForms.blankToNull(form.phone()),
                form.publishConsent(), form.mailConsent(), ownInstitutions(county, form.institutionIds()));
        audit.record(county.id(), auth.getName(), "network.person.update", "network_person", Long.toString(id),
                json.writeValueAsString(Map.of("publishConsent", p.publishConsent(), "mailConsent", p.mailConsent())),
                json.writeValueAsString(Map.of("publishConsent", form.publishConsent(), "mailConsent", form.mailConsent())));
        redirect.addFlashAttribute("done", "Die Angaben sind gespeichert.");
        return "redirect:/netzwerk/personen/" + id;
    }

    @PostMapping("/netzwerk/personen/{id}/konto")
    String linkAccount(@PathVariable long id, @RequestParam(required = false) String username, Authentication auth,
                       RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        store.person(county.id(), id).filter(x -> !x.deleted()).orElseThrow(NetworkAccess::notFound);
        if (username == null || username.isBlank()) {
            store.linkAccount(county.id(), id, null);
            redirect.addFlashAttribute("done", "Die Verknüpfung mit dem Konto ist aufgehoben.");
            return "redirect:/netzwerk/personen/" + id;
        }
        Account account = accounts.byUsername(username.strip()).filter(a -> a.tenantId() != null && a.tenantId() == county.id())
                .filter(a -> a.has(Role.MEMBER)).orElse(null);
        if (account == null) {
            redirect.addFlashAttribute("problem", "Konto: Es gibt in Ihrem Landkreis kein Konto „" + username.strip()
                    + "“ mit der Rolle Netzwerkmitglied.");
        } else if (store.personOfAccount(account.id()).filter(o -> o.id() != id).isPresent()) {
            redirect.addFlashAttribute("problem", "Konto: Das Konto „" + account.username() + "“ gehört schon zu einer anderen Person.");
        } else {
            store.linkAccount(county.id(), id, account.id());
            redirect.addFlashAttribute("done", "Die Person meldet sich jetzt mit dem Konto „" + account.username() + "“ an.");
        }
        return "redirect:/netzwerk/personen/" + id;
    }

    /** GDPR Art. 15 / 20: everything the network keeps about the person, as JSON. */
    @GetMapping("/netzwerk/personen/{id}/daten.json")
    ResponseEntity<byte[]> export(@PathVariable long id, Authentication auth) {
        Tenant county = access.coordinator(auth);
        Person p = store.person(county.id(), id).filter(x -> !x.deleted()).orElseThrow(NetworkAccess::notFound);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("person", Map.of("id", p.id(), "name", p.name(), "email", String.valueOf(p.email()), "phone", String.valueOf(p.phone()),
                "publishConsent", p.publishConsent(), "mailConsent", p.mailConsent(), "created", p.created().toString(),
                "modified", p.modified().toString()));
        Map<Long, String> inst = institutionNames(county);
        data.put("institutions", p.institutionIds().stream().map(inst::get).toList());
        Map<Long, Gremium> g = store.gremien(county.id()).stream().collect(Collectors.toMap(Gremium::id, Function.identity()));
        data.put("memberships", store.membershipsOfPerson(p.id()).stream().map(m -> Map.of("gremium", g.get(m.gremiumId()).name(),
                "role", m.role().label(), "voting", m.voting(), "from", String.valueOf(m.from()), "until", String.valueOf(m.until()))).toList());
        data.put("invitations", store.invitationsOf(p.id()).stream().map(i -> Map.of("meeting", i.meetingId(), "rsvp", i.rsvp().label())).toList());
        data.put("tasks", store.tasksOf(p.id()).stream().map(t -> Map.of("title", t.title(), "due", String.valueOf(t.due()),
                "status", t.status().label())).toList());
        audit.record(county.id(), auth.getName(), "network.person.export", "network_person", Long.toString(id), null, null);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("person-" + id + ".json").build().toString())
                .body(json.writeValueAsString(data).getBytes(StandardCharsets.UTF_8));
    }

    /** GDPR Art. 17: name and contact are erased, memberships end; public pages and OParl stop showing the person at once. */
    @PostMapping("/netzwerk/personen/{id}/loeschen")
    @Transactional
    String erase(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        store.person(county.id(), id).filter(x -> !x.deleted()).orElseThrow(NetworkAccess::notFound);
        store.erasePerson(county.id(), id);
        audit.record(county.id(), auth.getName(), "network.person.erase", "network_person", Long.toString(id), null, null);
        redirect.addFlashAttribute("done", "Die Daten der Person sind gelöscht.");
        return "redirect:/netzwerk/personen";
    }

    private String personPage(Tenant county, Person p, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("tenant", county);
        model.addAttribute("person", p);
        model.addAttribute("institutions", store.institutions(county.id()).stream().filter(i -> !i.deleted()).toList());
        model.addAttribute("account", p.accountId() == null ? null : accounts.byId(p.accountId()).orElse(null));
        Map<Long, Gremium> g = store.gremien(county.id()).stream().collect(Collectors.toMap(Gremium::id, Function.identity()));
        model.addAttribute("memberships", store.membershipsOfPerson(p.id()));
        model.addAttribute("gremien", g);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "network/person";
    }

    // --- gremien

    @GetMapping("/netzwerk/gremien")
    String gremienList(Authentication auth, Model model) {
        return gremienPage(access.coordinator(auth), model, Map.of(), Map.of());
    }

    @PostMapping("/netzwerk/gremien")
    String createGremium(@Valid NetworkForms.GremiumForm form, BindingResult result, @RequestParam Map<String, String> sent,
                         Authentication auth, Model model, HttpServletResponse response) {
        Tenant county = access.coordinator(auth);
        if (NetworkForms.bound(form, result) && form.start() != null && form.end() != null && form.end().isBefore(form.start())) {
            result.rejectValue("end", "order", "Ende: Das Ende liegt vor dem Beginn.");
        }
        if (NetworkForms.bound(form, result) && form.parentId() != null && store.gremium(county.id(), form.parentId()).isEmpty()) {
            result.rejectValue("parentId", "unknown", "Übergeordnetes Gremium: Dieses Gremium gibt es nicht.");
        }
        if (result.hasErrors()) {
            response.setStatus(400);
            return gremienPage(county, model, NetworkForms.errors(result), sent);
        }
        long id = store.createGremium(county.id(), form.name().strip(), form.type(), form.parentId(), NetworkForms.blankToNull(form.topic()),
                NetworkForms.blankToNull(form.handlungsfelder()), form.start(), form.end());
        audit.record(county.id(), auth.getName(), "network.gremium.create", "network_gremium", Long.toString(id), null, form.name());
        return "redirect:/netzwerk/gremien/" + id;
    }

    private String gremienPage(Tenant county, Model model, Map<String, String> errors, Map<String, String> values) {
        List<Gremium> all = store.gremien(county.id()).stream().filter(g -> !g.deleted()).toList();
        model.addAttribute("tenant", county);
        model.addAttribute("gremien", all);
        model.addAttribute("gremiumNames", all.stream().collect(Collectors.toMap(Gremium::id, Gremium::name)));
        model.addAttribute("memberCounts", all.stream().collect(Collectors.toMap(Gremium::id,
                g -> store.membershipsOf(g.id()).stream().filter(m -> m.activeOn(gremien.today())).count())));
        model.addAttribute("types", GremiumType.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "network/gremien";
    }

    @GetMapping("/netzwerk/gremien/{id}")
    String gremium(@PathVariable long id, Authentication auth, Model model) {
        Tenant county = access.coordinator(auth);
        return gremiumPage(county, id, model, Map.of(), Map.of());
    }

    @PostMapping("/netzwerk/gremien/{id}/mitglieder")
    String addMember(@PathVariable long id, @Valid NetworkForms.MembershipForm form, BindingResult result,
                     @RequestParam Map<String, String> sent, Authentication auth, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        store.gremium(county.id(), id).filter(g -> !g.deleted()).orElseThrow(NetworkAccess::notFound);
        boolean bound = NetworkForms.bound(form, result);
        if (bound && form.personId() != null && store.person(county.id(), form.personId()).filter(p -> !p.deleted()).isEmpty()) {
            result.rejectValue("personId", "unknown", "Person: Diese Person gibt es nicht.");
        }
        if (bound && form.deputyPersonId() != null && (store.person(county.id(), form.deputyPersonId()).filter(p -> !p.deleted()).isEmpty()
                || form.deputyPersonId().equals(form.personId()))) {
            result.rejectValue("deputyPersonId", "unknown", "Stellvertretung: Bitte eine andere Person als das Mitglied wählen.");
        }
        if (bound && form.onBehalfOf() != null && store.institution(county.id(), form.onBehalfOf()).isEmpty()) {
            result.rejectValue("onBehalfOf", "unknown", "Für Institution: Diese Institution gibt es nicht.");
        }
        if (bound && form.from() != null && form.until() != null && form.until().isBefore(form.from())) {
            result.rejectValue("until", "order", "Mitglied bis: Das Ende liegt vor dem Beginn.");
        }
        if (result.hasErrors()) {
            response.setStatus(400);
            return gremiumPage(county, id, model, NetworkForms.errors(result), sent);
        }
        store.addMembership(id, form.personId(), form.onBehalfOf(), form.role(), form.voting(), form.deputyPersonId(),
                form.from(), form.until());
        audit.record(county.id(), auth.getName(), "network.membership.create", "network_gremium", Long.toString(id), null,
                "person " + form.personId());
        redirect.addFlashAttribute("done", "Das Mitglied ist eingetragen.");
        return "redirect:/netzwerk/gremien/" + id;
    }

    @PostMapping("/netzwerk/gremien/{id}/mitglieder/{membershipId}/beenden")
    String endMembership(@PathVariable long id, @PathVariable long membershipId, Authentication auth, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        store.gremium(county.id(), id).orElseThrow(NetworkAccess::notFound);
        store.endMembership(id, membershipId, gremien.today().minusDays(1));
        redirect.addFlashAttribute("done", "Die Mitgliedschaft endet mit dem gestrigen Tag.");
        return "redirect:/netzwerk/gremien/" + id;
    }

    private String gremiumPage(Tenant county, long id, Model model, Map<String, String> errors, Map<String, String> values) {
        Gremium g = store.gremium(county.id(), id).filter(x -> !x.deleted()).orElseThrow(NetworkAccess::notFound);
        List<Person> persons = store.persons(county.id()).stream().filter(p -> !p.deleted()).toList();
        model.addAttribute("tenant", county);
        model.addAttribute("gremium", g);
        model.addAttribute("parent", g.parentId() == null ? null : store.gremium(county.id(), g.parentId()).orElse(null));
        List<Membership> memberships = store.membershipsOf(id).stream().filter(m -> !m.deleted()).toList();
        model.addAttribute("memberships", memberships);
        model.addAttribute("today", gremien.today());
        model.addAttribute("persons", persons);
        model.addAttribute("personNames", persons.stream().collect(Collectors.toMap(Person::id, Person::name)));
        model.addAttribute("institutions", store.institutions(county.id()).stream().filter(i -> !i.deleted()).toList());
        model.addAttribute("institutionNames", institutionNames(county));
        model.addAttribute("meetings", store.meetingsOf(id));
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "network/gremium";
    }

    // --- outbox

    @GetMapping("/netzwerk/post")
    String outbox(Authentication auth, Model model) {
        Tenant county = access.coordinator(auth);
        model.addAttribute("tenant", county);
        model.addAttribute("open", outbox.open(county.id()));
        model.addAttribute("sent", outbox.recentlySent(county.id(), 30));
        return "network/outbox";
    }

    @PostMapping("/netzwerk/post/{id}/gesendet")
    String sentByHand(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        if (!outbox.markSentByHand(county.id(), id)) {
            throw NetworkAccess.notFound();
        }
        redirect.addFlashAttribute("done", "Die Mail ist als von Hand gesendet vermerkt.");
        return "redirect:/netzwerk/post";
    }
}
