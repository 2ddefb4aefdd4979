package de.pflegeregion.planning.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import de.pflegeregion.planning.Area;
import de.pflegeregion.planning.ForecastResult;
import de.pflegeregion.planning.Forecaster;
import de.pflegeregion.planning.QuotaSet;
import de.pflegeregion.planning.RegisterOffer;
import de.pflegeregion.planning.Scenario;

/**
 * What this node has loaded per county, with the stamp it was loaded at: the county's planning data
 * version and the register's change-feed position. Both are read before the data, so a snapshot is never
 * older than its stamp; a request whose stamp differs loads again. Nothing here is ever invalidated
 * locally, which is why a change made on another node is seen as soon as it is committed.
 */
final class ForecastInputsCache {

    /** The planning data version and the register's feed position at which a snapshot was read. */
    record Stamp(long planning, long register) {

        boolean olderThan(Stamp other) {
            return planning < other.planning || register < other.register;
        }
    }

    /** Stored forecasts per snapshot at most; beyond it the memo starts afresh (years × scenarios × variants is far below). */
    private static final int MAX_RESULTS = 500;

    private final Map<Long, Snapshot> byCounty = new ConcurrentHashMap<>();

    /** The county's snapshot for this stamp: the cached one if its stamp is the same, else a fresh one (loaded lazily). */
    Snapshot at(long tenantId, Stamp stamp, Function<Stamp, Snapshot> load) {
        Snapshot cached = byCounty.get(tenantId);
        if (cached != null && cached.stamp.equals(stamp)) {
            return cached;
        }
        Snapshot fresh = load.apply(stamp);
        // a slower request with an older stamp must not replace a newer snapshot
        byCounty.merge(tenantId, fresh, (old, neu) -> neu.stamp.olderThan(old.stamp) ? old : neu);
        return fresh;
    }

    /**
     * One county's inputs at one stamp. The parts are read when first asked for (a page that needs only the
     * settings does not load the register), each once; the forecaster per projection variant and the
     * forecasts per year and scenario are kept too. All parts are immutable and shared between threads.
     */
    static final class Snapshot {

        private final Stamp stamp;
        private final Map<String, Object> parts = new ConcurrentHashMap<>();
        private final Map<String, Optional<Forecaster>> forecasters = new ConcurrentHashMap<>();
        private final Map<ResultKey, ForecastResult> results = new ConcurrentHashMap<>();

        private record ResultKey(String variant, int year, Scenario scenario) {
        }

        Snapshot(Stamp stamp) {
            this.stamp = stamp;
        }

        Stamp stamp() {
            return stamp;
        }

        @SuppressWarnings("unchecked")
        private <T> T part(String name, Supplier<T> load) {
            return (T) parts.computeIfAbsent(name, n -> load.get());
        }

        SettingsDocument settings(Supplier<SettingsDocument> load) {
            return part("settings", load);
        }

        List<Area> areas(Supplier<List<Area>> load) {
            return part("areas", load);
        }

        List<RegisterOffer> offers(Supplier<List<RegisterOffer>> load) {
            return part("offers", load);
        }

        Map<String, Map<Long, Double>> travelTimes(Supplier<Map<String, Map<Long, Double>>> load) {
            return part("travelTimes", load);
        }

        Optional<QuotaSet> ownQuotas(Supplier<Optional<QuotaSet>> load) {
            return part("ownQuotas", load);
        }

        /** A variant the county has not loaded throws from {@code load} and is not kept. */
        Optional<Forecaster> forecaster(String variant, Supplier<Optional<Forecaster>> load) {
            return forecasters.computeIfAbsent(variant == null ? "" : "=" + variant, v -> load.get());
        }

        ForecastResult forecast(String variant, int year, Scenario scenario, Supplier<ForecastResult> compute) {
            if (results.size() >= MAX_RESULTS) {
                results.clear();
            }
            return results.computeIfAbsent(new ResultKey(variant, year, scenario), k -> compute.get());
        }
    }
}
