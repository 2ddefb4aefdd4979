package de.pflegeregion.network.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.pflegeregion.network.NewsSource;
import de.pflegeregion.platform.Tenant;

/** Progress of published measures as newsletter items: each recorded change since the day asked, linked to the measure's public page. */
@Component
class MeasureNewsSource implements NewsSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    MeasureNewsSource(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<NewsItem> since(Tenant county, LocalDate from) {
        return jdbc.sql("""
                        SELECT c.changed_at, m.title, c.summary, m.id
                        FROM network_measure_change c JOIN network_measure m ON m.id = c.measure_id
                        WHERE m.tenant_id = ? AND m.published = TRUE AND c.changed_at >= ?
                        ORDER BY c.changed_at DESC, c.id DESC""")
                .params(county.id(), java.sql.Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()))
                .query((rs, n) -> new NewsItem(rs.getTimestamp(1).toInstant().atZone(clock.getZone()).toLocalDate(),
                        "Maßnahme „" + rs.getString(2) + "“", rs.getString(3), "/massnahmen/" + rs.getLong(4)))
                .list();
    }

}
