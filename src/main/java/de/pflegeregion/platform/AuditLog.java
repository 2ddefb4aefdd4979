package de.pflegeregion.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Append-only log of every change to accounts and offers; written in the caller's transaction. Nothing
 * here updates or deletes an entry, except {@link #pseudonymise} for an erased account (Art. 17 DSGVO);
 * on PostgreSQL a trigger (migration V60) refuses every other UPDATE and every DELETE.
 */
@Service
public class AuditLog {

    private static final String COLUMNS = "id, tenant_id, actor, occurred_at, action, subject_type, subject_id, before_state, after_state";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Long tenantId, String actor, String action, String subjectType, String subjectId,
                       String beforeState, String afterState) {
        jdbc.sql("""
                INSERT INTO audit_log (tenant_id, actor, occurred_at, action, subject_type, subject_id, before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, actor, java.sql.Timestamp.from(clock.instant()), action, subjectType, subjectId, beforeState, afterState)
                .update();
    }

    public List<AuditEntry> forSubject(String subjectType, String subjectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_log WHERE subject_type = ? AND subject_id = ? ORDER BY id")
                .params(subjectType, subjectId)
                .query(AuditLog::entry)
                .list();
    }

    /** A county's latest entries, newest first; with a subject only those about it (e.g. "offer", "17"). */
    public List<AuditEntry> latest(long tenantId, String subjectType, String subjectId, int limit) {
        if (subjectType == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM audit_log WHERE tenant_id = ? ORDER BY id DESC LIMIT ?")
                    .params(tenantId, limit).query(AuditLog::entry).list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_log WHERE tenant_id = ? AND subject_type = ? AND subject_id = ? ORDER BY id DESC LIMIT ?")
                .params(tenantId, subjectType, subjectId, limit).query(AuditLog::entry).list();
    }

    /** Entries written by the actor or about the subject, oldest first (for the account's data export). */
    public List<AuditEntry> byOrAbout(String actor, String subjectType, String subjectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_log WHERE actor = ? OR (subject_type = ? AND subject_id = ?) ORDER BY id")
                .params(actor, subjectType, subjectId).query(AuditLog::entry).list();
    }

    /**
     * Replaces an erased account's name by its pseudonym: as actor everywhere, as a JSON string in every
     * entry's states, and its display name in the entries about the account. The only change the
     * database's append-only trigger lets through.
     */
    void pseudonymise(String username, String displayName, String pseudonym, String subjectType, String subjectId) {
        String quotedName = "\"" + username + "\"";
        String quotedPseudonym = "\"" + pseudonym + "\"";
        jdbc.sql("""
                UPDATE audit_log SET actor = CASE WHEN actor = ? THEN ? ELSE actor END,
                    before_state = REPLACE(before_state, ?, ?), after_state = REPLACE(after_state, ?, ?)
                WHERE actor = ? OR before_state LIKE ? OR after_state LIKE ?""")
                .params(username, pseudonym, quotedName, quotedPseudonym, quotedName, quotedPseudonym, username,
                        "%" + quotedName + "%", "%" + quotedName + "%")
                .update();
        if (displayName != null && !displayName.isBlank()) {
            String quotedDisplay = "\"" + displayName.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            jdbc.sql("""
                    UPDATE audit_log SET before_state = REPLACE(before_state, ?, ?), after_state = REPLACE(after_state, ?, ?)
                    WHERE subject_type = ? AND subject_id = ? AND (before_state LIKE ? OR after_state LIKE ?)""")
                    .params(quotedDisplay, quotedPseudonym, quotedDisplay, quotedPseudonym, subjectType, subjectId,
                            "%" + quotedDisplay + "%", "%" + quotedDisplay + "%")
                    .update();
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("tenant_id", Long.class),
                rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_state"),
                rs.getString("after_state"));
    }
}
