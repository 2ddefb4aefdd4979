package de.pflegeregion.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * The register's change feed, numbered in commit order: every transaction that changed offers
 * gets one number, taken just before it commits while it holds the lock of the feed's head row.
 * Numbers therefore follow commit order without gaps, and a reader that asks for "everything after
 * n" can never miss a transaction that started early and committed late. Every application node
 * (and any later consumer) reads the same feed; {@link OfferChangesCommitted} tells the local node
 * right after its own commit.
 */
@Component
public class OfferChanges {

    /** One offer changed in the transaction numbered {@code seq}. */
    public record Change(long seq, long offerId, Instant changedAt) {
    }

    private static final Duration RETENTION = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OfferChanges(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The number of the newest committed transaction in the feed (0 before the first change). */
    public long latest() {
        return jdbc.sql("SELECT last_seq FROM offer_change_head WHERE id = 1").query(Long.class).single();
    }

    /** Changes with a number above {@code seq}, oldest first, at most {@code limit} rows. */
    public List<Change> after(long seq, int limit) {
        return jdbc.sql("SELECT seq, offer_id, changed_at FROM offer_change WHERE seq > ? ORDER BY seq, offer_id LIMIT ?")
                .params(seq, limit)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** Forgets entries older than a week (the newest stays); a reader further behind than that reloads everything. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldEntries() {
        jdbc.sql("DELETE FROM offer_change WHERE changed_at < ? AND seq < (SELECT last_seq FROM offer_change_head WHERE id = 1)")
                .param(Timestamp.from(clock.instant().minus(RETENTION))).update();
    }

    /**
     * Notes that the running transaction changed this offer. The feed entry is written once per
     * transaction, just before commit, so an import of many offers is one entry and one index rebuild.
     */
    void record(long offerId) {
        Assert.state(TransactionSynchronizationManager.isSynchronizationActive(), "offer changes are recorded in a transaction");
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.offerIds.add(offerId);
    }

    /** Takes the next number (locking the head row until commit) and writes one row per offer. */
    private long write(Set<Long> offerIds) {
        jdbc.sql("UPDATE offer_change_head SET last_seq = last_seq + 1 WHERE id = 1").update();
        long seq = latest();
        Timestamp now = Timestamp.from(clock.instant());
        for (long offerId : offerIds) {
            jdbc.sql("INSERT INTO offer_change (seq, offer_id, changed_at) VALUES (?, ?, ?)").params(seq, offerId, now).update();
        }
        return seq;
    }

    /** The offers one transaction changed, written to the feed before and announced after its commit. */
    private final class Pending implements TransactionSynchronization {

        final Set<Long> offerIds = new LinkedHashSet<>();
        long seq;

        @Override
        public void beforeCommit(boolean readOnly) {
            seq = write(offerIds);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(OfferChanges.this);
            if (status == STATUS_COMMITTED) {
                events.publishEvent(new OfferChangesCommitted(seq, Set.copyOf(offerIds)));
            }
        }
    }
}
