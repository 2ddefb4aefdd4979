package de.pflegeregion.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read on every request but rarely changed (counties, offer types): loaded again when older
 * than its time to live or after {@link #clear()}, so other nodes see a change within that time.
 */
public final class ExpiringValue<T> {

    private record Loaded<T>(T value, Instant loadedAt) {
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
        if (current == null || current.loadedAt().isBefore(now.minus(timeToLive))) {
            current = new Loaded<>(loader.get(), now);
            loaded = current;
        }
        return current.value();
    }

    public void clear() {
        loaded = null;
    }
}
