package de.pflegeregion.planning.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

import de.pflegeregion.planning.Area;
import de.pflegeregion.planning.ForecastResult;
import de.pflegeregion.planning.Forecaster;
import de.pflegeregion.planning.PlanningSettings;
import de.pflegeregion.planning.QuotaSet;
import de.pflegeregion.planning.RegisterOffer;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.ScenarioVariant;

/**
 * What this node has loaded per county, with the stamp it was loaded at: the county's planning data
 * version and the register's change-feed position. Both are read before the data, so a snapshot is never
 * older than its stamp; a request whose stamp differs loads again, unless only the register moved and
 * none of its changes touched the county. Nothing here is ever invalidated locally, which is why a
 * change made on another node is seen as soon as it is committed.
 */
final class ForecastInputsCache {

    /** The planning data version and the register's feed position at which a snapshot was read. */
    record Stamp(long planning, long register) {

        boolean olderThan(Stamp other) {
            return planning < other.planning || register < other.register;
        }
    }

    /** Stored forecasts (and answers) per snapshot at most; beyond it the memo starts afresh (years × scenarios × variants is far below). */
    private static final int MAX_RESULTS = 500;

    private final Map<Long, Snapshot> byCounty = new ConcurrentHashMap<>();

    /**
     * The county's snapshot for this stamp: the cached one if its stamp is the same; the cached one carried
     * to the new stamp if only the register moved and {@code registerTouched} says none of its changes since
     * concern the county; else a fresh one (loaded lazily).
     */
    Snapshot at(long tenantId, Stamp stamp, BiPredicate<Snapshot, Stamp> registerTouched) {
        Snapshot cached = byCounty.get(tenantId);
        if (cached != null && cached.stamp.equals(stamp)) {
            return cached;
        }
        Snapshot fresh = cached != null && cached.stamp.planning == stamp.planning && cached.stamp.register < stamp.register
                && !registerTouched.test(cached, stamp) ? cached.carriedTo(stamp) : new Snapshot(stamp);
        // a slower request with an older stamp must not replace a newer snapshot
        byCounty.merge(tenantId, fresh, (old, neu) -> neu.stamp.olderThan(old.stamp) ? old : neu);
        return fresh;
    }

    /**
     * One county's inputs at one stamp. The parts are read when first asked for (a page that needs only the
     * settings does not load the register), normally once (requests racing on a first read may each load it;
     * the first kept wins, and loads at one stamp are equal); the forecasters, the forecasts per year and scenario
     * and the serialised answers are kept too. All parts are immutable and shared between threads.
     */
    static final class Snapshot {

        private final Stamp stamp;
        private final Map<String, Object> parts;
        private final Map<ForecasterKey, Optional<Forecaster>> forecasters;
        private final Map<ResultKey, ForecastResult> results;
        private final Map<List<Object>, byte[]> answers;

        /** @param scenario a saved variant's parameters, or null for the county's own forecaster */
        private record ForecasterKey(String populationVariant, ScenarioVariant scenario) {
        }

        private record ResultKey(String populationVariant, int year, Scenario scenario, ScenarioVariant variant) {
        }

        Snapshot(Stamp stamp) {
            this(stamp, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }

        private Snapshot(Stamp stamp, Map<String, Object> parts, Map<ForecasterKey, Optional<Forecaster>> forecasters,
                         Map<ResultKey, ForecastResult> results, Map<List<Object>, byte[]> answers) {
            this.stamp = stamp;
            this.parts = parts;
            this.forecasters = forecasters;
            this.results = results;
            this.answers = answers;
        }

        /** The same inputs under a newer stamp: they were read from data that has not changed since. */
        private Snapshot carriedTo(Stamp newer) {
            return new Snapshot(newer, parts, forecasters, results, answers);
        }

        Stamp stamp() {
            return stamp;
        }

        @SuppressWarnings("unchecked")
        private <T> T part(String name, Supplier<T> load) {
            return (T) memo(parts, name, load);
        }

        SettingsDocument settings(Supplier<SettingsDocument> load) {
            return part("settings", load);
        }

        PlanningSettings planningSettings(Supplier<PlanningSettings> check) {
            return part("planningSettings", check);
        }

        List<Area> areas(Supplier<List<Area>> load) {
            return part("areas", load);
        }

        /** The register's offers if this snapshot has read them already, else null (nothing is loaded). */
        @SuppressWarnings("unchecked")
        List<RegisterOffer> offersIfLoaded() {
            return (List<RegisterOffer>) parts.get("offers");
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

        /** A population variant the county has not loaded throws from {@code load} and is not kept. */
        Optional<Forecaster> forecaster(String populationVariant, ScenarioVariant scenario, Supplier<Optional<Forecaster>> load) {
            return memo(forecasters, new ForecasterKey(populationVariant, scenario), load);
        }

        /** @param variant the saved variant the forecast runs with, or null for a built-in scenario */
        ForecastResult forecast(String populationVariant, int year, Scenario scenario, ScenarioVariant variant, Supplier<ForecastResult> compute) {
            if (results.size() >= MAX_RESULTS) {
                results.clear();
            }
            return memo(results, new ResultKey(populationVariant, year, scenario, variant), compute);
        }

        /** An answer written once per snapshot: it depends only on the inputs and the request's {@code key}. */
        byte[] answer(List<Object> key, Supplier<byte[]> write) {
            if (answers.size() >= MAX_RESULTS) {
                answers.clear();
            }
            return memo(answers, key, write);
        }

        /**
         * The kept value, else the loaded one, kept unless a racing request kept one first. Not computeIfAbsent:
         * a load asks this snapshot for other parts (a variant's forecaster for the county's own), and a
         * ConcurrentHashMap must not be changed from inside its own mapping function ("Recursive update").
         */
        private static <K, V> V memo(Map<K, V> kept, K key, Supplier<? extends V> load) {
            V value = kept.get(key);
            if (value != null) {
                return value;
            }
            V loaded = load.get();
            if (loaded == null) {
                return null;
            }
            V first = kept.putIfAbsent(key, loaded);
            return first != null ? first : loaded;
        }
    }
}
