package de.pflegeregion.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The forecast of the spec ("Forecast", "Places, staff, gaps", "Accessibility"): population per area,
 * band and sex for the target year, people in need of care per setting by the quota set and the
 * band rule, Pflegegrad split, places by benchmark against the live register, § 113c staff, and the
 * nearest offer per type.
 * <p>
 * One instance per input. Everything that does not depend on the year (band tables with their growth
 * factors per year, base populations, existing places, nearest offers, Planungsraum members) is
 * computed in the constructor, so {@link #forecast} only multiplies arrays, and an instance never
 * changes afterwards: it may be cached and shared between threads.
 */
public final class Forecaster {

    /** Offer types whose nearest offer is shown. */
    public static final List<String> ACCESS_TYPES = List.of("ambulant", "tagespflege", "kurzzeitpflege", "vollstationaer", "nachtpflege", "wohngruppe");

    private static final Setting[] SETTINGS = Setting.values();
    private static final Sex[] SEXES = Sex.values();
    private static final List<String> PLACE_TYPES = PlanningSettings.PLACE_TYPES;

    private final ForecastInput in;
    private final Integer baseYear;
    private final NavigableSet<Integer> possibleYears;
    private final Projection projection;
    private final List<AreaInputs> areas = new ArrayList<>();
    private final Map<Pyramid, BandTables> tablesOf = new IdentityHashMap<>();
    /** per place type: the benchmark, or null */
    private final Benchmark[] benchmarks = new Benchmark[PLACE_TYPES.size()];
    private final boolean[] measured = new boolean[PLACE_TYPES.size()];
    /** § 113c: vollstationär shares per Pflegegrad with their staff level, in the settings' order */
    private final List<Map.Entry<Double, StaffRatios.Level>> staffShares = new ArrayList<>();
    private final Map<String, int[]> unplacedExisting = new TreeMap<>();
    private final List<Room> rooms = new ArrayList<>();
    private final List<String> allKeys;

    /** A Planungsraum: its areas' positions in the area list, in the order the settings name them. */
    private record Room(String name, int[] members, List<String> keys) {
    }

    public Forecaster(ForecastInput input) {
        this.in = input;
        this.baseYear = input.population().baseYear().orElse(null);
        this.possibleYears = Collections.unmodifiableNavigableSet(input.population().possibleYears());
        this.projection = input.population().growthProjection().orElse(null);
        for (int i = 0; i < PLACE_TYPES.size(); i++) {
            benchmarks[i] = input.settings().benchmarks().get(PLACE_TYPES.get(i));
            measured[i] = benchmarks[i] != null;
        }
        input.settings().pflegegradShares().getOrDefault(Setting.VOLLSTATIONAER, Map.of()).forEach((grade, share) -> {
            StaffRatios.Level level = input.staffRatios().byPflegegrad().get(grade);
            if (level != null) {
                staffShares.add(Map.entry(share, level));
            }
        });
        Map<String, Map<String, int[]>> existingByArea = assignOffersToAreas();
        Map<String, Map<String, NearestOffer>> nearest = findNearestOffers();
        Map<List<AgeBand>, BandTables> byBands = new HashMap<>();
        Set<Integer> shareAges = new HashSet<>();
        for (Benchmark b : benchmarks) {
            if (b != null && b.method() == BenchmarkMethod.PER_100_RESIDENTS && b.ageFrom() != null) {
                shareAges.add(b.ageFrom());
            }
        }
        double threshold = input.settings().accessibility().thresholdMinutes();
        for (Area area : input.areas()) {
            Map<Integer, Pyramid> bestand = input.population().bestand().getOrDefault(area.key(), Map.of());
            Map<Integer, Pyramid> projected = input.population().gemeindeProjection().getOrDefault(area.key(), Map.of());
            Pyramid base = basePopulation(bestand);
            for (Pyramid p : concat(bestand.values(), projected.values(), base)) {
                tablesOf.computeIfAbsent(p, q -> byBands.computeIfAbsent(q.bands(),
                        bands -> new BandTables(bands, input.quotas(), shareAges, projection, baseYear)));
            }
            int[] existing = new int[PLACE_TYPES.size()];
            int[] unknown = new int[PLACE_TYPES.size()];
            Map<String, int[]> counts = existingByArea.getOrDefault(area.key(), Map.of());
            for (int i = 0; i < PLACE_TYPES.size(); i++) {
                int[] c = counts.getOrDefault(PLACE_TYPES.get(i), new int[2]);
                existing[i] = c[0];
                unknown[i] = c[1];
            }
            Map<String, NearestOffer> offers = nearest.getOrDefault(area.key(), Map.of());
            boolean[] near = new boolean[ACCESS_TYPES.size()];
            for (int i = 0; i < ACCESS_TYPES.size(); i++) {
                NearestOffer offer = offers.get(ACCESS_TYPES.get(i));
                near[i] = offer != null && offer.minutes() <= threshold;
            }
            areas.add(new AreaInputs(area, bestand, projected, base, base == null ? null : tablesOf.get(base), existing, unknown, offers, near));
        }
        // as before: the first area of a key stands for it, a key named twice in a Planungsraum counts twice
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            indexOf.putIfAbsent(areas.get(i).area().key(), i);
        }
        input.settings().planungsraeume().forEach((name, keys) -> {
            int[] members = keys.stream().map(indexOf::get).filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
            rooms.add(new Room(name, members, java.util.Arrays.stream(members).mapToObj(m -> areas.get(m).area().key()).toList()));
        });
        allKeys = areas.stream().map(a -> a.area().key()).toList();
    }

    /** The same input under a saved variant's parameters; forecast it with the variant's kind, so m_k(t) stays one formula. */
    public Forecaster with(ScenarioVariant variant) {
        return new Forecaster(new ForecastInput(in.county(), in.areas(), in.population(), in.quotas(), variant.applyTo(in.settings()),
                in.staffRatios(), in.offers(), in.travelMinutes()));
    }

    public NavigableSet<Integer> possibleYears() {
        return possibleYears;
    }

    /** t0, the latest bestand year; empty before any population is loaded. */
    public OptionalInt baseYear() {
        return baseYear == null ? OptionalInt.empty() : OptionalInt.of(baseYear);
    }

    public ForecastResult forecast(int year, Scenario scenario) {
        if (baseYear == null || !possibleYears.contains(year)) {
            throw new YearNotAvailable(year, possibleYears);
        }
        YearContext y = new YearContext(year, scenario);
        List<AreaForecast> results = new ArrayList<>(areas.size());
        PlaceBalances[] places = new PlaceBalances[areas.size()];
        for (int i = 0; i < areas.size(); i++) {
            AreaForecast a = area(areas.get(i), y);
            results.add(a);
            places[i] = (PlaceBalances) a.places();
        }
        List<RegionForecast> roomForecasts = new ArrayList<>();
        for (Room room : rooms) {
            roomForecasts.add(region(room.name(), room.keys(), room.members(), results, places, false));
        }
        int[] everyArea = new int[areas.size()];
        java.util.Arrays.setAll(everyArea, i -> i);
        RegionForecast total = region(in.county(), allKeys, everyArea, results, places, true);
        return new ForecastResult(in.county(), baseYear, year, scenario, notes(year, scenario, results, y), Collections.unmodifiableList(results),
                Collections.unmodifiableList(roomForecasts), total);
    }

    /** What is the same for every area in one forecast: the boxed year for the lookups and the scenario's factors. */
    private final class YearContext {
        final int year;
        final Integer boxed;
        final Scenario scenario;
        /** (1 + r)^(t − t0) of the trend scenario */
        final double trend;
        /** σ_t of ambulant vor stationär */
        final double shift;
        boolean grown;
        boolean straddles80;

        YearContext(int year, Scenario scenario) {
            this.year = year;
            this.boxed = year;
            this.scenario = scenario;
            this.trend = scenario == Scenario.TREND ? Math.pow(1 + rate(), year - baseYear) : 1;
            this.shift = scenario == Scenario.AMBULANT_VOR_STATIONAER ? shiftShareIn(year) : 0;
        }
    }

    private AreaForecast area(AreaInputs a, YearContext y) {
        PopulationSeries.Source source = source(a, y);
        Pyramid pyramid = switch (source) {
            case BESTAND -> a.bestand().get(y.boxed);
            case GEMEINDE_PROJECTION -> a.gemeindeProjection().get(y.boxed);
            case KREIS_GROWTH, LAND_GROWTH -> a.base();
        };
        y.grown |= source == PopulationSeries.Source.KREIS_GROWTH || source == PopulationSeries.Source.LAND_GROWTH;
        if (pyramid == null) {
            return empty(a, source);
        }
        BandTables t = pyramid == a.base() ? a.baseTables() : tablesOf.get(pyramid);
        y.straddles80 |= t.straddles80;
        // Kreis/Land growth applies to the base population only, after the base year (spec: f(P,s,t))
        double[][] growth = source == PopulationSeries.Source.BESTAND || source == PopulationSeries.Source.GEMEINDE_PROJECTION
                || projection == null || y.year <= baseYear ? null : t.growth(y.year);
        double[] need = new double[SETTINGS.length];
        double total = 0;
        double age65 = 0;
        double age80 = 0;
        for (int s = 0; s < SEXES.length; s++) {
            double[] counts = pyramid.of(SEXES[s]);
            for (int b = 0; b < counts.length; b++) {
                double pop = growth == null ? counts[b] : counts[b] * growth[s][b];
                total += pop;
                age65 += pop * t.share65[s][b];
                age80 += pop * t.share80[s][b];
                for (int k = 0; k < SETTINGS.length; k++) {
                    need[k] += pop * t.quota[k][s][b];
                }
            }
        }
        CareNeed care = scenario(need, y);
        double[] needed = new double[PLACE_TYPES.size()];
        for (int i = 0; i < needed.length; i++) {
            if (measured[i]) {
                needed[i] = needed(benchmarks[i], care, pyramid, t, growth);
            }
        }
        return new AreaForecast(a.area(), source, pyramid.complete(), new PopulationSummary(total, age65, age80), care,
                new PflegegradSplit(care, in.settings().pflegegradShares()), new PlaceBalances(measured, needed, a.existing(), a.unknown()),
                staff(care, false), a.nearest());
    }

    private AreaForecast empty(AreaInputs a, PopulationSeries.Source source) {
        CareNeed none = new CareNeed(0, 0, 0, 0);
        boolean[] unmeasured = new boolean[PLACE_TYPES.size()];
        return new AreaForecast(a.area(), source, false, new PopulationSummary(0, 0, 0), none,
                new PflegegradSplit(none, in.settings().pflegegradShares()),
                new PlaceBalances(unmeasured, new double[PLACE_TYPES.size()], a.existing(), a.unknown()), staff(none, false), a.nearest());
    }

    /** The bestand of the year; else the Gemeinde projection of the year; else the base population, grown. */
    private PopulationSeries.Source source(AreaInputs a, YearContext y) {
        if (a.bestand().containsKey(y.boxed)) {
            return PopulationSeries.Source.BESTAND;
        }
        if (a.gemeindeProjection().containsKey(y.boxed)) {
            return PopulationSeries.Source.GEMEINDE_PROJECTION;
        }
        return in.population().kreisProjection() != null ? PopulationSeries.Source.KREIS_GROWTH : PopulationSeries.Source.LAND_GROWTH;
    }

    /** The area's bestand of t0, or its latest earlier year (then the area is incomplete). */
    private Pyramid basePopulation(Map<Integer, Pyramid> years) {
        if (baseYear == null) {
            return null;
        }
        Pyramid base = years.get(baseYear);
        if (base != null) {
            return base;
        }
        return years.entrySet().stream().filter(e -> e.getKey() < baseYear).max(Map.Entry.comparingByKey())
                .map(e -> new Pyramid(e.getValue().bands(), e.getValue().male(), e.getValue().female(), false)).orElse(null);
    }

    private static List<Pyramid> concat(java.util.Collection<Pyramid> a, java.util.Collection<Pyramid> b, Pyramid base) {
        List<Pyramid> all = new ArrayList<>(a);
        all.addAll(b);
        if (base != null) {
            all.add(base);
        }
        return all;
    }

    /** m_k(t) of the scenario: trend × (1 + r)^(t − t0); ambulant vor stationär moves σ_t of vollstationär to ambulant. */
    private static CareNeed scenario(double[] need, YearContext y) {
        double pflegegeld = need[Setting.PFLEGEGELD.ordinal()];
        double ambulant = need[Setting.AMBULANT.ordinal()];
        double stationary = need[Setting.VOLLSTATIONAER.ordinal()];
        double pg1 = need[Setting.PG1_OHNE.ordinal()];
        switch (y.scenario) {
            case STATUS_QUO -> { }
            case TREND -> {
                pflegegeld *= y.trend;
                ambulant *= y.trend;
                stationary *= y.trend;
                pg1 *= y.trend;
            }
            case AMBULANT_VOR_STATIONAER -> {
                double moved = stationary * y.shift;
                stationary -= moved;
                ambulant += moved;
            }
        }
        return new CareNeed(pflegegeld, ambulant, stationary, pg1);
    }

    private double rate() {
        return in.settings().trendRate() == null ? 0 : in.settings().trendRate();
    }

    /** σ_t = σ · (t − t0) / (Y − t0), at most σ; σ from the target year Y on. */
    double shiftShareIn(int year) {
        Double share = in.settings().shiftShare();
        Integer target = in.settings().shiftTargetYear();
        if (share == null || year <= baseYear) {
            return 0;
        }
        if (target == null || target <= baseYear || year >= target) {
            return share;
        }
        return share * (year - baseYear) / (target - baseYear);
    }

    private static double needed(Benchmark benchmark, CareNeed care, Pyramid pyramid, BandTables t, double[][] growth) {
        return switch (benchmark.method()) {
            case OCCUPANCY -> care.vollstationaer() / benchmark.value();
            case PER_100_CARED_AT_HOME -> care.atHome() * benchmark.value() / 100;
            case PER_100_RESIDENTS -> residentsFrom(benchmark.ageFrom(), pyramid, t, growth) * benchmark.value() / 100;
        };
    }

    private static double residentsFrom(int age, Pyramid pyramid, BandTables t, double[][] growth) {
        double[][] share = t.shareFrom(age);
        double sum = 0;
        for (int s = 0; s < SEXES.length; s++) {
            double[] counts = pyramid.of(SEXES[s]);
            for (int b = 0; b < counts.length; b++) {
                sum += (growth == null ? counts[b] : counts[b] * growth[s][b]) * share[s][b];
            }
        }
        return sum;
    }

    /** § 113c (1) SGB XI: FTE = Σ_pg N_vollstationaer × share(pg) × Personalanhaltswert(pg, level). */
    private StaffNeed staff(CareNeed care, boolean withExisting) {
        double h = 0;
        double a = 0;
        double f = 0;
        for (Map.Entry<Double, StaffRatios.Level> share : staffShares) {
            StaffRatios.Level level = share.getValue();
            double residents = care.vollstationaer() * share.getKey();
            h += residents * level.hilfskraft();
            a += residents * level.assistenz();
            f += residents * level.fachkraft();
        }
        Double perClient = in.settings().ambulantStaffPerClient();
        return new StaffNeed(h, a, f, perClient == null ? null : care.ambulant() * perClient,
                withExisting ? in.settings().existingStaff().get(Setting.VOLLSTATIONAER) : null,
                withExisting ? in.settings().existingStaff().get(Setting.AMBULANT) : null);
    }

    /** The sums over the member areas, added in member order (the order decides the last digit of a double sum). */
    private RegionForecast region(String name, List<String> keys, int[] members, List<AreaForecast> results, PlaceBalances[] places,
                                  boolean county) {
        double total = 0;
        double age65 = 0;
        double age80 = 0;
        double[] need = new double[SETTINGS.length];
        boolean complete = true;
        for (int m : members) {
            AreaForecast a = results.get(m);
            total += a.population().total();
            age65 += a.population().age65plus();
            age80 += a.population().age80plus();
            for (Setting k : SETTINGS) {
                need[k.ordinal()] += a.need().of(k);
            }
            complete &= a.complete();
        }
        CareNeed care = new CareNeed(need[0], need[1], need[2], need[3]);
        Map<String, PlaceBalance> balances = new LinkedHashMap<>();
        for (int type = 0; type < PLACE_TYPES.size(); type++) {
            boolean anyNeeded = false;
            double needed = 0;
            double existing = 0;
            int unknown = 0;
            for (int m : members) {
                PlaceBalances p = places[m];
                if (p.measured(type)) {
                    anyNeeded = true;
                    needed += p.needed(type);
                }
                existing += p.existing(type);
                unknown += p.unknownCapacityOffers(type);
            }
            int[] unplaced = county ? unplacedExisting.get(PLACE_TYPES.get(type)) : null;
            if (unplaced != null) {
                existing += unplaced[0];
                unknown += unplaced[1];
            }
            Double sum = anyNeeded ? needed : null;
            balances.put(PLACE_TYPES.get(type), new PlaceBalance(sum, existing, sum == null ? null : sum - existing, unknown));
        }
        Map<String, Reach> reach = new LinkedHashMap<>();
        for (int type = 0; type < ACCESS_TYPES.size(); type++) {
            reach.put(ACCESS_TYPES.get(type), reach(type, members, results));
        }
        return new RegionForecast(name, keys, complete, new PopulationSummary(total, age65, age80), care,
                new PflegegradSplit(care, in.settings().pflegegradShares()), balances, staff(care, county), reach);
    }

    private Reach reach(int type, int[] members, List<AreaForecast> results) {
        double within80 = 0;
        double all80 = 0;
        double within65 = 0;
        double all65 = 0;
        for (int m : members) {
            PopulationSummary p = results.get(m).population();
            all80 += p.age80plus();
            all65 += p.age65plus();
            if (areas.get(m).near()[type]) {
                within80 += p.age80plus();
                within65 += p.age65plus();
            }
        }
        return new Reach(all80 == 0 ? null : within80 / all80, all65 == 0 ? null : within65 / all65);
    }

    /** Capacities per area and type; an offer of the type without capacity counts as unknown. */
    private Map<String, Map<String, int[]>> assignOffersToAreas() {
        Map<String, Map<String, int[]>> existingByArea = new HashMap<>();
        Map<Long, String> areaOf = OfferAreas.assign(in.areas(), in.offers());
        for (RegisterOffer offer : in.offers()) {
            String area = areaOf.get(offer.id());
            for (String type : offer.types()) {
                int[] counts = area == null ? unplacedExisting.computeIfAbsent(type, t -> new int[2])
                        : existingByArea.computeIfAbsent(area, k -> new HashMap<>()).computeIfAbsent(type, t -> new int[2]);
                Integer capacity = offer.capacity().get(type);
                if (capacity == null) {
                    counts[1]++;
                } else {
                    counts[0] += capacity;
                }
            }
        }
        return existingByArea;
    }

    /** Per area and type the offer with the fewest minutes: from the travel-time table where it has the area, else estimated. */
    private Map<String, Map<String, NearestOffer>> findNearestOffers() {
        Map<String, Map<String, NearestOffer>> nearest = new HashMap<>();
        PlanningSettings.AccessibilityParameters p = in.settings().accessibility();
        for (Area area : in.areas()) {
            if (area.point() == null) {
                continue;
            }
            Map<Long, Double> table = in.travelMinutes().get(area.key());
            Map<String, NearestOffer> best = new LinkedHashMap<>();
            for (RegisterOffer offer : in.offers()) {
                if (offer.point() == null) {
                    continue;
                }
                double km = area.point().kmTo(offer.point());
                Double measured = table == null ? null : table.get(offer.id());
                boolean estimated = table == null;
                if (!estimated && measured == null) {
                    continue;
                }
                double minutes = estimated ? p.minutes(km) : measured;
                for (String type : offer.types()) {
                    NearestOffer current = best.get(type);
                    if (ACCESS_TYPES.contains(type) && (current == null || minutes < current.minutes())) {
                        best.put(type, new NearestOffer(offer.id(), offer.name(), km, minutes, estimated));
                    }
                }
            }
            nearest.put(area.key(), Collections.unmodifiableMap(best));
        }
        return nearest;
    }

    private List<String> notes(int year, Scenario scenario, List<AreaForecast> areas, YearContext y) {
        List<String> notes = new ArrayList<>();
        if (y.grown && projection != null) {
            notes.add("Die Bevölkerung " + year + " ist die des Basisjahres " + baseYear + ", fortgeschrieben mit der Entwicklung der "
                    + (projection.level() == Projection.Level.KREIS ? "Kreis" : "Landes") + "vorausberechnung"
                    + (projection.variant() == null || projection.variant().isEmpty() ? "" : " (Variante " + projection.variant() + ")")
                    + " je Altersgruppe und Geschlecht.");
            int start = projection.startYear(baseYear);
            if (start > baseYear) {
                notes.add("Die Jahre " + baseYear + " bis " + start + " sind nicht vorausberechnet: die Vorausberechnung beginnt "
                        + projection.firstYear() + ", bis dahin gilt der Bestand von " + baseYear + ".");
            }
        }
        if (!in.quotas().settings().contains(Setting.PG1_OHNE)) {
            notes.add("Pflegegrad 1 ohne Leistungen von Einrichtungen ist in den Pflegequoten „" + in.quotas().name()
                    + "“ nicht enthalten und wird mit 0 gezählt.");
        }
        if (y.straddles80) {
            notes.add("„80 Jahre und älter“ ist geschätzt: die Bevölkerungstabelle endet bei „75 Jahre und mehr“; der Anteil ab 80 folgt der Altersstruktur der Pflegequoten (Bandregel).");
        }
        long incomplete = areas.stream().filter(a -> !a.complete()).count();
        if (incomplete > 0) {
            notes.add(incomplete + " Gebiete haben unbekannte Werte in der Bevölkerung (zum Beispiel geheim gehaltene Felder); sie sind als unvollständig markiert und zählen dort 0.");
        }
        List<String> without = PlanningSettings.PLACE_TYPES.stream().filter(t -> !in.settings().benchmarks().containsKey(t)).toList();
        if (!without.isEmpty()) {
            notes.add("Ohne Richtwert, daher ohne Bedarf an Plätzen: " + String.join(", ", without) + ".");
        }
        long coarse = in.areas().stream().filter(a -> a.pointSource() == Area.PointSource.CITY_CENTRE).count();
        if (coarse > 0) {
            notes.add("Für " + coarse + " Gebiete ist nur der Stadtmittelpunkt als Bezugspunkt bekannt: die Erreichbarkeit ist dort grob.");
        }
        if (scenario == Scenario.TREND && in.settings().trendRate() == null) {
            notes.add("Für das Szenario Trend ist keine jährliche Veränderung gesetzt; es entspricht dem Status quo.");
        }
        if (scenario == Scenario.AMBULANT_VOR_STATIONAER && in.settings().shiftShare() == null) {
            notes.add("Für „ambulant vor stationär“ ist kein Anteil gesetzt; es entspricht dem Status quo.");
        }
        if (!unplacedExisting.isEmpty()) {
            notes.add("Angebote ohne Gemeinde und ohne Lage zählen nur für den ganzen Kreis.");
        }
        return notes;
    }

}
