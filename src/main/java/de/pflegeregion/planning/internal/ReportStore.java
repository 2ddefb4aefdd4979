package de.pflegeregion.planning.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import de.pflegeregion.platform.AuditLog;

/** The Pflegebericht a county published: one per county, replaced by the next, public until then. */
@Repository
public class ReportStore {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ReportStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Published(long tenantId, int year, String scenario, Instant publishedAt) {
    }

    @Transactional
    public void publish(long tenantId, int year, String scenario, byte[] pdf, String actor, Instant now) {
        jdbc.sql("DELETE FROM planning_report WHERE tenant_id = ?").param(tenantId).update();
        jdbc.sql("INSERT INTO planning_report (tenant_id, report_year, scenario, published_at, published_by, pdf) VALUES (?, ?, ?, ?, ?, ?)")
                .params(tenantId, year, scenario, Timestamp.from(now), actor, pdf).update();
        audit.record(tenantId, actor, "planning.report-published", "planning-report", String.valueOf(tenantId), null,
                "{\"year\":" + year + ",\"scenario\":\"" + scenario + "\"}");
    }

    public List<Published> published() {
        return jdbc.sql("SELECT tenant_id, report_year, scenario, published_at FROM planning_report ORDER BY published_at DESC")
                .query((rs, n) -> new Published(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant())).list();
    }

    public Optional<byte[]> pdf(long tenantId) {
        return jdbc.sql("SELECT pdf FROM planning_report WHERE tenant_id = ?").param(tenantId).query((rs, n) -> rs.getBytes(1)).optional();
    }
}
