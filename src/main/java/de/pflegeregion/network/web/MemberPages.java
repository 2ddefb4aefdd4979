package de.pflegeregion.network.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

import de.pflegeregion.network.Gremium;
import de.pflegeregion.network.IllegalStateChange;
import de.pflegeregion.network.Invitation;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.Membership;
import de.pflegeregion.network.Person;
import de.pflegeregion.network.Rsvp;
import de.pflegeregion.network.Task;
import de.pflegeregion.network.TaskStatus;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.network.internal.NetworkStore;
import de.pflegeregion.platform.CountyClock;

/**
 * A member's own area: their gremien, the meetings they are invited to with agenda and documents, their answer,
 * their tasks; with the Protokoll role in a gremium they write that gremium's minutes.
 */
@Controller
class MemberPages {

    private final NetworkAccess access;
    private final Gremien gremien;
    private final NetworkStore store;
    private final MeetingModel meetingModel;

    MemberPages(NetworkAccess access, Gremien gremien, MeetingModel meetingModel) {
        this.access = access;
        this.gremien = gremien;
        this.store = gremien.store();
        this.meetingModel = meetingModel;
    }

    @GetMapping("/netzwerk/mein")
    String home(Authentication auth, Model model) {
        Person me = access.person(auth);
        model.addAttribute("me", me);
        if (me == null) {
            return "network/member-home";
        }
        List<Membership> memberships = store.membershipsOfPerson(me.id()).stream().filter(m -> m.activeOn(gremien.today())).toList();
        Map<Long, Gremium> g = store.gremien(me.tenantId()).stream().collect(Collectors.toMap(Gremium::id, x -> x));
        Map<Long, Meeting> meetings = store.meetings(me.tenantId()).stream().collect(Collectors.toMap(Meeting::id, x -> x));
        List<Invitation> invitations = store.invitationsOf(me.id()).stream()
                .filter(i -> meetings.containsKey(i.meetingId()) && !meetings.get(i.meetingId()).deleted())
                .sorted((a, b) -> meetings.get(b.meetingId()).start().compareTo(meetings.get(a.meetingId()).start())).toList();
        model.addAttribute("memberships", memberships);
        model.addAttribute("gremien", g);
        model.addAttribute("meetings", meetings);
        model.addAttribute("invitations", invitations);
        model.addAttribute("tasks", store.tasksOf(me.id()).stream().filter(t -> t.status().open()).toList());
        model.addAttribute("taskStates", TaskStatus.values());
        return "network/member-home";
    }

    /** The meeting if the member is invited to it or belongs to its gremium; 404 otherwise (no hint it exists). */
    private Meeting meetingFor(Person me, long id) {
        if (me == null) {
            throw NetworkAccess.notFound();
        }
        Meeting m = store.meeting(me.tenantId(), id).filter(x -> !x.deleted()).orElseThrow(NetworkAccess::notFound);
        boolean invited = store.invitations(id).stream().anyMatch(i -> i.personId() == me.id());
        if (!invited && !gremien.isMember(me, m.gremiumId(), LocalDate.ofInstant(m.start(), CountyClock.ZONE))) {
            throw NetworkAccess.notFound();
        }
        return m;
    }

    @GetMapping("/netzwerk/mein/sitzungen/{id}")
    String meeting(@PathVariable long id, Authentication auth, Model model) {
        Person me = access.person(auth);
        return page(me, meetingFor(me, id), model);
    }

    private String page(Person me, Meeting m, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("myInvitation", store.invitations(m.id()).stream().filter(i -> i.personId() == me.id()).findFirst().orElse(null));
        meetingModel.fill(model, m, "/netzwerk/mein/sitzungen/" + m.id(), gremien.mayWriteMinutes(me, m));
        return "network/member-meeting";
    }

    @PostMapping("/netzwerk/mein/sitzungen/{id}/antwort")
    String answer(@PathVariable long id, @RequestParam Rsvp rsvp, Authentication auth, RedirectAttributes redirect) {
        Person me = access.person(auth);
        meetingFor(me, id);
        try {
            gremien.answer(me, id, rsvp);
            redirect.addFlashAttribute("done", "Ihre Antwort „" + rsvp.label() + "“ ist gespeichert.");
        } catch (IllegalStateChange e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (java.util.NoSuchElementException e) {
            redirect.addFlashAttribute("problem", "Sie sind zu dieser Sitzung nicht eingeladen.");
        }
        return "redirect:/netzwerk/mein/sitzungen/" + id;
    }

    private Meeting minutesMeeting(Person me, long id) {
        Meeting m = meetingFor(me, id);
        if (!gremien.mayWriteMinutes(me, m)) {
            throw new org.springframework.security.access.AccessDeniedException("no Protokoll role");
        }
        return m;
    }

    @PostMapping("/netzwerk/mein/sitzungen/{id}/protokoll/{itemId}/diskussion")
    String discussion(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String discussion,
                      Authentication auth, RedirectAttributes redirect) {
        Person me = access.person(auth);
        return MinutesForms.discussion(gremien, minutesMeeting(me, id), itemId, discussion, "/netzwerk/mein/sitzungen/" + id, redirect);
    }

    @PostMapping("/netzwerk/mein/sitzungen/{id}/protokoll/{itemId}/beschluss")
    String decision(@PathVariable long id, @PathVariable long itemId, @Valid NetworkForms.DecisionForm form, BindingResult result,
                    @RequestParam Map<String, String> sent, Authentication auth, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Person me = access.person(auth);
        Meeting m = minutesMeeting(me, id);
        return MinutesForms.decision(gremien, m, itemId, form, result, sent, model, response, redirect, "/netzwerk/mein/sitzungen/" + id,
                md -> page(me, m, md));
    }

    @PostMapping("/netzwerk/mein/sitzungen/{id}/protokoll/{itemId}/aufgabe")
    String task(@PathVariable long id, @PathVariable long itemId, @Valid NetworkForms.TaskForm form, BindingResult result,
                @RequestParam Map<String, String> sent, Authentication auth, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Person me = access.person(auth);
        Meeting m = minutesMeeting(me, id);
        return MinutesForms.task(gremien, m, itemId, form, result, sent, model, response, redirect, "/netzwerk/mein/sitzungen/" + id,
                md -> page(me, m, md));
    }

    /** A member reports progress on their own task. */
    @PostMapping("/netzwerk/mein/aufgaben/{taskId}")
    String taskStatus(@PathVariable long taskId, @RequestParam TaskStatus status, Authentication auth, RedirectAttributes redirect) {
        Person me = access.person(auth);
        if (me == null) {
            throw NetworkAccess.notFound();
        }
        Task t = store.task(me.tenantId(), taskId).filter(x -> Objects.equals(x.ownerPersonId(), me.id())).orElseThrow(NetworkAccess::notFound);
        gremien.setTaskStatus(me.tenantId(), t.id(), status);
        redirect.addFlashAttribute("done", "Der Stand Ihrer Aufgabe ist „" + status.label() + "“.");
        return "redirect:/netzwerk/mein";
    }
}
