package de.pflegeregion.network.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import de.pflegeregion.network.AgendaItem;
import de.pflegeregion.network.Attendance;
import de.pflegeregion.network.AttendanceStatus;
import de.pflegeregion.network.Decision;
import de.pflegeregion.network.DecisionResult;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.Membership;
import de.pflegeregion.network.Person;
import de.pflegeregion.network.Task;
import de.pflegeregion.network.TaskStatus;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.network.internal.NetworkStore;
import de.pflegeregion.platform.CountyClock;

/** What the meeting pages of coordinator and member show: agenda with minutes, invitations, attendance, quorum. */
@Component
class MeetingModel {

    private final Gremien gremien;
    private final NetworkStore store;

    MeetingModel(Gremien gremien) {
        this.gremien = gremien;
        this.store = gremien.store();
    }

    void fill(Model model, Meeting m, String base, boolean mayEditMinutes) {
        List<AgendaItem> agenda = store.agenda(m.id());
        List<Person> persons = store.persons(m.tenantId()).stream().filter(p -> !p.deleted()).toList();
        java.time.LocalDate day = java.time.LocalDate.ofInstant(m.start(), CountyClock.ZONE);
        List<Membership> members = store.membershipsOf(m.gremiumId()).stream().filter(ms -> ms.activeOn(day)).toList();
        Map<Long, Attendance> attendance = store.attendance(m.id()).stream().collect(Collectors.toMap(Attendance::personId, a -> a));
        model.addAttribute("meeting", m);
        model.addAttribute("gremium", store.gremium(m.tenantId(), m.gremiumId()).orElseThrow());
        model.addAttribute("agenda", agenda);
        model.addAttribute("decisions", store.decisions(m.id()).stream().collect(Collectors.groupingBy(Decision::agendaItemId)));
        model.addAttribute("tasks", store.tasksOfMeeting(m.id()).stream().collect(Collectors.groupingBy(Task::agendaItemId)));
        model.addAttribute("invitations", store.invitations(m.id()));
        model.addAttribute("rsvps", store.invitations(m.id()).stream().collect(Collectors.toMap(i -> i.personId(), i -> i.rsvp())));
        model.addAttribute("gremien", store.gremien(m.tenantId()).stream().filter(g -> !g.deleted()).toList());
        model.addAttribute("members", members);
        model.addAttribute("attendance", attendance);
        model.addAttribute("quorum", gremien.quorum(m));
        model.addAttribute("minutes", store.minutes(m.id()));
        model.addAttribute("persons", persons);
        model.addAttribute("personNames", store.persons(m.tenantId()).stream().collect(Collectors.toMap(Person::id, Person::name)));
        model.addAttribute("base", base);
        model.addAttribute("mayEditMinutes", mayEditMinutes && store.minutes(m.id()).state().editable()
                && m.state() == de.pflegeregion.network.MeetingState.DURCHGEFUEHRT);
        model.addAttribute("results", DecisionResult.values());
        model.addAttribute("attendanceStates", AttendanceStatus.values());
        model.addAttribute("taskStates", TaskStatus.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("values", Map.of());
            model.addAttribute("errorForm", "");
        }
    }
}
