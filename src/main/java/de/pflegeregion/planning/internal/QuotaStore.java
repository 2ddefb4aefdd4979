package de.pflegeregion.planning.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.pflegeregion.planning.AgeBand;
import de.pflegeregion.planning.Quota;
import de.pflegeregion.planning.QuotaSet;
import de.pflegeregion.planning.Setting;
import de.pflegeregion.planning.Sex;

/** A county's own quota set (one at a time). */
@Repository
class QuotaStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    QuotaStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void replace(long tenantId, QuotaSet set, String actor, Instant now) {
        jdbc.sql("DELETE FROM planning_quota_set WHERE tenant_id = ?").param(tenantId).update();
        jdbc.sql("INSERT INTO planning_quota_set (tenant_id, name, source, reference_date, loaded_at, loaded_by) VALUES (?, ?, ?, ?, ?, ?)")
                .params(tenantId, set.name(), set.source(), Date.valueOf(set.referenceDate()), Timestamp.from(now), actor).update();
        batch.batchUpdate("INSERT INTO planning_quota (tenant_id, age_from, age_to, sex, setting, quota, reference_population) VALUES (?, ?, ?, ?, ?, ?, ?)",
                set.quotas(), 500, (ps, q) -> {
                    ps.setLong(1, tenantId);
                    ps.setInt(2, q.band().from());
                    ps.setObject(3, q.band().to(), java.sql.Types.INTEGER);
                    ps.setString(4, q.sex().code());
                    ps.setString(5, q.setting().code());
                    ps.setDouble(6, q.quota());
                    ps.setObject(7, q.referencePopulation(), java.sql.Types.DOUBLE);
                });
    }

    Optional<QuotaSet> load(long tenantId) {
        List<Quota> quotas = jdbc.sql("SELECT age_from, age_to, sex, setting, quota, reference_population FROM planning_quota WHERE tenant_id = ?")
                .param(tenantId)
                .query((rs, n) -> new Quota(new AgeBand(rs.getInt(1), rs.getObject(2, Integer.class)), Sex.ofCode(rs.getString(3)),
                        Setting.ofCode(rs.getString(4)), rs.getDouble(5), rs.getObject(6, Double.class))).list();
        return jdbc.sql("SELECT name, source, reference_date FROM planning_quota_set WHERE tenant_id = ?").param(tenantId)
                .query((rs, n) -> new QuotaSet(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), quotas)).optional();
    }
}
