package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Token buckets of the abuse limits (platform.internal.RateLimitBuckets), shared by every node so that
 * two nodes behind a load balancer allow a client the limit once, not twice. One row per limit and
 * client address; parts are 1/60,000 of a request, updated_ms the epoch milliseconds of the last request.
 * On PostgreSQL the table is UNLOGGED: a row is worth a minute at most, so it needs no WAL, and a request
 * then does not wait for a WAL flush; after a crash the table is empty and every bucket starts full, as
 * after a minute without requests. The embedded H2 of a first run knows no UNLOGGED.
 */
public class V62__platform_rate_limit_bucket extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("CREATE " + (postgres ? "UNLOGGED " : "") + """
                    TABLE rate_limit_bucket (
                        bucket_key text    PRIMARY KEY,
                        parts      bigint  NOT NULL,
                        granted    boolean NOT NULL,
                        updated_ms bigint  NOT NULL
                    )""");
            sql.execute("CREATE INDEX rate_limit_bucket_updated ON rate_limit_bucket (updated_ms)");
        }
    }
}
