package de.pflegeregion.network.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.pflegeregion.network.AttendanceStatus;
import de.pflegeregion.network.Gremium;
import de.pflegeregion.network.IllegalStateChange;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.MinutesState;
import de.pflegeregion.network.TaskStatus;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.network.internal.NetworkStore;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.CountyClock;
import de.pflegeregion.platform.Tenant;

/** The coordinator's meetings: plan, agenda, invite, cancel, hold, attendance with quorum, and the minutes workflow. */
@Controller
class MeetingPages {

    private final NetworkAccess access;
    private final Gremien gremien;
    private final NetworkStore store;
    private final MeetingModel meetingModel;
    private final AuditLog audit;

    MeetingPages(NetworkAccess access, Gremien gremien, MeetingModel meetingModel, AuditLog audit) {
        this.access = access;
        this.gremien = gremien;
        this.store = gremien.store();
        this.meetingModel = meetingModel;
        this.audit = audit;
    }

    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    @GetMapping("/netzwerk/sitzungen")
    String meetings(Authentication auth, Model model) {
        return meetingsPage(access.coordinator(auth), model, Map.of(), Map.of("isPublic", "true", "stepFree", "true"));
    }

    @PostMapping("/netzwerk/sitzungen")
    String plan(@Valid NetworkForms.MeetingForm form, BindingResult result, @RequestParam Map<String, String> sent, Authentication auth,
                Model model, HttpServletResponse response) {
        Tenant county = access.coordinator(auth);
        check(county, form, result);
        if (result.hasErrors()) {
            response.setStatus(400);
            return meetingsPage(county, model, NetworkForms.errors(result), sent);
        }
        long id = gremien.planMeeting(county.id(), form.gremiumId(), form.title().strip(), NetworkForms.at(form.day(), form.startTime()),
                NetworkForms.at(form.day(), form.endTime()), NetworkForms.blankToNull(form.place()), form.stepFree(), form.hearingLoop(),
                form.signLanguage(), NetworkForms.blankToNull(form.accessNotes()), NetworkForms.blankToNull(form.onlineLink()), form.isPublic());
        audit.record(county.id(), auth.getName(), "network.meeting.plan", "network_meeting", Long.toString(id), null, form.title());
        return "redirect:/netzwerk/sitzungen/" + id;
    }

    private void check(Tenant county, NetworkForms.MeetingForm form, BindingResult result) {
        if (!NetworkForms.bound(form, result)) {
            return;
        }
        if (form.gremiumId() != null && store.gremium(county.id(), form.gremiumId()).filter(g -> !g.deleted()).isEmpty()) {
            result.rejectValue("gremiumId", "unknown", "Gremium: Dieses Gremium gibt es nicht.");
        }
        if (!form.endsAfterStart()) {
            result.rejectValue("endTime", "order", "Ende (Uhrzeit): Das Ende muss nach dem Beginn liegen.");
        }
        if (!form.hasPlace()) {
            result.rejectValue("place", "missing", "Ort: Bitte geben Sie einen Ort oder einen Online-Link an.");
        }
    }

    private String meetingsPage(Tenant county, Model model, Map<String, String> errors, Map<String, String> values) {
        List<Gremium> all = store.gremien(county.id()).stream().filter(g -> !g.deleted()).toList();
        model.addAttribute("tenant", county);
        model.addAttribute("meetings", store.meetings(county.id()).stream().filter(m -> !m.deleted()).toList());
        model.addAttribute("gremien", all);
        model.addAttribute("gremiumNames", all.stream().collect(Collectors.toMap(Gremium::id, Gremium::name)));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "network/meetings";
    }

    private Meeting meeting(Tenant county, long id) {
        return store.meeting(county.id(), id).filter(m -> !m.deleted()).orElseThrow(NetworkAccess::notFound);
    }

    @GetMapping("/netzwerk/sitzungen/{id}")
    String meeting(@PathVariable long id, Authentication auth, Model model) {
        Tenant county = access.coordinator(auth);
        return page(county, meeting(county, id), model);
    }

    private String page(Tenant county, Meeting m, Model model) {
        model.addAttribute("tenant", county);
        if (!model.containsAttribute("editValues")) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("gremiumId", Long.toString(m.gremiumId()));
            v.put("title", m.title());
            v.put("day", m.start().atZone(CountyClock.ZONE).toLocalDate().toString());
            v.put("startTime", m.start().atZone(CountyClock.ZONE).toLocalTime().toString());
            v.put("endTime", m.end().atZone(CountyClock.ZONE).toLocalTime().toString());
            v.put("place", m.place() == null ? "" : m.place());
            v.put("accessNotes", m.accessNotes() == null ? "" : m.accessNotes());
            v.put("onlineLink", m.onlineLink() == null ? "" : m.onlineLink());
            if (m.stepFree()) { v.put("stepFree", "true"); }
            if (m.hearingLoop()) { v.put("hearingLoop", "true"); }
            if (m.signLanguage()) { v.put("signLanguage", "true"); }
            if (m.isPublic()) { v.put("isPublic", "true"); }
            model.addAttribute("editValues", v);
        }
        meetingModel.fill(model, m, "/netzwerk/sitzungen/" + m.id(), true);
        return "network/meeting";
    }

    @PostMapping("/netzwerk/sitzungen/{id}")
    String change(@PathVariable long id, @Valid NetworkForms.MeetingForm form, BindingResult result, @RequestParam Map<String, String> sent,
                  Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        Meeting m = meeting(county, id);
        check(county, form, result);
        if (result.hasErrors()) {
            response.setStatus(400);
            model.addAttribute("errors", NetworkForms.errors(result));
            model.addAttribute("values", sent);
            model.addAttribute("editValues", sent);
            model.addAttribute("errorForm", "aendern");
            return page(county, m, model);
        }
        try {
            gremien.changeMeeting(county.id(), id, form.title().strip(), NetworkForms.at(form.day(), form.startTime()),
                    NetworkForms.at(form.day(), form.endTime()), NetworkForms.blankToNull(form.place()), form.stepFree(), form.hearingLoop(),
                    form.signLanguage(), NetworkForms.blankToNull(form.accessNotes()), NetworkForms.blankToNull(form.onlineLink()),
                    form.isPublic(), baseUrl());
            redirect.addFlashAttribute("done", "Die Sitzung ist geändert." + (m.state() == de.pflegeregion.network.MeetingState.EINGELADEN
                    ? " Die Eingeladenen erhalten den geänderten Kalendereintrag." : ""));
        } catch (IllegalStateChange e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/netzwerk/sitzungen/" + id;
    }

    @PostMapping("/netzwerk/sitzungen/{id}/tops")
    String addItem(@PathVariable long id, @Valid NetworkForms.AgendaItemForm form, BindingResult result, @RequestParam Map<String, String> sent,
                   Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        Meeting m = meeting(county, id);
        if (result.hasErrors()) {
            return MinutesForms.rejected("tops", result, sent, model, response, md -> page(county, m, md));
        }
        store.addAgendaItem(id, form.number().strip(), form.title().strip(), form.isPublic(), null);
        redirect.addFlashAttribute("done", "Der TOP ist auf der Tagesordnung.");
        return "redirect:/netzwerk/sitzungen/" + id + "#tagesordnung";
    }

    @PostMapping("/netzwerk/sitzungen/{id}/einladen")
    String invite(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        meeting(county, id);
        return step(id, redirect, () -> {
            int n = gremien.invite(county.id(), id, baseUrl());
            audit.record(county.id(), auth.getName(), "network.meeting.invite", "network_meeting", Long.toString(id), null, n + " invited");
            return n + " Personen sind eingeladen. Wer Mail erhalten möchte, bekommt die Einladung mit Kalendereintrag.";
        });
    }

    @PostMapping("/netzwerk/sitzungen/{id}/absagen")
    String cancel(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        meeting(county, id);
        return step(id, redirect, () -> {
            gremien.cancel(county.id(), id, baseUrl());
            audit.record(county.id(), auth.getName(), "network.meeting.cancel", "network_meeting", Long.toString(id), null, null);
            return "Die Sitzung ist abgesagt; die Eingeladenen erhalten die Absage.";
        });
    }

    @PostMapping("/netzwerk/sitzungen/{id}/durchgefuehrt")
    String held(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        meeting(county, id);
        return step(id, redirect, () -> {
            gremien.markHeld(county.id(), id);
            return "Die Sitzung ist als durchgeführt vermerkt. Jetzt können Anwesenheit und Protokoll erfasst werden.";
        });
    }

    @PostMapping("/netzwerk/sitzungen/{id}/anwesenheit")
    String attendance(@PathVariable long id, @RequestParam Map<String, String> sent, Authentication auth, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        Meeting m = meeting(county, id);
        for (Map.Entry<String, String> e : sent.entrySet()) {
            if (e.getKey().startsWith("status-") && !e.getValue().isBlank()) {
                long personId = Long.parseLong(e.getKey().substring(7));
                AttendanceStatus status = AttendanceStatus.valueOf(e.getValue());
                String by = sent.get("vertreten-" + personId);
                gremien.recordAttendance(county.id(), m.id(), personId, status, by == null || by.isBlank() ? null : Long.valueOf(by));
            }
        }
        redirect.addFlashAttribute("done", "Die Anwesenheit ist gespeichert.");
        return "redirect:/netzwerk/sitzungen/" + id + "#anwesenheit";
    }

    @PostMapping("/netzwerk/sitzungen/{id}/protokoll/{itemId}/diskussion")
    String discussion(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String discussion,
                      Authentication auth, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        return MinutesForms.discussion(gremien, meeting(county, id), itemId, discussion, "/netzwerk/sitzungen/" + id, redirect);
    }

    @PostMapping("/netzwerk/sitzungen/{id}/protokoll/{itemId}/beschluss")
    String decision(@PathVariable long id, @PathVariable long itemId, @Valid NetworkForms.DecisionForm form, BindingResult result,
                    @RequestParam Map<String, String> sent, Authentication auth, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        Meeting m = meeting(county, id);
        return MinutesForms.decision(gremien, m, itemId, form, result, sent, model, response, redirect, "/netzwerk/sitzungen/" + id,
                md -> page(county, m, md));
    }

    @PostMapping("/netzwerk/sitzungen/{id}/protokoll/{itemId}/aufgabe")
    String task(@PathVariable long id, @PathVariable long itemId, @Valid NetworkForms.TaskForm form, BindingResult result,
                @RequestParam Map<String, String> sent, Authentication auth, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        Meeting m = meeting(county, id);
        return MinutesForms.task(gremien, m, itemId, form, result, sent, model, response, redirect, "/netzwerk/sitzungen/" + id,
                md -> page(county, m, md));
    }

    @PostMapping("/netzwerk/sitzungen/{id}/protokoll/status")
    String minutesState(@PathVariable long id, @RequestParam MinutesState target, Authentication auth, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        meeting(county, id);
        return step(id, redirect, () -> {
            gremien.moveMinutes(county.id(), id, target, baseUrl());
            audit.record(county.id(), auth.getName(), "network.minutes." + target.name().toLowerCase(), "network_meeting", Long.toString(id), null, null);
            return switch (target) {
                case UMLAUF -> "Das Protokoll ist im Umlauf; die Mitglieder erhalten es zur Durchsicht.";
                case GENEHMIGT -> "Das Protokoll ist genehmigt.";
                case VEROEFFENTLICHT -> "Das Protokoll ist veröffentlicht: die öffentlichen TOPs stehen auf der Terminseite und in OParl.";
                case ENTWURF -> "Das Protokoll ist wieder ein Entwurf.";
            };
        });
    }

    @PostMapping("/netzwerk/aufgaben/{taskId}")
    String taskStatus(@PathVariable long taskId, @RequestParam TaskStatus status, @RequestParam(required = false) Long zurueck,
                      Authentication auth, RedirectAttributes redirect) {
        Tenant county = access.coordinator(auth);
        store.task(county.id(), taskId).orElseThrow(NetworkAccess::notFound);
        gremien.setTaskStatus(county.id(), taskId, status);
        redirect.addFlashAttribute("done", "Der Stand der Aufgabe ist „" + status.label() + "“.");
        return zurueck == null ? "redirect:/netzwerk/sitzungen" : "redirect:/netzwerk/sitzungen/" + zurueck;
    }

    private String step(long id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("done", action.get());
        } catch (IllegalStateChange e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/netzwerk/sitzungen/" + id;
    }

}
