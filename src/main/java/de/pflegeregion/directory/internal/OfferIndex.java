package de.pflegeregion.directory.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferChanges;
import de.pflegeregion.directory.OfferChangesCommitted;
import de.pflegeregion.directory.OfferTypes;

/**
 * All active offers with coordinates in memory, sorted by latitude: a search binary-searches the
 * latitude band of its bounding box and checks only those entries. Readers never lock: each change
 * builds a new immutable snapshot that is swapped in atomically. The index follows the commit-ordered
 * {@link OfferChanges} feed: it polls it every second (changes made on other application nodes) and
 * is woken right after a local commit, so one transaction, however many offers it changed, is one
 * rebuild on the index's own thread. A ReentrantLock, not {@code synchronized}, guards the rebuild,
 * because it runs JDBC and virtual threads would pin on a monitor.
 */
@Component
public class OfferIndex implements AutoCloseable {

    /** An offer with what the search compares, precomputed. */
    public record Entry(Offer offer, double lat, double lon, Set<String> types, String text) {
    }

    /** {@code seq}: the feed number this snapshot contains every change up to. */
    private record Snapshot(Entry[] byLat, double[] lats, Map<Long, Entry> byId, long seq) {
    }

    private static final Comparator<Entry> BY_LAT = Comparator.comparingDouble(Entry::lat);
    /** More changes than this at once (e.g. a node that was paused) are cheaper to read as a full reload. */
    private static final int MAX_CHANGES_PER_CATCH_UP = 5_000;
    /** How long a committing request waits until its own change is searchable on this node. */
    private static final Duration OWN_CHANGE_WAIT = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(OfferIndex.class);

    private final OfferStore store;
    private final OfferTypes offerTypes;
    private final OfferChanges changes;
    private final ReentrantLock rebuild = new ReentrantLock();
    private final Condition advanced = rebuild.newCondition();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("offer-index").factory());
    private final AtomicBoolean catchUpQueued = new AtomicBoolean();
    private final AtomicLong rebuilds = new AtomicLong();
    private volatile Snapshot snapshot;

    public OfferIndex(OfferStore store, OfferTypes offerTypes, OfferChanges changes) {
        this.store = store;
        this.offerTypes = offerTypes;
        this.changes = changes;
    }

    /** Entries whose latitude lies in [minLat, maxLat], in latitude order. */
    public List<Entry> latitudeBand(double minLat, double maxLat) {
        Snapshot s = current();
        int from = lowerBound(s.lats(), minLat);
        List<Entry> band = new ArrayList<>();
        for (int i = from; i < s.lats().length && s.lats()[i] <= maxLat; i++) {
            band.add(s.byLat()[i]);
        }
        return band;
    }

    public Optional<Entry> byId(long offerId) {
        return Optional.ofNullable(current().byId().get(offerId));
    }

    public int size() {
        return current().byId().size();
    }

    /** How many snapshots this index has built since start (full loads and catch-ups), for monitoring. */
    public long rebuilds() {
        return rebuilds.get();
    }

    /** Reloads everything from the database, e.g. after a bulk load that bypassed the registry. */
    public void reload() {
        rebuild.lock();
        try {
            // the feed number first: whatever commits while the offers are read has a higher one and is read again
            long seq = changes.latest();
            swap(build(store.loadActive().stream().filter(Offer::hasLocation).map(this::entry).toList(), seq));
        } finally {
            rebuild.unlock();
        }
    }

    /** Loads the index once the application is up, so the first search does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        worker.execute(this::current);
    }

    /** Takes in every change committed since the last call, on this node or any other. */
    @Scheduled(fixedDelayString = "${pflegeregion.directory.index-sync:PT1S}", initialDelayString = "${pflegeregion.directory.index-sync:PT1S}")
    public void syncWithDatabase() {
        rebuild.lock();
        try {
            Snapshot s = snapshot;
            if (s == null) {
                return;
            }
            long latest = changes.latest();
            if (latest <= s.seq()) {
                return;
            }
            List<OfferChanges.Change> batch = changes.after(s.seq(), MAX_CHANGES_PER_CATCH_UP);
            if (batch.size() == MAX_CHANGES_PER_CATCH_UP || batch.isEmpty() || batch.getFirst().seq() != s.seq() + 1) {
                // too much at once, or older entries already forgotten by the feed
                reload();
                return;
            }
            Set<Long> changed = new LinkedHashSet<>();
            batch.forEach(c -> changed.add(c.offerId()));
            Map<Long, Entry> byId = new HashMap<>(s.byId());
            changed.forEach(byId::remove);
            store.loadAll(changed).stream().filter(o -> !o.retired() && o.hasLocation()).forEach(o -> byId.put(o.id(), entry(o)));
            swap(build(byId.values(), batch.getLast().seq()));
        } finally {
            rebuild.unlock();
        }
    }

    /**
     * Right after a local commit: the catch-up runs on the index's thread (coalesced with any other
     * waiting one); the committing request only waits, briefly, until its change is searchable here.
     */
    @EventListener
    public void onCommitted(OfferChangesCommitted event) {
        if (catchUpQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                catchUpQueued.set(false);
                // the first load may still be running and may have read the feed before this commit
                current();
                syncWithDatabase();
            });
        }
        awaitSeq(event.seq(), OWN_CHANGE_WAIT);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void awaitSeq(long seq, Duration timeout) {
        long remaining = timeout.toNanos();
        try {
            if (!rebuild.tryLock(remaining, TimeUnit.NANOSECONDS)) {
                return;
            }
            try {
                while ((snapshot == null || snapshot.seq() < seq) && remaining > 0) {
                    remaining = advanced.awaitNanos(remaining);
                }
            } finally {
                rebuild.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (snapshot == null || snapshot.seq() < seq) {
            log.warn("Offer index has not taken in change {} after {}; the periodic sync will", seq, timeout);
        }
    }

    /** Called with {@link #rebuild} held. */
    private void swap(Snapshot next) {
        snapshot = next;
        rebuilds.incrementAndGet();
        advanced.signalAll();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            rebuild.lock();
            try {
                if (snapshot == null) {
                    reload();
                }
                s = snapshot;
            } finally {
                rebuild.unlock();
            }
        }
        return s;
    }

    private Entry entry(Offer o) {
        StringBuilder text = new StringBuilder(o.name()).append(' ');
        append(text, o.address().street());
        append(text, o.address().city());
        append(text, o.address().postalCode());
        append(text, o.notes());
        o.specialisations().forEach(s -> append(text, s));
        o.languages().forEach(s -> append(text, s));
        o.types().forEach(t -> append(text, t + ' ' + offerTypes.label(t)));
        return new Entry(o, o.lat(), o.lon(), Set.copyOf(o.types()), text.toString().toLowerCase(Locale.GERMAN));
    }

    private static void append(StringBuilder text, String value) {
        if (value != null) {
            text.append(value).append(' ');
        }
    }

    private static Snapshot build(Collection<Entry> entries, long seq) {
        Entry[] byLat = entries.toArray(Entry[]::new);
        Arrays.sort(byLat, BY_LAT);
        double[] lats = new double[byLat.length];
        Map<Long, Entry> byId = new HashMap<>(byLat.length * 2);
        for (int i = 0; i < byLat.length; i++) {
            lats[i] = byLat[i].lat();
            byId.put(byLat[i].offer().id(), byLat[i]);
        }
        return new Snapshot(byLat, lats, Map.copyOf(byId), seq);
    }

    private static int lowerBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
