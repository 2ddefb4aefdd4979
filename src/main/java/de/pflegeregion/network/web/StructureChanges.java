package de.pflegeregion.network.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import de.pflegeregion.network.MeetingState;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.network.internal.NetworkStore;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Tenant;

/**
 * The coordinator changes or deletes a gremium or an institution. Deleting asks once more on its own page and
 * leaves a tombstone, so OParl reports the object as deleted; a gremium with meetings still ahead, or with
 * gremien below it, cannot be deleted until those are settled.
 */
@Controller
class StructureChanges {

    private final NetworkAccess access;
    private final NetworkStore store;
    private final AuditLog audit;
    private final ObjectMapper json;

    StructureChanges(NetworkAccess access, Gremien gremien, AuditLog audit, ObjectMapper json) {
        this.access = access;
        this.store = gremien.store();
        this.audit = audit;
        this.json = json;
    }

    /** Audit states are JSON, as the county admin's audit page reads them. */
    private String named(String name) {
        return name == null ? null : json.writeValueAsString(Map.of("name", name));
    }

    /** Records an update or delete of a gremium or an institution ({@code kind}) by name before and after. */
    private void audited(Tenant county, Authentication auth, String kind, String verb, long id, String before, String after) {
        audit.record(county.id(), auth.getName(), "network." + kind + "." + verb, "network_" + kind, Long.toString(id), named(before), named(after));
    }

    /** What the change page of a gremium or an institution shows around its fields. */
    private record EditPage(String kind, String heading, String back, String backLabel, String action, String deleteHint) {
    }

    private static String editPage(Tenant county, EditPage page, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("tenant", county);
        model.addAttribute("kind", page.kind());
        model.addAttribute("heading", page.heading());
        model.addAttribute("back", page.back());
        model.addAttribute("backLabel", page.backLabel());
        model.addAttribute("action", page.action());
        model.addAttribute("deleteHint", page.deleteHint());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "network/structure-edit";
    }

    // --- gremien

    private Gremium gremium(Tenant county, long id) {
        return store.gremium(county.id(), id).filter(g -> !g.deleted()).orElseThrow(NetworkAccess::notFound);
    }

    @GetMapping("/netzwerk/gremien/{id}/aendern")
    String gremiumForm(@PathVariable long id, Authentication auth, Model model) {
        Tenant county = access.coordinator(auth);
        Gremium g = gremium(county, id);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", g.name());
        v.put("type", g.type().name());
        v.put("parentId", g.parentId() == null ? "" : g.parentId().toString());
        v.put("topic", g.topic() == null ? "" : g.topic());
        v.put("handlungsfelder", g.handlungsfelder() == null ? "" : g.handlungsfelder());
        v.put("start", g.start() == null ? "" : g.start().toString());
        v.put("end", g.end() == null ? "" : g.end().toString());
        return gremiumPage(county, g, model, Map.of(), v);
    }

    @PostMapping("/netzwerk/gremien/{id}/aendern")
    String changeGremium(@PathVariable long id, @Valid NetworkForms.GremiumForm form, BindingResult result, @RequestParam Map<String, String> sent,
                         Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        // an unknown id is a 404 before anything about the body is said, as on every other page
        Gremium g = gremium(county, id);
        if (NetworkForms.bound(form, result)) {
            if (form.start() != null && form.end() != null && form.end().isBefore(form.start())) {
                result.rejectValue("end", "order", "Ende: Das Ende liegt vor dem Beginn.");
            }
            if (form.parentId() != null && !possibleParents(county, g).stream().map(Gremium::id).toList().contains(form.parentId())) {
                result.rejectValue("parentId", "unknown", "Gehört zu: Bitte ein anderes Gremium wählen – nicht dieses selbst und keines, das darunter steht.");
            }
        }
        if (result.hasErrors()) {
            response.setStatus(400);
            return gremiumPage(county, g, model, NetworkForms.errors(result), sent);
        }
        store.updateGremium(county.id(), id, form.name().strip(), form.type(), form.parentId(), NetworkForms.blankToNull(form.topic()),
                NetworkForms.blankToNull(form.handlungsfelder()), form.start(), form.end());
        audited(county, auth, "gremium", "update", id, g.name(), form.name().strip());
        redirect.addFlashAttribute("done", "Die Angaben des Gremiums sind gespeichert.");
        return "redirect:/netzwerk/gremien/" + id;
    }

    /** Every gremium but this one and those below it, so the tree stays a tree. */
    private List<Gremium> possibleParents(Tenant county, Gremium g) {
        List<Gremium> all = store.gremien(county.id()).stream().filter(x -> !x.deleted()).toList();
        Set<Long> below = new HashSet<>(Set.of(g.id()));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Gremium x : all) {
                if (x.parentId() != null && below.contains(x.parentId()) && below.add(x.id())) {
                    grew = true;
                }
            }
        }
        return all.stream().filter(x -> !below.contains(x.id())).toList();
    }

    private String gremiumPage(Tenant county, Gremium g, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("gremien", possibleParents(county, g));
        model.addAttribute("types", GremiumType.values());
        return editPage(county, new EditPage("gremium", g.name() + " ändern", "/netzwerk/gremien/" + g.id(), g.name(),
                "/netzwerk/gremien/" + g.id() + "/aendern",
                "Ein gelöschtes Gremium verschwindet aus den Listen; durchgeführte Sitzungen und ihre Protokolle bleiben erhalten."), model, errors, values);
    }

    @GetMapping("/netzwerk/gremien/{id}/loeschen")
    String confirmGremium(@PathVariable long id, Authentication auth, Model model) {
        Tenant county = access.coordinator(auth);
        return gremiumConfirmation(county, gremium(county, id), model);
    }

    @PostMapping("/netzwerk/gremien/{id}/loeschen")
    @Transactional
    String deleteGremium(@PathVariable long id, Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        Gremium g = gremium(county, id);
        if (gremiumBlocked(county, g) != null) {
            response.setStatus(409);
            return gremiumConfirmation(county, g, model);
        }
        store.deleteGremium(county.id(), id);
        audited(county, auth, "gremium", "delete", id, g.name(), null);
        redirect.addFlashAttribute("done", "Das Gremium „" + g.name() + "“ ist gelöscht.");
        return "redirect:/netzwerk/gremien";
    }

    /** Why the gremium cannot be deleted now, or null. */
    private String gremiumBlocked(Tenant county, Gremium g) {
        long ahead = store.meetingsOf(g.id()).stream()
                .filter(m -> !m.deleted() && (m.state() == MeetingState.TERMINIERT || m.state() == MeetingState.EINGELADEN)).count();
        if (ahead > 0) {
            return "Das Gremium hat noch " + (ahead == 1 ? "eine geplante Sitzung" : ahead + " geplante Sitzungen")
                    + ". Bitte sagen Sie sie zuerst ab oder vermerken Sie sie als durchgeführt.";
        }
        List<String> children = store.gremien(county.id()).stream().filter(x -> !x.deleted() && Long.valueOf(g.id()).equals(x.parentId()))
                .map(Gremium::name).toList();
        if (!children.isEmpty()) {
            return "Zu diesem Gremium gehören noch: " + String.join(", ", children) + ". Bitte ordnen Sie sie zuerst einem anderen Gremium zu.";
        }
        return null;
    }

    private String gremiumConfirmation(Tenant county, Gremium g, Model model) {
        long members = store.membershipsOf(g.id()).stream().filter(m -> !m.deleted()).count();
        List<String> consequences = new ArrayList<>();
        consequences.add("Das Gremium und seine " + members + " Mitgliedschaften verschwinden aus den Listen und aus „Mein Netzwerk“.");
        consequences.add("Durchgeführte Sitzungen und veröffentlichte Protokolle bleiben erhalten.");
        consequences.add("OParl meldet das Gremium und seine Mitgliedschaften als gelöscht, damit andere Programme ihre Kopie löschen.");
        return confirmation(county, model, "gremium", "Gremium „" + g.name() + "“ löschen?", consequences, gremiumBlocked(county, g),
                "/netzwerk/gremien/" + g.id() + "/loeschen", "/netzwerk/gremien/" + g.id(), "Ja, Gremium löschen");
    }

    // --- institutions

    private Institution institution(Tenant county, long id) {
        return store.institution(county.id(), id).filter(i -> !i.deleted()).orElseThrow(NetworkAccess::notFound);
    }

    @GetMapping("/netzwerk/institutionen/{id}/aendern")
    String institutionForm(@PathVariable long id, Authentication auth, Model model) {
        Tenant county = access.coordinator(auth);
        Institution i = institution(county, id);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", i.name());
        v.put("group", i.group().name());
        v.put("seatAgs", i.seatAgs() == null ? "" : i.seatAgs());
        return institutionPage(county, i, model, Map.of(), v);
    }

    @PostMapping("/netzwerk/institutionen/{id}/aendern")
    String changeInstitution(@PathVariable long id, @Valid NetworkForms.InstitutionForm form, BindingResult result,
                             @RequestParam Map<String, String> sent, Authentication auth, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        Institution i = institution(county, id);
        if (result.hasErrors()) {
            response.setStatus(400);
            return institutionPage(county, i, model, NetworkForms.errors(result), sent);
        }
        store.updateInstitution(county.id(), id, form.name().strip(), form.group(), NetworkForms.blankToNull(form.seatAgs()));
        audited(county, auth, "institution", "update", id, i.name(), form.name().strip());
        redirect.addFlashAttribute("done", "Die Angaben der Institution „" + form.name().strip() + "“ sind gespeichert.");
        return "redirect:/netzwerk/institutionen";
    }

    private String institutionPage(Tenant county, Institution i, Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("groups", ActorGroup.values());
        return editPage(county, new EditPage("institution", i.name() + " ändern", "/netzwerk/institutionen", "den Institutionen",
                "/netzwerk/institutionen/" + i.id() + "/aendern",
                "Eine gelöschte Institution verschwindet aus den Listen; wer für sie in einem Gremium saß, bleibt Mitglied."), model, errors, values);
    }

    @GetMapping("/netzwerk/institutionen/{id}/loeschen")
    String confirmInstitution(@PathVariable long id, Authentication auth, Model model) {
        Tenant county = access.coordinator(auth);
        Institution i = institution(county, id);
        long acting = store.persons(county.id()).stream().filter(p -> !p.deleted() && p.institutionIds().contains(i.id())).count();
        return confirmation(county, model, "institution", "Institution „" + i.name() + "“ löschen?",
                List.of("Die Institution verschwindet aus den Listen und aus der Auswahl „Handelt für“; heute handeln " + acting
                                + (acting == 1 ? " Person" : " Personen") + " für sie.",
                        "Mitgliedschaften, die für sie eingetragen sind, bleiben bestehen.",
                        "OParl meldet die Institution als gelöscht, damit andere Programme ihre Kopie löschen."),
                null, "/netzwerk/institutionen/" + i.id() + "/loeschen", "/netzwerk/institutionen/" + i.id() + "/aendern", "Ja, Institution löschen");
    }

    @PostMapping("/netzwerk/institutionen/{id}/loeschen")
    String deleteInstitution(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        Institution i = institution(county, id);
        store.deleteInstitution(county.id(), id);
        audited(county, auth, "institution", "delete", id, i.name(), null);
        redirect.addFlashAttribute("done", "Die Institution „" + i.name() + "“ ist gelöscht.");
        return "redirect:/netzwerk/institutionen";
    }

    private static String confirmation(Tenant county, Model model, String kind, String heading, List<String> consequences, String blocked,
                                       String action, String back, String confirmLabel) {
        model.addAttribute("tenant", county);
        model.addAttribute("kind", kind);
        model.addAttribute("heading", heading);
        model.addAttribute("consequences", consequences);
        model.addAttribute("blocked", blocked);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("confirmLabel", confirmLabel);
        return "network/confirm-delete";
    }
}
