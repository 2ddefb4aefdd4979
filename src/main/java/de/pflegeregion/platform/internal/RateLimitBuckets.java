package de.pflegeregion.platform.internal;

import java.sql.DatabaseMetaData;
import java.time.Clock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The token buckets of the rate limits, in PostgreSQL so that every node counts against the same bucket
 * (table {@code rate_limit_bucket}). A bucket holds a minute's requests and refills evenly over the
 * minute; taking one request is one atomic statement (an upsert; the row lock orders concurrent
 * requests of one address, on any node). Tokens are counted in 1/60,000 parts, so refilling {@code capacity} per minute
 * is exact integer arithmetic per millisecond.
 *
 * <p>While the database is unreachable the limits fail open: requests pass unthrottled, and the
 * database is not asked again for {@link #PAUSE_AFTER_FAILURE_MILLIS}, so a request waits at most once
 * for a connection. Failing closed would refuse the offer search (served from memory) during an outage
 * and gain nothing for login and token requests, which need the database anyway and then answer 503.
 */
@Component
class RateLimitBuckets {

    private static final Logger log = LoggerFactory.getLogger(RateLimitBuckets.class);

    private static final long TOKEN = 60_000;
    /** A bucket untouched this long is full again (refilling takes one minute), so its row can go. */
    static final long IDLE_MILLIS = 120_000;
    static final long PAUSE_AFTER_FAILURE_MILLIS = 5_000;

    /** PostgreSQL: one upsert; the row lock orders concurrent requests for one bucket. */
    private static final String TAKE_POSTGRES = """
            INSERT INTO rate_limit_bucket AS b (bucket_key, parts, granted, updated_ms)
            VALUES (:key, :full - :token, true, :now)
            ON CONFLICT (bucket_key) DO UPDATE SET
                parts = LEAST(:full, b.parts + GREATEST(0, :now - b.updated_ms) * :capacity)
                        - CASE WHEN LEAST(:full, b.parts + GREATEST(0, :now - b.updated_ms) * :capacity) >= :token THEN :token ELSE 0 END,
                granted = LEAST(:full, b.parts + GREATEST(0, :now - b.updated_ms) * :capacity) >= :token,
                updated_ms = GREATEST(b.updated_ms, :now)
            RETURNING granted, parts""";

    /** The embedded H2 of a first run (one node) has no ON CONFLICT DO UPDATE: the same as one MERGE. */
    private static final String TAKE_H2 = """
            SELECT granted, parts FROM FINAL TABLE (
                MERGE INTO rate_limit_bucket b
                USING (VALUES (CAST(:key AS text), CAST(:now AS bigint))) AS r(bucket_key, now_ms) ON b.bucket_key = r.bucket_key
                WHEN MATCHED THEN UPDATE SET
                    parts = LEAST(:full, b.parts + GREATEST(0, r.now_ms - b.updated_ms) * :capacity)
                            - CASE WHEN LEAST(:full, b.parts + GREATEST(0, r.now_ms - b.updated_ms) * :capacity) >= :token THEN :token ELSE 0 END,
                    granted = LEAST(:full, b.parts + GREATEST(0, r.now_ms - b.updated_ms) * :capacity) >= :token,
                    updated_ms = GREATEST(b.updated_ms, r.now_ms)
                WHEN NOT MATCHED THEN INSERT (bucket_key, parts, granted, updated_ms) VALUES (r.bucket_key, :full - :token, true, r.now_ms))""";

    private record Taken(boolean granted, long parts) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private volatile String take;
    private volatile long databaseAwayUntil;

    RateLimitBuckets(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Takes one request from the key's bucket: 0 if allowed, else the milliseconds until one is back. */
    long take(String key, int perMinute) {
        long now = clock.millis();
        if (now < databaseAwayUntil) {
            return 0;
        }
        try {
            Taken taken = jdbc.sql(takeStatement()).param("key", key).param("full", perMinute * TOKEN).param("token", TOKEN)
                    .param("now", now).param("capacity", (long) perMinute).query(Taken.class).single();
            return taken.granted() ? 0 : (TOKEN - taken.parts() + perMinute - 1) / perMinute;
        } catch (DataAccessException | MetaDataAccessException unreachable) {
            databaseAwayUntil = now + PAUSE_AFTER_FAILURE_MILLIS;
            log.warn("Rate limits not applied for {} s, the database cannot be reached: {}", PAUSE_AFTER_FAILURE_MILLIS / 1000,
                    unreachable.getMessage());
            return 0;
        }
    }

    private String takeStatement() throws MetaDataAccessException {
        if (take == null) {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            take = product.equals("H2") ? TAKE_H2 : TAKE_POSTGRES;
        }
        return take;
    }

    /** Drops the buckets nobody used for two minutes; every node does it, which is harmless. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    int purgeIdle() {
        try {
            return jdbc.sql("DELETE FROM rate_limit_bucket WHERE updated_ms < ?").param(clock.millis() - IDLE_MILLIS).update();
        } catch (DataAccessException unreachable) {
            log.warn("Idle rate-limit buckets not purged: {}", unreachable.getMessage());
            return 0;
        }
    }
}
