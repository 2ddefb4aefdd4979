package de.pflegeregion.network.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published Kreistag reports of the network: one PDF per county and year, replaced when published again. */
@Repository
public class NetworkReportStore {

    private final JdbcClient jdbc;

    NetworkReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Published(long tenantId, int year, Instant publishedAt) {
    }

    public void publish(long tenantId, int year, byte[] pdf, String actor, Instant now) {
        jdbc.sql("DELETE FROM network_report WHERE tenant_id = ? AND report_year = ?").params(tenantId, year).update();
        jdbc.sql("INSERT INTO network_report (tenant_id, report_year, published_at, published_by, pdf) VALUES (?, ?, ?, ?, ?)")
                .params(tenantId, year, Timestamp.from(now), actor, pdf).update();
    }

    public List<Published> published() {
        return jdbc.sql("SELECT tenant_id, report_year, published_at FROM network_report ORDER BY tenant_id, report_year DESC")
                .query((rs, n) -> new Published(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant())).list();
    }

    public Optional<byte[]> pdf(long tenantId, int year) {
        return jdbc.sql("SELECT pdf FROM network_report WHERE tenant_id = ? AND report_year = ?").params(tenantId, year)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }
}
