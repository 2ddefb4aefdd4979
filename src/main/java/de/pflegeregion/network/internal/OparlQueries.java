package de.pflegeregion.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.pflegeregion.network.AgendaItem;
import de.pflegeregion.network.AttendanceStatus;
import de.pflegeregion.network.Decision;
import de.pflegeregion.network.Gremium;
import de.pflegeregion.network.Institution;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.MeetingState;
import de.pflegeregion.network.Membership;
import de.pflegeregion.network.Minutes;
import de.pflegeregion.network.MinutesState;
import de.pflegeregion.network.Person;

/**
 * The reads behind the OParl view, paged and filtered in SQL: every list is one query for the page (with the
 * total as a window count) plus one query per kind of embedded object for the whole page, whatever the page size.
 * Each source exposes {@code oparl_created}, {@code oparl_modified} and {@code oparl_visible} (false: answered as a
 * tombstone, listed only to clients that ask for changes).
 */
@Repository
public class OparlQueries {

    private final JdbcClient jdbc;

    OparlQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The filters and page of an OParl list request (OParl 1.1, "Objektlisten und Paginierung"). */
    public record Filter(Instant modifiedSince, Instant createdSince, Instant modifiedUntil, Instant createdUntil, int limit, int page) {

        /** Objects no longer public are shown only to clients that synchronise changes. */
        public boolean withTombstones() {
            return modifiedSince != null;
        }

        public boolean matches(Instant created, Instant modified, boolean visible) {
            return (visible || withTombstones())
                    && (modifiedSince == null || !modified.isBefore(modifiedSince))
                    && (createdSince == null || !created.isBefore(createdSince))
                    && (modifiedUntil == null || !modified.isAfter(modifiedUntil))
                    && (createdUntil == null || !created.isAfter(createdUntil));
        }

        long offset() {
            return (long) (page - 1) * limit;
        }
    }

    /** One page of a list and the number of matching objects in all pages. */
    public record Page<T>(List<T> rows, long total) {
    }

    /** A row of a list: the object, when it counts as created and modified, and whether it is still public. */
    public record Row<T>(T value, Instant created, Instant modified, boolean visible) {
    }

    // ---- the county as a whole (Body)

    /** Earliest and latest record of a county's network; {@code gremien} tells whether it has one at all. */
    public record BodyStamp(Instant created, Instant modified, long gremien) {
    }

    /** Per county id: when its network began (gremien, institutions, persons) and last changed (also meetings). */
    public Map<Long, BodyStamp> bodyStamps() {
        Map<Long, BodyStamp> stamps = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT tenant_id, MIN(c) AS created, MAX(m) AS modified, SUM(g) AS gremien FROM (
                    SELECT tenant_id, created_at AS c, modified_at AS m, 1 AS g FROM network_gremium
                    UNION ALL SELECT tenant_id, created_at, modified_at, 0 FROM network_institution
                    UNION ALL SELECT tenant_id, created_at, modified_at, 0 FROM network_person
                    UNION ALL SELECT tenant_id, NULL, modified_at, 0 FROM network_meeting) x
                GROUP BY tenant_id""").query((rs, n) -> {
            stamps.put(rs.getLong("tenant_id"), new BodyStamp(instant(rs, "created"), instant(rs, "modified"), rs.getLong("gremien")));
            return null;
        }).list();
        return stamps;
    }

    /**
     * Earliest and latest meeting start per calendar year as the database groups them; the caller maps both to
     * the county's years (a year's meetings span at most two local years, and the first and last show both).
     */
    public List<Instant> meetingYearBounds(long tenantId) {
        List<Instant> bounds = new ArrayList<>();
        jdbc.sql("""
                SELECT MIN(starts_at) AS first_start, MAX(starts_at) AS last_start FROM network_meeting WHERE tenant_id = ?
                GROUP BY EXTRACT(YEAR FROM starts_at)""").param(tenantId).query((rs, n) -> {
            bounds.add(instant(rs, "first_start"));
            bounds.add(instant(rs, "last_start"));
            return null;
        }).list();
        return bounds;
    }

    // ---- Organization: gremien, then member institutions

    /** A gremium (with {@code gremium}) or an institution (with {@code institution}). */
    public record Organization(Gremium gremium, Institution institution) {
    }

    private static final String ORGANIZATIONS = """
            SELECT 'g' AS org_kind, g.id, g.tenant_id, g.name, g.gremium_type, g.parent_id, g.topic, g.handlungsfelder, g.start_date,
                g.end_date, NULL AS actor_group, NULL AS seat_ags, NULL AS offer_id, g.created_at, g.modified_at, g.deleted,
                0 AS part, g.deleted AS sort_deleted, g.gremium_type AS sort_type,
                g.created_at AS oparl_created, g.modified_at AS oparl_modified, NOT g.deleted AS oparl_visible
            FROM network_gremium g WHERE g.tenant_id = :tenant
            UNION ALL
            SELECT 'i', i.id, i.tenant_id, i.name, NULL, NULL, NULL, NULL, NULL, NULL, i.actor_group, i.seat_ags, i.offer_id,
                i.created_at, i.modified_at, i.deleted, 1, FALSE, '', i.created_at, i.modified_at, NOT i.deleted
            FROM network_institution i WHERE i.tenant_id = :tenant""";

    private static final String ORGANIZATION_ORDER = "part, sort_deleted, sort_type, name, id";

    public Page<Row<Organization>> organizations(long tenantId, Filter f) {
        return page(ORGANIZATIONS, ORGANIZATION_ORDER, Map.of("tenant", tenantId), f, OparlQueries::organization);
    }

    public Optional<Row<Organization>> organization(long tenantId, String kind, long id) {
        return one(ORGANIZATIONS, "org_kind = :kind AND id = :id", Map.of("tenant", tenantId, "kind", kind, "id", id), OparlQueries::organization);
    }

    private static Organization organization(ResultSet rs, int n) throws SQLException {
        return "g".equals(rs.getString("org_kind")) ? new Organization(NetworkStore.gremium(rs, n), null)
                : new Organization(null, NetworkStore.institution(rs, n));
    }

    /** Public memberships (not ended by erasure, person consenting) of these gremien, by gremium and id. */
    public Map<Long, List<Long>> publicMembershipIds(long tenantId, Collection<Long> gremiumIds) {
        Map<Long, List<Long>> byGremium = new LinkedHashMap<>();
        if (gremiumIds.isEmpty()) {
            return byGremium;
        }
        jdbc.sql("""
                SELECT m.id, m.gremium_id FROM network_membership m JOIN network_person p ON p.id = m.person_id AND p.tenant_id = :tenant
                WHERE m.gremium_id IN (:ids) AND m.deleted = FALSE AND p.publish_consent = TRUE AND p.deleted = FALSE
                ORDER BY m.gremium_id, m.id""").param("tenant", tenantId).param("ids", gremiumIds).query((rs, n) -> {
            byGremium.computeIfAbsent(rs.getLong("gremium_id"), k -> new ArrayList<>()).add(rs.getLong("id"));
            return null;
        }).list();
        return byGremium;
    }

    // ---- Person and Membership

    private static final String PERSONS = """
            SELECT p.id, p.tenant_id, p.name, p.publish_consent, p.deleted, p.created_at, p.modified_at,
                p.created_at AS oparl_created, p.modified_at AS oparl_modified, (p.publish_consent = TRUE AND p.deleted = FALSE) AS oparl_visible
            FROM network_person p WHERE p.tenant_id = :tenant""";

    public Page<Row<Person>> persons(long tenantId, Filter f) {
        return page(PERSONS, "id", Map.of("tenant", tenantId), f, OparlQueries::person);
    }

    public Optional<Row<Person>> person(long tenantId, long id) {
        return one(PERSONS, "id = :id", Map.of("tenant", tenantId, "id", id), OparlQueries::person);
    }

    /** Only what OParl may show of a person: no contact data, no token, no account. */
    private static Person person(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("name"), null, null, rs.getBoolean("publish_consent"),
                false, null, null, List.of(), instant(rs, "created_at"), instant(rs, "modified_at"), rs.getBoolean("deleted"));
    }

    private static final String MEMBERSHIPS = """
            SELECT m.*, m.created_at AS oparl_created, m.modified_at AS oparl_modified,
                (m.deleted = FALSE AND COALESCE(p.publish_consent = TRUE AND p.deleted = FALSE, FALSE)) AS oparl_visible
            FROM network_membership m JOIN network_gremium g ON g.id = m.gremium_id
            LEFT JOIN network_person p ON p.id = m.person_id AND p.tenant_id = :tenant
            WHERE g.tenant_id = :tenant""";

    public Page<Row<Membership>> memberships(long tenantId, Filter f) {
        return page(MEMBERSHIPS, "gremium_id, id", Map.of("tenant", tenantId), f, NetworkStore::membership);
    }

    public Optional<Row<Membership>> membership(long tenantId, long id) {
        return one(MEMBERSHIPS, "id = :id", Map.of("tenant", tenantId, "id", id), NetworkStore::membership);
    }

    /** Public memberships of these persons (who consent), by person, in the order of the membership list. */
    public Map<Long, List<Membership>> publicMembershipsOf(long tenantId, Collection<Long> personIds) {
        Map<Long, List<Membership>> byPerson = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        jdbc.sql("""
                SELECT m.* FROM network_membership m JOIN network_gremium g ON g.id = m.gremium_id
                WHERE g.tenant_id = :tenant AND m.person_id IN (:ids) AND m.deleted = FALSE ORDER BY m.gremium_id, m.id""")
                .param("tenant", tenantId).param("ids", personIds).query(NetworkStore::membership).list()
                .forEach(m -> byPerson.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m));
        return byPerson;
    }

    // ---- Meeting, with what a page of meetings embeds

    /** A meeting with its gremium's name and its minutes (state {@code ENTWURF} when none were written). */
    public record MeetingRow(Meeting meeting, String gremiumName, Minutes minutes) {
    }

    private static final String MEETINGS = """
            SELECT m.*, g.name AS gremium_name, n.state AS minutes_state, n.circulated_at AS minutes_circulated,
                n.approved_at AS minutes_approved, n.published_at AS minutes_published, n.modified_at AS minutes_modified,
                m.created_at AS oparl_created,
                CASE WHEN m.public_meeting = TRUE AND m.deleted = FALSE AND n.modified_at > m.modified_at THEN n.modified_at
                    ELSE m.modified_at END AS oparl_modified,
                (m.public_meeting = TRUE AND m.deleted = FALSE) AS oparl_visible
            FROM network_meeting m JOIN network_gremium g ON g.id = m.gremium_id LEFT JOIN network_minutes n ON n.meeting_id = m.id
            WHERE m.tenant_id = :tenant""";

    /** Meetings by id; {@code gremiumId} narrows them to one gremium when given. */
    public Page<Row<MeetingRow>> meetings(long tenantId, Long gremiumId, Filter f) {
        Map<String, Object> params = new LinkedHashMap<>(Map.of("tenant", tenantId));
        String source = MEETINGS;
        if (gremiumId != null) {
            source += " AND m.gremium_id = :gremium";
            params.put("gremium", gremiumId);
        }
        return page(source, "id", params, f, OparlQueries::meetingRow);
    }

    public Optional<Row<MeetingRow>> meeting(long tenantId, long id) {
        return one(MEETINGS, "id = :id", Map.of("tenant", tenantId, "id", id), OparlQueries::meetingRow);
    }

    private static MeetingRow meetingRow(ResultSet rs, int n) throws SQLException {
        Meeting m = NetworkStore.meeting(rs, n);
        String state = rs.getString("minutes_state");
        Minutes minutes = state == null ? new Minutes(m.id(), MinutesState.ENTWURF, null, null, null, null)
                : new Minutes(m.id(), MinutesState.valueOf(state), instant(rs, "minutes_circulated"), instant(rs, "minutes_approved"),
                instant(rs, "minutes_published"), instant(rs, "minutes_modified"));
        return new MeetingRow(m, rs.getString("gremium_name"), minutes);
    }

    /** Public TOPs of these meetings, by meeting, in id order. */
    public Map<Long, List<AgendaItem>> publicAgenda(Collection<Long> meetingIds) {
        Map<Long, List<AgendaItem>> byMeeting = new LinkedHashMap<>();
        if (meetingIds.isEmpty()) {
            return byMeeting;
        }
        jdbc.sql("SELECT * FROM network_agenda_item WHERE meeting_id IN (:ids) AND public_item = TRUE ORDER BY id")
                .param("ids", meetingIds).query(NetworkStore::agendaItem).list()
                .forEach(a -> byMeeting.computeIfAbsent(a.meetingId(), k -> new ArrayList<>()).add(a));
        return byMeeting;
    }

    /** Decisions under these TOPs, by TOP, in id order. */
    public Map<Long, List<Decision>> decisions(Collection<Long> agendaItemIds) {
        Map<Long, List<Decision>> byItem = new LinkedHashMap<>();
        if (agendaItemIds.isEmpty()) {
            return byItem;
        }
        jdbc.sql("SELECT * FROM network_decision WHERE agenda_item_id IN (:ids) ORDER BY id").param("ids", agendaItemIds)
                .query(NetworkStore::decision).list()
                .forEach(d -> byItem.computeIfAbsent(d.agendaItemId(), k -> new ArrayList<>()).add(d));
        return byItem;
    }

    /**
     * Who took part in these meetings and consents to be named: present or represented (then the deputy who came),
     * by meeting, in person id order.
     */
    public Map<Long, List<Long>> publicParticipants(long tenantId, Collection<Long> meetingIds) {
        Map<Long, List<Long>> byMeeting = new LinkedHashMap<>();
        if (meetingIds.isEmpty()) {
            return byMeeting;
        }
        List<String> counting = Arrays.stream(AttendanceStatus.values()).filter(AttendanceStatus::counts).map(Enum::name).toList();
        jdbc.sql("""
                SELECT DISTINCT a.meeting_id, p.id AS person_id FROM network_attendance a
                JOIN network_person p ON p.id = COALESCE(a.represented_by, a.person_id) AND p.tenant_id = :tenant
                WHERE a.meeting_id IN (:ids) AND a.status IN (:counting) AND p.publish_consent = TRUE AND p.deleted = FALSE
                ORDER BY a.meeting_id, p.id""").param("tenant", tenantId).param("ids", meetingIds).param("counting", counting)
                .query((rs, n) -> {
                    byMeeting.computeIfAbsent(rs.getLong("meeting_id"), k -> new ArrayList<>()).add(rs.getLong("person_id"));
                    return null;
                }).list();
        return byMeeting;
    }

    // ---- AgendaItem, File and Location: of public meetings only

    /** A public TOP with whether its meeting's minutes are published (then its decisions are public). */
    public record AgendaRow(AgendaItem item, boolean minutesPublished) {
    }

    private static final String AGENDA_ITEMS = """
            SELECT a.*, n.state AS minutes_state, a.created_at AS oparl_created, a.modified_at AS oparl_modified, TRUE AS oparl_visible
            FROM network_agenda_item a JOIN network_meeting m ON m.id = a.meeting_id LEFT JOIN network_minutes n ON n.meeting_id = m.id
            WHERE m.tenant_id = :tenant AND m.public_meeting = TRUE AND m.deleted = FALSE AND a.public_item = TRUE""";

    public Page<Row<AgendaRow>> agendaItems(long tenantId, Filter f) {
        return page(AGENDA_ITEMS, "meeting_id, id", Map.of("tenant", tenantId), f, OparlQueries::agendaRow);
    }

    public Optional<Row<AgendaRow>> agendaItem(long tenantId, long id) {
        return one(AGENDA_ITEMS, "id = :id", Map.of("tenant", tenantId, "id", id), OparlQueries::agendaRow);
    }

    private static AgendaRow agendaRow(ResultSet rs, int n) throws SQLException {
        return new AgendaRow(NetworkStore.agendaItem(rs, n), MinutesState.VEROEFFENTLICHT.name().equals(rs.getString("minutes_state")));
    }

    /** A document of a public meeting: its invitation once invited, its minutes once published. */
    public record FileRow(long meetingId, String kind, String meetingTitle, Instant meetingStart) {

        public static final String INVITATION = "einladung";
        public static final String MINUTES = "protokoll";
    }

    private static final String FILES = """
            SELECT m.id AS meeting_id, '%s' AS kind, m.title, m.starts_at, 0 AS part,
                m.created_at AS oparl_created, m.modified_at AS oparl_modified, TRUE AS oparl_visible
            FROM network_meeting m WHERE m.tenant_id = :tenant AND m.public_meeting = TRUE AND m.deleted = FALSE AND m.state IN (:invited)
            UNION ALL
            SELECT m.id, '%s', m.title, m.starts_at, 1, m.created_at, n.published_at, TRUE
            FROM network_meeting m JOIN network_minutes n ON n.meeting_id = m.id
            WHERE m.tenant_id = :tenant AND m.public_meeting = TRUE AND m.deleted = FALSE AND n.state = :published"""
            .formatted(FileRow.INVITATION, FileRow.MINUTES);

    /** States in which a meeting's invitation is out (and stays a public document). */
    public static final List<MeetingState> INVITED = List.of(MeetingState.EINGELADEN, MeetingState.DURCHGEFUEHRT);

    private static Map<String, Object> fileParams(long tenantId) {
        return new LinkedHashMap<>(Map.of("tenant", tenantId, "invited", INVITED.stream().map(Enum::name).toList(),
                "published", MinutesState.VEROEFFENTLICHT.name()));
    }

    public Page<Row<FileRow>> files(long tenantId, Filter f) {
        return page(FILES, "meeting_id, part", fileParams(tenantId), f, OparlQueries::fileRow);
    }

    public Optional<Row<FileRow>> file(long tenantId, long meetingId, String kind) {
        Map<String, Object> params = fileParams(tenantId);
        params.put("id", meetingId);
        params.put("kind", kind);
        return one(FILES, "meeting_id = :id AND kind = :kind", params, OparlQueries::fileRow);
    }

    private static FileRow fileRow(ResultSet rs, int n) throws SQLException {
        return new FileRow(rs.getLong("meeting_id"), rs.getString("kind"), rs.getString("title"), instant(rs, "starts_at"));
    }

    private static final String LOCATIONS = """
            SELECT m.*, m.created_at AS oparl_created, m.modified_at AS oparl_modified, TRUE AS oparl_visible FROM network_meeting m
            WHERE m.tenant_id = :tenant AND m.public_meeting = TRUE AND m.deleted = FALSE AND m.place IS NOT NULL""";

    public Page<Row<Meeting>> locations(long tenantId, Filter f) {
        return page(LOCATIONS, "id", Map.of("tenant", tenantId), f, NetworkStore::meeting);
    }

    public Optional<Row<Meeting>> location(long tenantId, long meetingId) {
        return one(LOCATIONS, "id = :id", Map.of("tenant", tenantId, "id", meetingId), NetworkStore::meeting);
    }

    // ---- paging

    private <T> Page<Row<T>> page(String source, String order, Map<String, Object> params, Filter f, RowMapper<T> mapper) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        String where = conditions(f, p);
        p.put("limit", f.limit());
        p.put("offset", f.offset());
        long[] total = {-1};
        List<Row<T>> rows = jdbc.sql("SELECT x.*, COUNT(*) OVER () AS oparl_total FROM (" + source + ") x WHERE " + where
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(p).query((rs, n) -> {
                    total[0] = rs.getLong("oparl_total");
                    return row(rs, n, mapper);
                }).list();
        if (rows.isEmpty()) {
            // a page behind the last one still reports how many there are
            total[0] = f.page() == 1 ? 0 : jdbc.sql("SELECT COUNT(*) FROM (" + source + ") x WHERE " + where).params(p).query(Long.class).single();
        }
        return new Page<>(rows, total[0]);
    }

    private <T> Optional<Row<T>> one(String source, String condition, Map<String, Object> params, RowMapper<T> mapper) {
        return jdbc.sql("SELECT x.* FROM (" + source + ") x WHERE " + condition).params(params).query((rs, n) -> row(rs, n, mapper)).optional();
    }

    private static <T> Row<T> row(ResultSet rs, int n, RowMapper<T> mapper) throws SQLException {
        return new Row<>(mapper.mapRow(rs, n), instant(rs, "oparl_created"), instant(rs, "oparl_modified"), rs.getBoolean("oparl_visible"));
    }

    private static String conditions(Filter f, Map<String, Object> p) {
        List<String> c = new ArrayList<>();
        if (!f.withTombstones()) {
            c.add("oparl_visible = TRUE");
        }
        bound(c, p, "oparl_modified >=", "modified_since", f.modifiedSince());
        bound(c, p, "oparl_created >=", "created_since", f.createdSince());
        bound(c, p, "oparl_modified <=", "modified_until", f.modifiedUntil());
        bound(c, p, "oparl_created <=", "created_until", f.createdUntil());
        return c.isEmpty() ? "1 = 1" : String.join(" AND ", c);
    }

    private static void bound(List<String> c, Map<String, Object> p, String test, String name, Instant value) {
        if (value != null) {
            c.add(test + " :" + name);
            p.put(name, Timestamp.from(value));
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
