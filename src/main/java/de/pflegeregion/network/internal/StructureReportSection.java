package de.pflegeregion.network.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.pflegeregion.network.AgendaItem;
import de.pflegeregion.network.Attendance;
import de.pflegeregion.network.Decision;
import de.pflegeregion.network.Gremium;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.MeetingState;
import de.pflegeregion.network.ReportSection;
import de.pflegeregion.platform.CountyClock;
import de.pflegeregion.platform.Tenant;

/**
 * The Kreistag report's section "Netzwerkstruktur, Sitzungen und Teilnahme, Beschlüsse": every gremium with its
 * members, the year's meetings with attendance counts (numbers only, no names), and the decisions of published
 * minutes on public TOPs.
 */
@Component
class StructureReportSection implements ReportSection {

    private final NetworkStore store;

    StructureReportSection(NetworkStore store) {
        this.store = store;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "network/report/structure :: section";
    }

    public record GremiumRow(String name, String type, String parent, long members, long voting) {
    }

    public record MeetingRow(String gremium, String title, LocalDate day, String state, int invited, int present, int excused) {
    }

    public record DecisionRow(LocalDate day, String gremium, String text, String result, String votes) {
    }

    @Override
    public Map<String, Object> model(Tenant county, int year) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        Map<Long, Gremium> gremien = new LinkedHashMap<>();
        store.gremien(county.id()).stream().filter(g -> !g.deleted()).forEach(g -> gremien.put(g.id(), g));
        List<GremiumRow> structure = new ArrayList<>();
        for (Gremium g : gremien.values()) {
            var active = store.membershipsOf(g.id()).stream().filter(m -> m.activeOn(endOfYear)).toList();
            structure.add(new GremiumRow(g.name(), g.type().label(), g.parentId() == null || !gremien.containsKey(g.parentId()) ? ""
                    : gremien.get(g.parentId()).name(), active.size(), active.stream().filter(m -> m.voting()).count()));
        }
        List<MeetingRow> meetings = new ArrayList<>();
        List<DecisionRow> decisions = new ArrayList<>();
        for (Meeting m : store.meetings(county.id()).reversed()) {
            LocalDate day = LocalDate.ofInstant(m.start(), CountyClock.ZONE);
            if (m.deleted() || day.getYear() != year || !gremien.containsKey(m.gremiumId())) {
                continue;
            }
            List<Attendance> attendance = store.attendance(m.id());
            meetings.add(new MeetingRow(gremien.get(m.gremiumId()).name(), m.title(), day, m.state().label(), store.invitations(m.id()).size(),
                    (int) attendance.stream().filter(a -> a.status().counts()).count(),
                    (int) attendance.stream().filter(a -> a.status() == de.pflegeregion.network.AttendanceStatus.ENTSCHULDIGT).count()));
            if (m.state() == MeetingState.DURCHGEFUEHRT && store.minutes(m.id()).published()) {
                var publicItems = store.agenda(m.id()).stream().filter(AgendaItem::isPublic).map(AgendaItem::id).toList();
                for (Decision d : store.decisions(m.id())) {
                    if (publicItems.contains(d.agendaItemId())) {
                        decisions.add(new DecisionRow(day, gremien.get(m.gremiumId()).name(), d.text(), d.result().label(), d.votes()));
                    }
                }
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("networkStructure", structure);
        model.put("networkMeetings", meetings);
        model.put("networkDecisions", decisions);
        model.put("networkYear", year);
        return model;
    }
}
