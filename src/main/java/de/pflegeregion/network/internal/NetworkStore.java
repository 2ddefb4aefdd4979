package de.pflegeregion.network.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import de.pflegeregion.network.ActorGroup;
import de.pflegeregion.network.AgendaItem;
import de.pflegeregion.network.Attendance;
import de.pflegeregion.network.AttendanceStatus;
import de.pflegeregion.network.Decision;
import de.pflegeregion.network.DecisionResult;
import de.pflegeregion.network.Gremium;
import de.pflegeregion.network.GremiumType;
import de.pflegeregion.network.Institution;
import de.pflegeregion.network.Invitation;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.MeetingState;
import de.pflegeregion.network.MemberRole;
import de.pflegeregion.network.Membership;
import de.pflegeregion.network.Minutes;
import de.pflegeregion.network.MinutesState;
import de.pflegeregion.network.Person;
import de.pflegeregion.network.Rsvp;
import de.pflegeregion.network.Task;
import de.pflegeregion.network.TaskStatus;

/** The network's tables (V51, V52); every read is scoped to one county. */
@Repository
public class NetworkStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    NetworkStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Long.class);
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }

    private long insert(JdbcClient.StatementSpec spec) {
        KeyHolder keys = new GeneratedKeyHolder();
        spec.update(keys, "id");
        return keys.getKey().longValue();
    }

    // --- institutions

    public long createInstitution(long tenantId, String name, ActorGroup group, String seatAgs, Long offerId) {
        return insert(jdbc.sql("""
                INSERT INTO network_institution (tenant_id, name, actor_group, seat_ags, offer_id, created_at, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(tenantId, name, group.name(), seatAgs, offerId, now(), now()));
    }

    public List<Institution> institutions(long tenantId) {
        return jdbc.sql("SELECT * FROM network_institution WHERE tenant_id = ? ORDER BY name, id").param(tenantId)
                .query(NetworkStore::institution).list();
    }

    public Optional<Institution> institution(long tenantId, long id) {
        return jdbc.sql("SELECT * FROM network_institution WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(NetworkStore::institution).optional();
    }

    static Institution institution(ResultSet rs, int row) throws SQLException {
        return new Institution(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("name"),
                ActorGroup.valueOf(rs.getString("actor_group")), rs.getString("seat_ags"), longOrNull(rs, "offer_id"),
                instant(rs, "created_at"), instant(rs, "modified_at"), rs.getBoolean("deleted"));
    }

    // --- persons

    public long createPerson(long tenantId, String name, String email, String phone, boolean publishConsent,
                             boolean mailConsent, List<Long> institutionIds) {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        long id = insert(jdbc.sql("""
                INSERT INTO network_person (tenant_id, name, email, phone, publish_consent, mail_consent, mail_token, created_at, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, name, email, phone, publishConsent, mailConsent, HexFormat.of().formatHex(token), now(), now()));
        setInstitutions(id, institutionIds);
        return id;
    }

    public void updatePerson(long tenantId, long id, String name, String email, String phone, boolean publishConsent,
                             boolean mailConsent, List<Long> institutionIds) {
        jdbc.sql("""
                UPDATE network_person SET name = ?, email = ?, phone = ?, publish_consent = ?, mail_consent = ?, modified_at = ?
                WHERE tenant_id = ? AND id = ?""")
                .params(name, email, phone, publishConsent, mailConsent, now(), tenantId, id).update();
        setInstitutions(id, institutionIds);
    }

    private void setInstitutions(long personId, List<Long> institutionIds) {
        jdbc.sql("DELETE FROM network_person_institution WHERE person_id = ?").param(personId).update();
        for (Long i : institutionIds) {
            jdbc.sql("INSERT INTO network_person_institution (person_id, institution_id) VALUES (?, ?)").params(personId, i).update();
        }
    }

    public void linkAccount(long tenantId, long personId, Long accountId) {
        jdbc.sql("UPDATE network_person SET account_id = ?, modified_at = ? WHERE tenant_id = ? AND id = ?")
                .params(accountId, now(), tenantId, personId).update();
    }

    /** Withdraws consent to be named in public: takes effect at once (GDPR Art. 7 (3)). */
    public void withdrawPublishConsent(long tenantId, long personId) {
        jdbc.sql("UPDATE network_person SET publish_consent = FALSE, modified_at = ? WHERE tenant_id = ? AND id = ?")
                .params(now(), tenantId, personId).update();
    }

    public boolean unsubscribe(String mailToken) {
        return jdbc.sql("UPDATE network_person SET mail_consent = FALSE, modified_at = ? WHERE mail_token = ?")
                .params(now(), mailToken).update() == 1;
    }

    /**
     * Erases a person (GDPR Art. 17): name and contact are replaced, memberships and the account link removed;
     * the row stays as a tombstone so OParl can report it deleted.
     */
    public void erasePerson(long tenantId, long personId) {
        jdbc.sql("""
                UPDATE network_person SET name = 'gelöscht', email = NULL, phone = NULL, publish_consent = FALSE,
                    mail_consent = FALSE, account_id = NULL, deleted = TRUE, modified_at = ?
                WHERE tenant_id = ? AND id = ?""").params(now(), tenantId, personId).update();
        jdbc.sql("DELETE FROM network_person_institution WHERE person_id = ?").param(personId).update();
        jdbc.sql("UPDATE network_membership SET deleted = TRUE, modified_at = ? WHERE person_id = ?").params(now(), personId).update();
        jdbc.sql("UPDATE network_task SET owner_person_id = NULL WHERE owner_person_id = ?").param(personId).update();
        jdbc.sql("DELETE FROM network_invitation WHERE person_id = ?").param(personId).update();
        jdbc.sql("DELETE FROM network_attendance WHERE person_id = ?").param(personId).update();
        jdbc.sql("UPDATE network_attendance SET represented_by = NULL WHERE represented_by = ?").param(personId).update();
        jdbc.sql("UPDATE network_membership SET deputy_person_id = NULL WHERE deputy_person_id = ?").param(personId).update();
    }

    public List<Person> persons(long tenantId) {
        return jdbc.sql("SELECT * FROM network_person WHERE tenant_id = ? ORDER BY deleted, name, id").param(tenantId)
                .query(this::person).list();
    }

    public Optional<Person> person(long tenantId, long id) {
        return jdbc.sql("SELECT * FROM network_person WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(this::person).optional();
    }

    public Optional<Person> personOfAccount(long accountId) {
        return jdbc.sql("SELECT * FROM network_person WHERE account_id = ? AND deleted = FALSE").param(accountId)
                .query(this::person).optional();
    }

    private Person person(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<Long> institutions = jdbc.sql("SELECT institution_id FROM network_person_institution WHERE person_id = ? ORDER BY institution_id")
                .param(id).query(Long.class).list();
        return new Person(id, rs.getLong("tenant_id"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                rs.getBoolean("publish_consent"), rs.getBoolean("mail_consent"), rs.getString("mail_token"),
                longOrNull(rs, "account_id"), institutions, instant(rs, "created_at"), instant(rs, "modified_at"),
                rs.getBoolean("deleted"));
    }

    // --- gremien and memberships

    public long createGremium(long tenantId, String name, GremiumType type, Long parentId, String topic, String handlungsfelder,
                              LocalDate start, LocalDate end) {
        return insert(jdbc.sql("""
                INSERT INTO network_gremium (tenant_id, name, gremium_type, parent_id, topic, handlungsfelder, start_date, end_date, created_at, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, name, type.name(), parentId, topic, handlungsfelder, start, end, now(), now()));
    }

    public List<Gremium> gremien(long tenantId) {
        return jdbc.sql("SELECT * FROM network_gremium WHERE tenant_id = ? ORDER BY deleted, gremium_type, name, id").param(tenantId)
                .query(NetworkStore::gremium).list();
    }

    public Optional<Gremium> gremium(long tenantId, long id) {
        return jdbc.sql("SELECT * FROM network_gremium WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(NetworkStore::gremium).optional();
    }

    static Gremium gremium(ResultSet rs, int row) throws SQLException {
        return new Gremium(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("name"),
                GremiumType.valueOf(rs.getString("gremium_type")), longOrNull(rs, "parent_id"), rs.getString("topic"),
                rs.getString("handlungsfelder"), date(rs, "start_date"), date(rs, "end_date"), instant(rs, "created_at"),
                instant(rs, "modified_at"), rs.getBoolean("deleted"));
    }

    public long addMembership(long gremiumId, long personId, Long onBehalfOf, MemberRole role, boolean voting,
                              Long deputyPersonId, LocalDate from, LocalDate until) {
        return insert(jdbc.sql("""
                INSERT INTO network_membership (gremium_id, person_id, on_behalf_of, member_role, voting, deputy_person_id, from_date, until_date, created_at, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(gremiumId, personId, onBehalfOf, role.name(), voting, deputyPersonId, from, until, now(), now()));
    }

    public void endMembership(long gremiumId, long membershipId, LocalDate until) {
        jdbc.sql("UPDATE network_membership SET until_date = ?, modified_at = ? WHERE gremium_id = ? AND id = ?")
                .params(until, now(), gremiumId, membershipId).update();
    }

    /** Memberships of the county's gremien, tombstones included. */
    public List<Membership> memberships(long tenantId) {
        return jdbc.sql("""
                SELECT m.* FROM network_membership m JOIN network_gremium g ON g.id = m.gremium_id
                WHERE g.tenant_id = ? ORDER BY m.gremium_id, m.id""").param(tenantId).query(NetworkStore::membership).list();
    }

    public List<Membership> membershipsOf(long gremiumId) {
        return jdbc.sql("SELECT * FROM network_membership WHERE gremium_id = ? ORDER BY id").param(gremiumId)
                .query(NetworkStore::membership).list();
    }

    public List<Membership> membershipsOfPerson(long personId) {
        return jdbc.sql("SELECT * FROM network_membership WHERE person_id = ? AND deleted = FALSE ORDER BY id").param(personId)
                .query(NetworkStore::membership).list();
    }

    static Membership membership(ResultSet rs, int row) throws SQLException {
        return new Membership(rs.getLong("id"), rs.getLong("gremium_id"), rs.getLong("person_id"), longOrNull(rs, "on_behalf_of"),
                MemberRole.valueOf(rs.getString("member_role")), rs.getBoolean("voting"), longOrNull(rs, "deputy_person_id"),
                date(rs, "from_date"), date(rs, "until_date"), instant(rs, "created_at"), instant(rs, "modified_at"),
                rs.getBoolean("deleted"));
    }

    // --- meetings

    public long createMeeting(long tenantId, long gremiumId, String title, Instant start, Instant end, String place,
                              boolean stepFree, boolean hearingLoop, boolean signLanguage, String accessNotes, String onlineLink,
                              boolean isPublic) {
        return insert(jdbc.sql("""
                INSERT INTO network_meeting (tenant_id, gremium_id, title, starts_at, ends_at, place, step_free, hearing_loop,
                    sign_language, access_notes, online_link, public_meeting, state, ical_uid, sequence, created_at, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(tenantId, gremiumId, title, Timestamp.from(start), Timestamp.from(end), place, stepFree, hearingLoop,
                        signLanguage, accessNotes, onlineLink, isPublic, MeetingState.TERMINIERT.name(),
                        UUID.randomUUID() + "@pflegeregion", now(), now()));
    }

    /** Changes time, place or visibility; the iCalendar SEQUENCE rises. */
    public void updateMeeting(long tenantId, long id, String title, Instant start, Instant end, String place, boolean stepFree,
                              boolean hearingLoop, boolean signLanguage, String accessNotes, String onlineLink, boolean isPublic) {
        jdbc.sql("""
                UPDATE network_meeting SET title = ?, starts_at = ?, ends_at = ?, place = ?, step_free = ?, hearing_loop = ?,
                    sign_language = ?, access_notes = ?, online_link = ?, public_meeting = ?, sequence = sequence + 1, modified_at = ?
                WHERE tenant_id = ? AND id = ?""")
                .params(title, Timestamp.from(start), Timestamp.from(end), place, stepFree, hearingLoop, signLanguage, accessNotes,
                        onlineLink, isPublic, now(), tenantId, id).update();
    }

    public void setMeetingState(long tenantId, long id, MeetingState state) {
        jdbc.sql("UPDATE network_meeting SET state = ?, sequence = sequence + 1, modified_at = ? WHERE tenant_id = ? AND id = ?")
                .params(state.name(), now(), tenantId, id).update();
    }

    public List<Meeting> meetings(long tenantId) {
        return jdbc.sql("SELECT * FROM network_meeting WHERE tenant_id = ? ORDER BY starts_at DESC, id").param(tenantId)
                .query(NetworkStore::meeting).list();
    }

    public List<Meeting> meetingsOf(long gremiumId) {
        return jdbc.sql("SELECT * FROM network_meeting WHERE gremium_id = ? AND deleted = FALSE ORDER BY starts_at, id").param(gremiumId)
                .query(NetworkStore::meeting).list();
    }

    public Optional<Meeting> meeting(long tenantId, long id) {
        return jdbc.sql("SELECT * FROM network_meeting WHERE tenant_id = ? AND id = ?").params(tenantId, id)
                .query(NetworkStore::meeting).optional();
    }

    public Optional<Meeting> meeting(long id) {
        return jdbc.sql("SELECT * FROM network_meeting WHERE id = ?").param(id).query(NetworkStore::meeting).optional();
    }

    static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("gremium_id"), rs.getString("title"),
                instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("place"), rs.getBoolean("step_free"),
                rs.getBoolean("hearing_loop"), rs.getBoolean("sign_language"), rs.getString("access_notes"),
                rs.getString("online_link"), rs.getBoolean("public_meeting"), MeetingState.valueOf(rs.getString("state")),
                rs.getString("ical_uid"), rs.getInt("sequence"), instant(rs, "created_at"), instant(rs, "modified_at"),
                rs.getBoolean("deleted"));
    }

    // --- agenda

    public long addAgendaItem(long meetingId, String number, String title, boolean isPublic, Long carriedTaskId) {
        return insert(jdbc.sql("""
                INSERT INTO network_agenda_item (meeting_id, number, title, public_item, carried_task_id, created_at, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(meetingId, number, title, isPublic, carriedTaskId, now(), now()));
    }

    public List<AgendaItem> agenda(long meetingId) {
        return jdbc.sql("SELECT * FROM network_agenda_item WHERE meeting_id = ? ORDER BY id").param(meetingId)
                .query(NetworkStore::agendaItem).list();
    }

    public List<AgendaItem> agendaItems(long tenantId) {
        return jdbc.sql("""
                SELECT a.* FROM network_agenda_item a JOIN network_meeting m ON m.id = a.meeting_id
                WHERE m.tenant_id = ? ORDER BY a.id""").param(tenantId).query(NetworkStore::agendaItem).list();
    }

    public void setDiscussion(long meetingId, long itemId, String discussion) {
        jdbc.sql("UPDATE network_agenda_item SET discussion = ?, modified_at = ? WHERE meeting_id = ? AND id = ?")
                .params(discussion, now(), meetingId, itemId).update();
    }

    static AgendaItem agendaItem(ResultSet rs, int row) throws SQLException {
        return new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("number"), rs.getString("title"),
                rs.getBoolean("public_item"), rs.getString("discussion"), longOrNull(rs, "carried_task_id"),
                instant(rs, "created_at"), instant(rs, "modified_at"));
    }

    // --- invitations and attendance

    public void invite(long meetingId, long personId) {
        int updated = jdbc.sql("UPDATE network_invitation SET invited_at = ? WHERE meeting_id = ? AND person_id = ?")
                .params(now(), meetingId, personId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO network_invitation (meeting_id, person_id, rsvp, invited_at) VALUES (?, ?, ?, ?)")
                    .params(meetingId, personId, Rsvp.OFFEN.name(), now()).update();
        }
    }

    public boolean answer(long meetingId, long personId, Rsvp rsvp) {
        return jdbc.sql("UPDATE network_invitation SET rsvp = ? WHERE meeting_id = ? AND person_id = ?")
                .params(rsvp.name(), meetingId, personId).update() == 1;
    }

    public List<Invitation> invitations(long meetingId) {
        return jdbc.sql("SELECT * FROM network_invitation WHERE meeting_id = ? ORDER BY person_id").param(meetingId)
                .query((rs, n) -> new Invitation(rs.getLong("meeting_id"), rs.getLong("person_id"), Rsvp.valueOf(rs.getString("rsvp")),
                        instant(rs, "invited_at"))).list();
    }

    public List<Invitation> invitationsOf(long personId) {
        return jdbc.sql("SELECT * FROM network_invitation WHERE person_id = ? ORDER BY meeting_id").param(personId)
                .query((rs, n) -> new Invitation(rs.getLong("meeting_id"), rs.getLong("person_id"), Rsvp.valueOf(rs.getString("rsvp")),
                        instant(rs, "invited_at"))).list();
    }

    public void recordAttendance(long meetingId, long personId, AttendanceStatus status, Long representedBy) {
        jdbc.sql("DELETE FROM network_attendance WHERE meeting_id = ? AND person_id = ?").params(meetingId, personId).update();
        jdbc.sql("INSERT INTO network_attendance (meeting_id, person_id, status, represented_by) VALUES (?, ?, ?, ?)")
                .params(meetingId, personId, status.name(), representedBy).update();
    }

    public List<Attendance> attendance(long meetingId) {
        return jdbc.sql("SELECT * FROM network_attendance WHERE meeting_id = ? ORDER BY person_id").param(meetingId)
                .query((rs, n) -> new Attendance(rs.getLong("meeting_id"), rs.getLong("person_id"),
                        AttendanceStatus.valueOf(rs.getString("status")), longOrNull(rs, "represented_by"))).list();
    }

    // --- minutes, decisions, tasks

    public Minutes minutes(long meetingId) {
        return jdbc.sql("SELECT * FROM network_minutes WHERE meeting_id = ?").param(meetingId)
                .query((rs, n) -> new Minutes(rs.getLong("meeting_id"), MinutesState.valueOf(rs.getString("state")),
                        instant(rs, "circulated_at"), instant(rs, "approved_at"), instant(rs, "published_at"), instant(rs, "modified_at")))
                .optional().orElse(new Minutes(meetingId, MinutesState.ENTWURF, null, null, null, null));
    }

    public void setMinutesState(long meetingId, MinutesState state) {
        Timestamp now = now();
        if (jdbc.sql("SELECT COUNT(*) FROM network_minutes WHERE meeting_id = ?").param(meetingId).query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO network_minutes (meeting_id, state, modified_at) VALUES (?, ?, ?)")
                    .params(meetingId, MinutesState.ENTWURF.name(), now).update();
        }
        String column = switch (state) {
            case UMLAUF -> "circulated_at";
            case GENEHMIGT -> "approved_at";
            case VEROEFFENTLICHT -> "published_at";
            case ENTWURF -> "modified_at";
        };
        jdbc.sql("UPDATE network_minutes SET state = ?, " + column + " = ?, modified_at = ? WHERE meeting_id = ?")
                .params(state.name(), now, now, meetingId).update();
    }

    public long addDecision(long agendaItemId, String text, DecisionResult result, Integer yes, Integer no, Integer abstain) {
        return insert(jdbc.sql("""
                INSERT INTO network_decision (agenda_item_id, text, result, votes_yes, votes_no, votes_abstain, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(agendaItemId, text, result.name(), yes, no, abstain, now()));
    }

    public List<Decision> decisions(long meetingId) {
        return jdbc.sql("""
                SELECT d.* FROM network_decision d JOIN network_agenda_item a ON a.id = d.agenda_item_id
                WHERE a.meeting_id = ? ORDER BY d.id""").param(meetingId).query(NetworkStore::decision).list();
    }

    /** Decisions of the county's published minutes since a day, newest first (for the newsletter and the report). */
    public List<Decision> publishedDecisions(long tenantId, Instant since) {
        return jdbc.sql("""
                SELECT d.* FROM network_decision d JOIN network_agenda_item a ON a.id = d.agenda_item_id
                JOIN network_meeting m ON m.id = a.meeting_id JOIN network_minutes p ON p.meeting_id = m.id
                WHERE m.tenant_id = ? AND p.state = 'VEROEFFENTLICHT' AND a.public_item = TRUE AND m.starts_at >= ?
                ORDER BY m.starts_at DESC, d.id""").params(tenantId, Timestamp.from(since)).query(NetworkStore::decision).list();
    }

    static Decision decision(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getLong("id"), rs.getLong("agenda_item_id"), rs.getString("text"),
                DecisionResult.valueOf(rs.getString("result")), intOrNull(rs, "votes_yes"), intOrNull(rs, "votes_no"),
                intOrNull(rs, "votes_abstain"), instant(rs, "created_at"));
    }

    public long addTask(long agendaItemId, String title, Long ownerPersonId, LocalDate due) {
        return insert(jdbc.sql("""
                INSERT INTO network_task (agenda_item_id, title, owner_person_id, due_date, status, created_at, modified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""").params(agendaItemId, title, ownerPersonId, due, TaskStatus.OFFEN.name(), now(), now()));
    }

    public void setTaskStatus(long taskId, TaskStatus status) {
        jdbc.sql("UPDATE network_task SET status = ?, modified_at = ? WHERE id = ?").params(status.name(), now(), taskId).update();
    }

    public void markReminded(long taskId) {
        jdbc.sql("UPDATE network_task SET reminded_at = ? WHERE id = ?").params(now(), taskId).update();
    }

    public List<Task> tasksOfMeeting(long meetingId) {
        return jdbc.sql("""
                SELECT t.* FROM network_task t JOIN network_agenda_item a ON a.id = t.agenda_item_id
                WHERE a.meeting_id = ? ORDER BY t.id""").param(meetingId).query(NetworkStore::task).list();
    }

    public List<Task> tasksOfGremium(long gremiumId) {
        return jdbc.sql("""
                SELECT t.* FROM network_task t JOIN network_agenda_item a ON a.id = t.agenda_item_id
                JOIN network_meeting m ON m.id = a.meeting_id WHERE m.gremium_id = ? ORDER BY t.id""").param(gremiumId)
                .query(NetworkStore::task).list();
    }

    public List<Task> tasksOf(long personId) {
        return jdbc.sql("SELECT * FROM network_task WHERE owner_person_id = ? ORDER BY due_date, id").param(personId)
                .query(NetworkStore::task).list();
    }

    public Optional<Task> task(long tenantId, long taskId) {
        return jdbc.sql("""
                SELECT t.* FROM network_task t JOIN network_agenda_item a ON a.id = t.agenda_item_id
                JOIN network_meeting m ON m.id = a.meeting_id WHERE m.tenant_id = ? AND t.id = ?""").params(tenantId, taskId)
                .query(NetworkStore::task).optional();
    }

    /** Open tasks due within the given days and not reminded yet, of every county. */
    public List<Task> tasksDueForReminder(LocalDate until) {
        return jdbc.sql("""
                SELECT * FROM network_task WHERE status IN ('OFFEN', 'IN_ARBEIT') AND due_date IS NOT NULL AND due_date <= ?
                AND reminded_at IS NULL AND owner_person_id IS NOT NULL ORDER BY id""").param(until).query(NetworkStore::task).list();
    }

    private static Task task(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("agenda_item_id"), rs.getString("title"), longOrNull(rs, "owner_person_id"),
                date(rs, "due_date"), TaskStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), instant(rs, "modified_at"));
    }

    public Optional<Meeting> agendaItemMeeting(long agendaItemId) {
        return jdbc.sql("SELECT m.* FROM network_meeting m JOIN network_agenda_item a ON a.meeting_id = m.id WHERE a.id = ?")
                .param(agendaItemId).query(NetworkStore::meeting).optional();
    }

    // --- newsletter archive

    public record Newsletter(long id, long tenantId, String subject, String body, int recipients, Instant sent) {
    }

    public long archiveNewsletter(long tenantId, String subject, String body, int recipients) {
        return insert(jdbc.sql("INSERT INTO network_newsletter (tenant_id, subject, body, recipients, sent_at) VALUES (?, ?, ?, ?, ?)")
                .params(tenantId, subject, body, recipients, now()));
    }

    public List<Newsletter> newsletters() {
        return jdbc.sql("SELECT * FROM network_newsletter ORDER BY sent_at DESC, id DESC").query(NetworkStore::newsletter).list();
    }

    public Optional<Newsletter> newsletter(long id) {
        return jdbc.sql("SELECT * FROM network_newsletter WHERE id = ?").param(id).query(NetworkStore::newsletter).optional();
    }

    private static Newsletter newsletter(ResultSet rs, int n) throws SQLException {
        return new Newsletter(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("subject"), rs.getString("body"),
                rs.getInt("recipients"), instant(rs, "sent_at"));
    }

    public Optional<Person> personByMailToken(String token) {
        return jdbc.sql("SELECT * FROM network_person WHERE mail_token = ? AND deleted = FALSE").param(token).query(this::person).optional();
    }

    // --- changing and retiring gremien and institutions (rows stay as tombstones so OParl reports them deleted)

    public void updateInstitution(long tenantId, long id, String name, ActorGroup group, String seatAgs) {
        jdbc.sql("UPDATE network_institution SET name = ?, actor_group = ?, seat_ags = ?, modified_at = ? WHERE tenant_id = ? AND id = ? AND deleted = FALSE")
                .params(name, group.name(), seatAgs, now(), tenantId, id).update();
    }

    public void deleteInstitution(long tenantId, long id) {
        jdbc.sql("UPDATE network_institution SET deleted = TRUE, modified_at = ? WHERE tenant_id = ? AND id = ?").params(now(), tenantId, id).update();
    }

    public void updateGremium(long tenantId, long id, String name, GremiumType type, Long parentId, String topic, String handlungsfelder,
                              LocalDate start, LocalDate end) {
        jdbc.sql("""
                UPDATE network_gremium SET name = ?, gremium_type = ?, parent_id = ?, topic = ?, handlungsfelder = ?, start_date = ?, end_date = ?,
                modified_at = ? WHERE tenant_id = ? AND id = ? AND deleted = FALSE""")
                .params(name, type.name(), parentId, topic, handlungsfelder, start, end, now(), tenantId, id).update();
    }

    /** The gremium and its memberships become tombstones; held meetings and their minutes stay as the record. */
    public void deleteGremium(long tenantId, long id) {
        Timestamp now = now();
        jdbc.sql("UPDATE network_membership SET deleted = TRUE, modified_at = ? WHERE gremium_id = ? AND gremium_id IN "
                + "(SELECT id FROM network_gremium WHERE tenant_id = ?)").params(now, id, tenantId).update();
        jdbc.sql("UPDATE network_gremium SET deleted = TRUE, modified_at = ? WHERE tenant_id = ? AND id = ?").params(now, tenantId, id).update();
    }
}
