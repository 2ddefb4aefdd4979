package de.pflegeregion.network.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.pflegeregion.network.AgendaItem;
import de.pflegeregion.network.Attendance;
import de.pflegeregion.network.AttendanceStatus;
import de.pflegeregion.network.Gremium;
import de.pflegeregion.network.IllegalStateChange;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.MeetingState;
import de.pflegeregion.network.MemberRole;
import de.pflegeregion.network.Membership;
import de.pflegeregion.network.Minutes;
import de.pflegeregion.network.MinutesState;
import de.pflegeregion.network.OutgoingMail;
import de.pflegeregion.network.Person;
import de.pflegeregion.network.Quorum;
import de.pflegeregion.network.Task;
import de.pflegeregion.network.TaskCarryOver;
import de.pflegeregion.network.TaskStatus;
import de.pflegeregion.platform.CountyClock;

/**
 * What happens to meetings and minutes beyond storing them: carrying open tasks onto the next agenda,
 * invitations and cancellations with their calendar entry, quorum, the minutes workflow with its circulation,
 * and task reminders. Every mail goes out as an {@link OutgoingMail} event into the outbox, in the same
 * transaction as the change that causes it.
 */
@Service
public class Gremien {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy, HH:mm 'Uhr'", java.util.Locale.GERMAN)
            .withZone(CountyClock.ZONE);
    private static final int REMIND_DAYS_BEFORE_DUE = 7;

    private final NetworkStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MailSettings mail;

    Gremien(NetworkStore store, ApplicationEventPublisher events, Clock clock, MailSettings mail) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.mail = mail;
    }

    /** A meeting's start in German words, e.g. "Mittwoch, 14. Juli 2027, 14:00 Uhr". */
    public static String when(Instant start) {
        return WHEN.format(start);
    }

    public NetworkStore store() {
        return store;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- meetings

    @Transactional
    public long planMeeting(long tenantId, long gremiumId, String title, Instant start, Instant end, String place, boolean stepFree,
                            boolean hearingLoop, boolean signLanguage, String accessNotes, String onlineLink, boolean isPublic) {
        store.gremium(tenantId, gremiumId).filter(g -> !g.deleted()).orElseThrow();
        long id = store.createMeeting(tenantId, gremiumId, title, start, end, place, stepFree, hearingLoop, signLanguage, accessNotes,
                onlineLink, isPublic);
        carryOverOpenTasks(tenantId, id);
        return id;
    }

    /** Changes the meeting; invited members get the updated calendar entry (same UID, higher SEQUENCE). */
    @Transactional
    public void changeMeeting(long tenantId, long id, String title, Instant start, Instant end, String place, boolean stepFree,
                              boolean hearingLoop, boolean signLanguage, String accessNotes, String onlineLink, boolean isPublic,
                              String baseUrl) {
        Meeting before = meeting(tenantId, id);
        if (before.state() == MeetingState.DURCHGEFUEHRT || before.state() == MeetingState.ABGESAGT) {
            throw new IllegalStateChange("Eine " + before.state().label() + "e Sitzung kann nicht mehr geändert werden.");
        }
        store.updateMeeting(tenantId, id, title, start, end, place, stepFree, hearingLoop, signLanguage, accessNotes, onlineLink, isPublic);
        if (before.state() == MeetingState.EINGELADEN) {
            sendCalendar(meeting(tenantId, id), "REQUEST", "Geänderte Einladung", baseUrl);
        }
    }

    public Meeting meeting(long tenantId, long id) {
        return store.meeting(tenantId, id).filter(m -> !m.deleted()).orElseThrow(() -> new java.util.NoSuchElementException("meeting " + id));
    }

    /**
     * Invites every member of the gremium active on the meeting's day (and their deputies); those who consented
     * to mail get the invitation with the calendar entry (METHOD:REQUEST).
     */
    @Transactional
    public int invite(long tenantId, long meetingId, String baseUrl) {
        Meeting m = meeting(tenantId, meetingId);
        store.setMeetingState(tenantId, meetingId, m.state().to(MeetingState.EINGELADEN));
        LocalDate day = LocalDate.ofInstant(m.start(), CountyClock.ZONE);
        Set<Long> persons = new LinkedHashSet<>();
        for (Membership ms : store.membershipsOf(m.gremiumId())) {
            if (ms.activeOn(day)) {
                persons.add(ms.personId());
                if (ms.deputyPersonId() != null) {
                    persons.add(ms.deputyPersonId());
                }
            }
        }
        persons.forEach(p -> store.invite(meetingId, p));
        sendCalendar(meeting(tenantId, meetingId), "REQUEST", "Einladung", baseUrl);
        return persons.size();
    }

    /** Cancels the meeting; every invited person who gets mail receives METHOD:CANCEL with the same UID. */
    @Transactional
    public void cancel(long tenantId, long meetingId, String baseUrl) {
        Meeting m = meeting(tenantId, meetingId);
        store.setMeetingState(tenantId, meetingId, m.state().to(MeetingState.ABGESAGT));
        if (m.state() == MeetingState.EINGELADEN) {
            sendCalendar(meeting(tenantId, meetingId), "CANCEL", "Absage", baseUrl);
        }
    }

    @Transactional
    public void markHeld(long tenantId, long meetingId) {
        Meeting m = meeting(tenantId, meetingId);
        store.setMeetingState(tenantId, meetingId, m.state().to(MeetingState.DURCHGEFUEHRT));
    }

    private void sendCalendar(Meeting m, String method, String what, String baseUrl) {
        Gremium g = store.gremium(m.tenantId(), m.gremiumId()).orElseThrow();
        String url = baseUrl + "/netzwerk/mein/sitzungen/" + m.id();
        String calendar = MeetingCalendar.write(List.of(new MeetingCalendar.Entry(m, g.name() + ": " + m.title(), null, url)), method,
                clock.instant());
        List<String> to = mailRecipients(m.tenantId(), store.invitations(m.id()).stream().map(i -> i.personId()).toList());
        if (to.isEmpty()) {
            return;
        }
        String text = switch (method) {
            case "CANCEL" -> "Guten Tag,\n\ndie Sitzung „" + m.title() + "“ (" + g.name() + ") am " + WHEN.format(m.start())
                    + " findet nicht statt.\n\nDer Kalendereintrag im Anhang entfernt den Termin aus Ihrem Kalender.\n";
            default -> "Guten Tag,\n\nSie sind herzlich eingeladen zur Sitzung „" + m.title() + "“ (" + g.name() + ")\nam "
                    + WHEN.format(m.start()) + ".\n" + (m.location() == null ? "" : "Ort: " + m.location() + "\n")
                    + (m.accessibility().isBlank() ? "" : "Barrierefreiheit: " + m.accessibility() + "\n")
                    + "\nTagesordnung, Zusage oder Absage: " + url + "\n\nDer Kalendereintrag ist angehängt.\n";
        };
        events.publishEvent(new OutgoingMail(m.tenantId(), method.equals("CANCEL") ? "ABSAGE" : "EINLADUNG", to,
                what + ": " + g.name() + " – " + m.title(), text, calendar));
    }

    private List<String> mailRecipients(long tenantId, List<Long> personIds) {
        Map<Long, Person> persons = store.persons(tenantId).stream().collect(Collectors.toMap(Person::id, Function.identity()));
        return personIds.stream().map(persons::get).filter(Objects::nonNull)
                .filter(p -> p.mailConsent() && !p.deleted() && p.email() != null && !p.email().isBlank())
                .map(Person::email).distinct().toList();
    }

    // --- attendance and quorum

    @Transactional
    public void recordAttendance(long tenantId, long meetingId, long personId, AttendanceStatus status, Long representedBy) {
        meeting(tenantId, meetingId);
        store.person(tenantId, personId).orElseThrow();
        store.recordAttendance(meetingId, personId, status, status == AttendanceStatus.VERTRETEN ? representedBy : null);
    }

    /** Voting members active on the meeting's day against those present or represented. */
    public Quorum quorum(Meeting m) {
        LocalDate day = LocalDate.ofInstant(m.start(), CountyClock.ZONE);
        Map<Long, AttendanceStatus> attendance = store.attendance(m.id()).stream()
                .collect(Collectors.toMap(Attendance::personId, Attendance::status));
        List<AttendanceStatus> voting = new ArrayList<>();
        store.membershipsOf(m.gremiumId()).stream().filter(ms -> ms.voting() && ms.activeOn(day)).map(Membership::personId).distinct()
                .forEach(p -> voting.add(attendance.get(p)));
        return Quorum.of(voting);
    }

    // --- tasks carried to the next agenda

    /** Puts every open task of the gremium from earlier meetings on this (not yet held) meeting's agenda. */
    @Transactional
    public void carryOverOpenTasks(long tenantId, long meetingId) {
        Meeting m = meeting(tenantId, meetingId);
        if (m.state() == MeetingState.DURCHGEFUEHRT || m.state() == MeetingState.ABGESAGT) {
            return;
        }
        Map<Long, Instant> meetingStart = store.meetingsOf(m.gremiumId()).stream().collect(Collectors.toMap(Meeting::id, Meeting::start));
        Map<Long, Long> itemMeeting = new java.util.HashMap<>();
        for (Long other : meetingStart.keySet()) {
            store.agenda(other).forEach(a -> itemMeeting.put(a.id(), a.meetingId()));
        }
        Map<Long, String> names = store.persons(tenantId).stream().collect(Collectors.toMap(Person::id, Person::name));
        List<TaskCarryOver.OpenTask> earlier = store.tasksOfGremium(m.gremiumId()).stream()
                .filter(t -> {
                    Instant from = meetingStart.get(itemMeeting.get(t.agendaItemId()));
                    return from != null && from.isBefore(m.start());
                })
                .map(t -> new TaskCarryOver.OpenTask(t.id(), t.title(), t.ownerPersonId() == null ? null : names.get(t.ownerPersonId()),
                        t.due(), t.status()))
                .toList();
        List<AgendaItem> agenda = store.agenda(meetingId);
        Set<Long> carried = agenda.stream().map(AgendaItem::carriedTaskId).filter(Objects::nonNull).collect(Collectors.toSet());
        for (TaskCarryOver.CarriedItem item : TaskCarryOver.itemsFor(earlier, carried, agenda.size())) {
            // tasks are internal work of the gremium: their TOP is not public
            store.addAgendaItem(meetingId, item.number(), item.title(), false, item.taskId());
        }
    }

    // --- minutes

    /** A member may write the minutes of a gremium where they hold the Protokoll role. */
    public boolean mayWriteMinutes(Person person, Meeting m) {
        LocalDate day = LocalDate.ofInstant(m.start(), CountyClock.ZONE);
        return store.membershipsOf(m.gremiumId()).stream()
                .anyMatch(ms -> ms.personId() == person.id() && ms.role() == MemberRole.PROTOKOLL && ms.activeOn(day));
    }

    public boolean isMember(Person person, long gremiumId, LocalDate day) {
        return store.membershipsOf(gremiumId).stream().anyMatch(ms -> ms.personId() == person.id() && ms.activeOn(day))
                || store.membershipsOf(gremiumId).stream().anyMatch(ms -> Objects.equals(ms.deputyPersonId(), person.id()) && ms.activeOn(day));
    }

    private Minutes editableMinutes(long tenantId, long meetingId) {
        Meeting m = meeting(tenantId, meetingId);
        Minutes minutes = store.minutes(meetingId);
        if (!minutes.state().editable()) {
            throw new IllegalStateChange("Das Protokoll ist " + minutes.state().label() + " und kann nicht mehr geändert werden.");
        }
        if (m.state() == MeetingState.ABGESAGT) {
            throw new IllegalStateChange("Zu einer abgesagten Sitzung gibt es kein Protokoll.");
        }
        return minutes;
    }

    private AgendaItem item(long meetingId, long itemId) {
        return store.agenda(meetingId).stream().filter(a -> a.id() == itemId).findFirst().orElseThrow();
    }

    @Transactional
    public void writeDiscussion(long tenantId, long meetingId, long itemId, String discussion) {
        editableMinutes(tenantId, meetingId);
        item(meetingId, itemId);
        store.setDiscussion(meetingId, itemId, discussion);
    }

    @Transactional
    public long addDecision(long tenantId, long meetingId, long itemId, String text, de.pflegeregion.network.DecisionResult result,
                            Integer yes, Integer no, Integer abstain) {
        editableMinutes(tenantId, meetingId);
        item(meetingId, itemId);
        return store.addDecision(itemId, text, result, yes, no, abstain);
    }

    /** Adds a task; it shows at once on the gremium's next planned meeting. */
    @Transactional
    public long addTask(long tenantId, long meetingId, long itemId, String title, Long ownerPersonId, LocalDate due) {
        editableMinutes(tenantId, meetingId);
        item(meetingId, itemId);
        if (ownerPersonId != null) {
            store.person(tenantId, ownerPersonId).filter(p -> !p.deleted()).orElseThrow();
        }
        long id = store.addTask(itemId, title, ownerPersonId, due);
        Meeting m = meeting(tenantId, meetingId);
        store.meetingsOf(m.gremiumId()).stream().filter(next -> next.start().isAfter(m.start())).forEach(next ->
                carryOverOpenTasks(tenantId, next.id()));
        return id;
    }

    @Transactional
    public void setTaskStatus(long tenantId, long taskId, TaskStatus status) {
        store.task(tenantId, taskId).orElseThrow();
        store.setTaskStatus(taskId, status);
    }

    /** Moves the minutes on; circulation mails the members who consented to mail. */
    @Transactional
    public void moveMinutes(long tenantId, long meetingId, MinutesState target, String baseUrl) {
        Meeting m = meeting(tenantId, meetingId);
        if (m.state() != MeetingState.DURCHGEFUEHRT) {
            throw new IllegalStateChange("Ein Protokoll gibt es erst, wenn die Sitzung als durchgeführt vermerkt ist.");
        }
        Minutes minutes = store.minutes(meetingId);
        store.setMinutesState(meetingId, minutes.state().to(target));
        if (target == MinutesState.UMLAUF) {
            Gremium g = store.gremium(tenantId, m.gremiumId()).orElseThrow();
            LocalDate day = LocalDate.ofInstant(m.start(), CountyClock.ZONE);
            List<Long> members = store.membershipsOf(m.gremiumId()).stream().filter(ms -> ms.activeOn(day)).map(Membership::personId).toList();
            List<String> to = mailRecipients(tenantId, members);
            if (!to.isEmpty()) {
                events.publishEvent(new OutgoingMail(tenantId, "PROTOKOLL", to, "Protokoll zur Durchsicht: " + g.name() + " – " + m.title(),
                        "Guten Tag,\n\ndas Protokoll der Sitzung „" + m.title() + "“ vom " + WHEN.format(m.start())
                                + " liegt zur Durchsicht bereit:\n" + baseUrl + "/netzwerk/mein/sitzungen/" + m.id()
                                + "\n\nBitte melden Sie Korrekturen an die Netzwerkkoordination.\n", null));
            }
        }
    }

    // --- RSVP

    @Transactional
    public void answer(Person person, long meetingId, de.pflegeregion.network.Rsvp rsvp) {
        Meeting m = meeting(person.tenantId(), meetingId);
        if (m.state() != MeetingState.EINGELADEN) {
            throw new IllegalStateChange("Zu dieser Sitzung kann man nicht mehr zu- oder absagen.");
        }
        if (!store.answer(meetingId, person.id(), rsvp)) {
            throw new java.util.NoSuchElementException("not invited");
        }
    }

    // --- reminders

    @Scheduled(cron = "${pflegeregion.mail.reminder-cron:0 0 7 * * *}", zone = "Europe/Berlin")
    void remindDaily() {
        remindTasks();
    }

    /** Mails each owner of an open task due within a week, once. */
    @Transactional
    public int remindTasks() {
        int n = 0;
        for (Task t : store.tasksDueForReminder(today().plusDays(REMIND_DAYS_BEFORE_DUE))) {
            Optional<Meeting> meeting = store.agendaItemMeeting(t.agendaItemId());
            if (meeting.isEmpty()) {
                continue;
            }
            long tenantId = meeting.get().tenantId();
            List<String> to = mailRecipients(tenantId, List.of(t.ownerPersonId()));
            if (!to.isEmpty()) {
                events.publishEvent(new OutgoingMail(tenantId, "ERINNERUNG", to, "Erinnerung: Aufgabe fällig am "
                        + t.due().format(DateTimeFormatter.ofPattern("d.M.yyyy")),
                        "Guten Tag,\n\ndie Aufgabe „" + t.title() + "“ ist am " + t.due().format(DateTimeFormatter.ofPattern("d.M.yyyy"))
                                + " fällig.\nIhre Aufgaben: " + mail.baseUrl() + "/netzwerk/mein\n", null));
                n++;
            }
            store.markReminded(t.id());
        }
        return n;
    }
}
