package de.pflegeregion.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * A value read on every request but rarely changed (counties, offer types): loaded again when older
 * than its time to live or after {@link #clear()}, so other nodes see a change within that time.
 * While the database cannot be read the last good value is served (stale-while-error) and the load is
 * tried again after {@link #RETRY_AFTER_ERROR}, so pages that need only this value (the offer search,
 * whose index is in memory) stay up during a database outage; without a value the failure propagates.
 */
public final class ExpiringValue<T> {

    /** How long a stale value is served after a failed load before the next attempt. */
    static final Duration RETRY_AFTER_ERROR = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(ExpiringValue.class);

    private record Loaded<T>(T value, Instant expiresAt) {
    }

    private final Clock clock;
    private final Supplier<T> loader;
    private final Duration timeToLive;
    private volatile Loaded<T> loaded;

    public ExpiringValue(Clock clock, Duration timeToLive, Supplier<T> loader) {
        this.clock = clock;
        this.loader = loader;
        this.timeToLive = timeToLive;
    }

    public T get() {
        Loaded<T> current = loaded;
        Instant now = clock.instant();
        if (current == null || now.isAfter(current.expiresAt())) {
            current = load(current, now);
            loaded = current;
        }
        return current.value();
    }

    private Loaded<T> load(Loaded<T> stale, Instant now) {
        try {
            return new Loaded<>(loader.get(), now.plus(timeToLive));
        } catch (DataAccessException | TransactionException unreachable) {
            if (stale == null) {
                throw unreachable;
            }
            log.warn("Serving the last loaded value while the database cannot be read: {}", unreachable.getMessage());
            return new Loaded<>(stale.value(), now.plus(RETRY_AFTER_ERROR));
        }
    }

    /** Loads again on the next read; the old value stays the fallback should that load fail. */
    public void clear() {
        Loaded<T> current = loaded;
        if (current != null) {
            loaded = new Loaded<>(current.value(), Instant.MIN);
        }
    }
}
