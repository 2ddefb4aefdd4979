package de.pflegeregion.platform;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Append-only log of every change to accounts and offers; written in the caller's transaction. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Long tenantId, String actor, String action, String subjectType, String subjectId,
                       String beforeState, String afterState) {
        jdbc.sql("""
                INSERT INTO audit_log (tenant_id, actor, occurred_at, action, subject_type, subject_id, before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, actor, java.sql.Timestamp.from(Instant.now()), action, subjectType, subjectId, beforeState, afterState)
                .update();
    }

    public List<AuditEntry> forSubject(String subjectType, String subjectId) {
        return jdbc.sql("""
                SELECT id, tenant_id, actor, occurred_at, action, subject_type, subject_id, before_state, after_state
                FROM audit_log WHERE subject_type = ? AND subject_id = ? ORDER BY id""")
                .params(subjectType, subjectId)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), (Long) rs.getObject("tenant_id", Long.class),
                        rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
                        rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
    }
}
