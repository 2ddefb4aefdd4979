package de.pflegeregion.planning.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import de.pflegeregion.directory.OfferChanges;
import de.pflegeregion.planning.Area;
import de.pflegeregion.planning.ForecastInput;
import de.pflegeregion.planning.ForecastResult;
import de.pflegeregion.planning.Forecaster;
import de.pflegeregion.planning.PlanningSettings;
import de.pflegeregion.planning.PopulationContent;
import de.pflegeregion.planning.PopulationFile;
import de.pflegeregion.planning.PopulationSeries;
import de.pflegeregion.planning.Projection;
import de.pflegeregion.planning.Pyramid;
import de.pflegeregion.planning.QuotaFile;
import de.pflegeregion.planning.QuotaSet;
import de.pflegeregion.planning.RegisterOffer;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.ScenarioVariant;
import de.pflegeregion.planning.ShippedData;
import de.pflegeregion.planning.StaffRatios;
import de.pflegeregion.planning.TravelTimeFile;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;
import tools.jackson.databind.ObjectMapper;

/**
 * A county's planning data: population imports (all or nothing, audited), quota sets, settings and
 * the inputs of a forecast, with the live register read through the directory's public API.
 * <p>
 * Reads come from this node's {@link ForecastInputsCache} through {@link #current(Tenant)}, checked against
 * the county's planning data version and the register's change feed (two primary-key reads); every write
 * raises the version in its own transaction. So several nodes on one database never serve a stale forecast.
 */
@Service
public class PlanningData {

    private static final StaffRatios STAFF_RATIOS = ShippedData.staffRatios();

    /** Feed entries read at most to tell whether a register change concerns a county; more than that reloads it. */
    private static final int FEED_LOOK_AHEAD = 200;

    private final PopulationStore population;
    private final AreaStore areas;
    private final QuotaStore quotas;
    private final SettingsStore settings;
    private final RegisterOffers offers;
    private final PlanningVersions versions;
    private final OfferChanges registerChanges;
    private final ForecastInputsCache cache = new ForecastInputsCache();
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    PlanningData(PopulationStore population, AreaStore areas, QuotaStore quotas, SettingsStore settings, RegisterOffers offers,
                 PlanningVersions versions, OfferChanges registerChanges, AuditLog audit, TransactionTemplate transaction, JdbcClient jdbc,
                 ObjectMapper json, Clock clock) {
        this.population = population;
        this.areas = areas;
        this.quotas = quotas;
        this.settings = settings;
        this.offers = offers;
        this.versions = versions;
        this.registerChanges = registerChanges;
        this.audit = audit;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The answer to an accepted population import. */
    public record ImportResult(long id, String kind, int rows, long skippedOutsideCounty, long unknownCells, long areas,
                               List<Integer> years, String level, String layout, String variant) {
    }

    /**
     * Reads the file streaming, keeps the county's rows and stores them in one transaction; a
     * {@link de.pflegeregion.planning.RejectedFile} leaves everything as it was.
     */
    public ImportResult importPopulation(Tenant county, InputStream file, String kind, String variant, String fileName, String actor) {
        if (!"bestand".equals(kind) && !"prognose".equals(kind)) {
            throw new InvalidInput("kind", "Bitte geben Sie kind=bestand (Bevölkerungsstand) oder kind=prognose (Vorausberechnung) an.");
        }
        PopulationContent content = PopulationFile.read(file, county.kreisAgs(), variant);
        return transaction.execute(status -> {
            long id = population.replace(county.id(), kind, content, fileName, actor, clock.instant());
            Map<String, String> names = new LinkedHashMap<>();
            content.cells().stream().filter(c -> c.level() == Projection.Level.GEMEINDE)
                    .forEach(c -> names.putIfAbsent(c.areaKey(), c.areaName()));
            areas.upsert(county.id(), county.kreisAgs(), names);
            versions.raise(county.id());
            ImportResult result = new ImportResult(id, kind, content.cells().size(), content.skippedOutsideCounty(), content.unknownCells(),
                    content.areas(), List.copyOf(content.years()), content.level().code(), content.layout().label(), content.variant());
            audit.record(county.id(), actor, "planning.population-imported", "planning-import", String.valueOf(id), null,
                    json.writeValueAsString(Map.of("fileName", fileName == null ? "" : fileName, "kind", kind, "rows", result.rows(),
                            "skippedOutsideCounty", result.skippedOutsideCounty(), "unknownCells", result.unknownCells(),
                            "level", result.level(), "variant", result.variant(), "years", result.years())));
            return result;
        });
    }

    /** The county's own quota set from an uploaded CSV (UTF-8 with or without BOM, or Windows-1252), audited. */
    public QuotaSet replaceQuotas(Tenant county, InputStream csv, String source, LocalDate referenceDate, String actor) {
        if (source == null || source.isBlank()) {
            throw new InvalidInput("source", "Bitte nennen Sie die Quelle der Pflegequoten.");
        }
        if (referenceDate == null) {
            throw new InvalidInput("referenceDate", "Bitte nennen Sie den Stichtag der Pflegequoten (JJJJ-MM-TT).");
        }
        QuotaSet set = QuotaFile.read(csv, "Eigene Pflegequoten (" + referenceDate + ")", source.strip(), referenceDate);
        transaction.executeWithoutResult(status -> {
            quotas.replace(county.id(), set, actor, clock.instant());
            versions.raise(county.id());
            audit.record(county.id(), actor, "planning.quotas-loaded", "planning-quotas", county.kreisAgs(), null,
                    json.writeValueAsString(Map.of("source", set.source(), "referenceDate", referenceDate.toString(), "rows", set.quotas().size())));
        });
        return set;
    }

    /**
     * The county's planning data as of now: one read of the stamp (planning data version and register feed
     * position), then everything from this node's snapshot of that stamp. A request takes it once and asks
     * it for all it shows, so one answer never mixes two versions and costs two stamp reads in all.
     */
    public Current current(Tenant county) {
        ForecastInputsCache.Stamp stamp = new ForecastInputsCache.Stamp(versions.current(county.id()), registerChanges.latest());
        return new Current(county, cache.at(county.id(), stamp, (cached, newer) -> registerTouched(county, cached, newer)));
    }

    /**
     * Whether a register change since the cached snapshot's stamp concerns the county: an offer it had read, or
     * an offer that is now the county's (new, moved or reactivated). Where the feed cannot say (more changes
     * than one look at the feed reads, or entries already forgotten), it does.
     */
    private boolean registerTouched(Tenant county, ForecastInputsCache.Snapshot cached, ForecastInputsCache.Stamp newer) {
        List<RegisterOffer> known = cached.offersIfLoaded();
        if (known == null) {
            return true;
        }
        long from = cached.stamp().register();
        List<OfferChanges.Change> changes = registerChanges.after(from, FEED_LOOK_AHEAD);
        if (changes.size() == FEED_LOOK_AHEAD) {
            return true; // the last transaction's rows may be cut off
        }
        long expected = from + 1;
        for (OfferChanges.Change c : changes) {
            if (c.seq() > expected) {
                return true;
            }
            expected = c.seq() + 1;
        }
        if (expected <= newer.register()) {
            return true;
        }
        Set<Long> knownIds = new java.util.HashSet<>(known.stream().map(RegisterOffer::id).toList());
        return changes.stream().filter(c -> c.seq() <= newer.register()).map(OfferChanges.Change::offerId).distinct()
                .anyMatch(id -> knownIds.contains(id) || offers.ofCounty(id, county.id()));
    }

    /** One county's planning data at one stamp; see {@link #current(Tenant)}. Shared by nothing but the request that took it. */
    public final class Current {

        private final Tenant county;
        private final ForecastInputsCache.Snapshot snapshot;

        private Current(Tenant county, ForecastInputsCache.Snapshot snapshot) {
            this.county = county;
            this.snapshot = snapshot;
        }

        public Tenant county() {
            return county;
        }

        /** The county's own quota set, else the shipped set of its Land. */
        public Optional<QuotaSet> quotaSet() {
            return ownQuotaSet().or(() -> ShippedData.quotaSetFor(county.kreisAgs()).map(ShippedData::quotas));
        }

        public boolean hasOwnQuotaSet() {
            return ownQuotaSet().isPresent();
        }

        private Optional<QuotaSet> ownQuotaSet() {
            return snapshot.ownQuotas(() -> quotas.load(county.id()));
        }

        public SettingsDocument settings() {
            return snapshot.settings(() -> settings.load(county.id()));
        }

        /** The settings document checked and in the engine's terms, once per snapshot. */
        public PlanningSettings planningSettings() {
            return snapshot.planningSettings(() -> settings().toSettings());
        }

        public List<Area> areas() {
            return snapshot.areas(() -> List.copyOf(areas.areas(county.id())));
        }

        /** The county's active offers in the live register, as of the register's change feed position of the stamp. */
        public List<RegisterOffer> offers() {
            return snapshot.offers(() -> offers.active(county.id()));
        }

        public Map<String, Map<Long, Double>> travelTimes() {
            return snapshot.travelTimes(() -> loadTravelTimes(county));
        }

        /** Everything a forecast needs, built once per snapshot and population variant; empty without quotas. */
        public Optional<Forecaster> forecaster(String variant) {
            return snapshot.forecaster(variant, null, () -> {
                PopulationSeries series = population(county, variant);
                Optional<QuotaSet> set = quotaSet();
                if (set.isEmpty()) {
                    return Optional.empty();
                }
                List<Area> withPopulation = areas().stream()
                        .filter(a -> series.bestand().containsKey(a.key()) || series.gemeindeProjection().containsKey(a.key())).toList();
                return Optional.of(new Forecaster(new ForecastInput(county.kreisAgs(), withPopulation, series, set.get(),
                        planningSettings(), STAFF_RATIOS, offers(), travelTimes())));
            });
        }

        /** The county's forecaster run with a saved scenario variant's parameters, built once per snapshot. */
        public Optional<Forecaster> forecaster(String variant, ScenarioVariant scenario) {
            return snapshot.forecaster(variant, scenario, () -> forecaster(variant).map(f -> f.with(scenario)));
        }

        /** The forecast of one year and built-in scenario, computed once per snapshot. */
        public Optional<ForecastResult> forecast(String variant, int year, Scenario scenario) {
            return forecaster(variant).map(f -> snapshot.forecast(variant, year, scenario, null, () -> f.forecast(year, scenario)));
        }

        /** The forecast of one year with a saved scenario variant, computed once per snapshot. */
        public Optional<ForecastResult> forecast(String variant, int year, ScenarioVariant scenario) {
            return forecaster(variant, scenario)
                    .map(f -> snapshot.forecast(variant, year, scenario.kind(), scenario, () -> f.forecast(year, scenario.kind())));
        }

        /** A serialised answer that depends only on this data and {@code key}, written once per snapshot. */
        public byte[] answer(List<Object> key, Supplier<byte[]> write) {
            return snapshot.answer(key, write);
        }
    }

    /** The county's own quota set, else the shipped set of its Land. */
    public Optional<QuotaSet> quotaSet(Tenant county) {
        return current(county).quotaSet();
    }

    public boolean hasOwnQuotaSet(Tenant county) {
        return current(county).hasOwnQuotaSet();
    }

    public SettingsDocument settings(Tenant county) {
        return current(county).settings();
    }

    /** Checks the whole document (400 naming the field) and stores it, audited. */
    public SettingsDocument replaceSettings(Tenant county, SettingsDocument document, String actor) {
        PlanningSettings checked = document.toSettings();
        Set<String> known = new LinkedHashSet<>(areas.areas(county.id()).stream().map(Area::key).toList());
        checked.planungsraeume().forEach((name, keys) -> keys.forEach(key -> {
            if (!known.isEmpty() ? !known.contains(key) : !key.startsWith(county.kreisAgs())) {
                throw new InvalidInput("planungsraeume." + name, "Das Gebiet " + key + " gehört nicht zu den Gebieten des Kreises.");
            }
        }));
        transaction.executeWithoutResult(status -> {
            String text = settings.save(county.id(), document, actor, clock.instant());
            versions.raise(county.id());
            audit.record(county.id(), actor, "planning.settings-changed", "planning-settings", county.kreisAgs(), null, text);
        });
        return document;
    }

    public List<PopulationStore.ImportRecord> imports(Tenant county) {
        return population.imports(county.id());
    }

    public List<Area> areas(Tenant county) {
        return current(county).areas();
    }

    /** The county's active offers in the live register, as of the register's change feed position of this request. */
    public List<RegisterOffer> offers(Tenant county) {
        return current(county).offers();
    }

    /** The loaded population: bestand, and per projection level the named variant or else the latest one imported. */
    public PopulationSeries population(Tenant county, String variant) {
        long id = county.id();
        Map<Projection.Level, String> chosen = new HashMap<>();
        List<String> all = new ArrayList<>();
        for (Projection.Level level : Projection.Level.values()) {
            List<String> variants = population.variants(id, level);
            all.addAll(variants);
            if (variant != null && variants.contains(variant)) {
                chosen.put(level, variant);
            } else if (variant == null && !variants.isEmpty()) {
                chosen.put(level, variants.getFirst());
            }
        }
        if (variant != null && chosen.isEmpty()) {
            throw new InvalidInput("variant", "Die Variante „" + variant + "“ ist nicht geladen; geladen: "
                    + (all.isEmpty() ? "keine Vorausberechnung" : String.join(", ", new LinkedHashSet<>(all).stream().map(v -> v.isEmpty() ? "(ohne Variante)" : v).toList())) + ".");
        }
        Map<String, Map<Integer, Pyramid>> bestand = population.pyramids(id, "bestand", Projection.Level.GEMEINDE, null);
        Map<String, Map<Integer, Pyramid>> gemeinde = chosen.containsKey(Projection.Level.GEMEINDE)
                ? population.pyramids(id, "prognose", Projection.Level.GEMEINDE, chosen.get(Projection.Level.GEMEINDE)) : Map.of();
        Projection kreis = chosen.containsKey(Projection.Level.KREIS)
                ? population.projection(id, Projection.Level.KREIS, chosen.get(Projection.Level.KREIS)).orElse(null) : null;
        Projection land = chosen.containsKey(Projection.Level.LAND)
                ? population.projection(id, Projection.Level.LAND, chosen.get(Projection.Level.LAND)).orElse(null) : null;
        return new PopulationSeries(bestand, gemeinde, kreis, land);
    }

    public Optional<Forecaster> forecaster(Tenant county, String variant) {
        return current(county).forecaster(variant);
    }

    public Optional<ForecastResult> forecast(Tenant county, String variant, int year, Scenario scenario) {
        return current(county).forecast(variant, year, scenario);
    }

    /** Replaces the county's travel-time table with the file's, all or nothing, audited; answers the number of pairs. */
    public int replaceTravelTimes(Tenant county, InputStream file, String fileName, String actor) {
        Set<String> areaKeys = new java.util.HashSet<>(areas(county).stream().map(Area::key).toList());
        Set<Long> offerIds = new java.util.HashSet<>(offers(county).stream().map(RegisterOffer::id).toList());
        List<TravelTimeFile.TravelTime> times = TravelTimeFile.read(file, areaKeys, offerIds);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM planning_travel_time WHERE tenant_id = ?").param(county.id()).update();
            versions.raise(county.id());
            for (TravelTimeFile.TravelTime t : times) {
                jdbc.sql("INSERT INTO planning_travel_time (tenant_id, area_key, offer_id, minutes) VALUES (?, ?, ?, ?)")
                        .params(county.id(), t.areaKey(), t.offerId(), t.minutes()).update();
            }
            audit.record(county.id(), actor, "planning.travel-times-loaded", "planning-travel-times", county.kreisAgs(), null,
                    json.writeValueAsString(Map.of("fileName", fileName == null ? "" : fileName, "rows", times.size())));
        });
        return times.size();
    }

    public Map<String, Map<Long, Double>> travelTimes(Tenant county) {
        return current(county).travelTimes();
    }

    private Map<String, Map<Long, Double>> loadTravelTimes(Tenant county) {
        Map<String, Map<Long, Double>> table = new HashMap<>();
        jdbc.sql("SELECT area_key, offer_id, minutes FROM planning_travel_time WHERE tenant_id = ?").param(county.id())
                .query(rs -> {
                    table.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getDouble(3));
                });
        table.replaceAll((area, minutes) -> Map.copyOf(minutes));
        return Map.copyOf(table);
    }
}
