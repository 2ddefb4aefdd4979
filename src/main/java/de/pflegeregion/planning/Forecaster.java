package de.pflegeregion.planning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The forecast of the spec ("Forecast", "Places, staff, gaps", "Accessibility"): population per area,
 * band and sex for the target year, people in need of care per setting by the quota set and the
 * band rule, Pflegegrad split, places by benchmark against the live register, § 113c staff, and the
 * nearest offer per type. One instance per input; band tables and distances are computed once.
 */
public final class Forecaster {

    /** Offer types whose nearest offer is shown. */
    public static final List<String> ACCESS_TYPES = List.of("ambulant", "tagespflege", "kurzzeitpflege", "vollstationaer", "nachtpflege", "wohngruppe");

    private static final Setting[] SETTINGS = Setting.values();
    private static final Sex[] SEXES = Sex.values();

    private final ForecastInput in;
    private final Integer baseYear;
    private final NavigableSet<Integer> possibleYears;
    private final Map<List<AgeBand>, BandTables> bandTables = new HashMap<>();
    private final Map<String, Map<String, int[]>> existingByArea = new HashMap<>();
    private final Map<String, int[]> unplacedExisting = new TreeMap<>();
    private final Map<String, Map<String, NearestOffer>> nearest = new HashMap<>();

    public Forecaster(ForecastInput input) {
        this.in = input;
        this.baseYear = input.population().baseYear().orElse(null);
        this.possibleYears = input.population().possibleYears();
        assignOffersToAreas();
        findNearestOffers();
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
    public java.util.OptionalInt baseYear() {
        return baseYear == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(baseYear);
    }

    public ForecastResult forecast(int year, Scenario scenario) {
        if (baseYear == null || !possibleYears.contains(year)) {
            throw new YearNotAvailable(year, possibleYears);
        }
        List<AreaForecast> areas = new ArrayList<>(in.areas().size());
        for (Area area : in.areas()) {
            areas.add(area(area, year, scenario));
        }
        Map<String, AreaForecast> byKey = areas.stream().collect(Collectors.toMap(a -> a.area().key(), a -> a, (a, b) -> a, LinkedHashMap::new));
        List<RegionForecast> rooms = new ArrayList<>();
        in.settings().planungsraeume().forEach((name, keys) -> rooms.add(region(name,
                keys.stream().map(byKey::get).filter(java.util.Objects::nonNull).toList(), false)));
        RegionForecast total = region(in.county(), areas, true);
        return new ForecastResult(in.county(), baseYear, year, scenario, notes(year, scenario, areas), areas, rooms, total);
    }

    private AreaForecast area(Area area, int year, Scenario scenario) {
        PopulationSeries.Source source = in.population().source(area.key(), year);
        Pyramid pyramid = population(area.key(), year, source);
        if (pyramid == null) {
            return empty(area, source);
        }
        BandTables t = tables(pyramid.bands());
        double[][] growth = growth(t, source, year);
        double[] need = new double[SETTINGS.length];
        double total = 0;
        double age65 = 0;
        double age80 = 0;
        for (Sex sex : SEXES) {
            int s = sex.ordinal();
            double[] counts = pyramid.of(sex);
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
        CareNeed care = scenario(need, year, scenario);
        Map<String, PlaceBalance> places = new LinkedHashMap<>();
        for (String type : PlanningSettings.PLACE_TYPES) {
            int[] existing = existingByArea.getOrDefault(area.key(), Map.of()).getOrDefault(type, new int[2]);
            Double needed = needed(in.settings().benchmarks().get(type), care, pyramid, t, growth);
            places.put(type, new PlaceBalance(needed, existing[0], needed == null ? null : needed - existing[0], existing[1]));
        }
        return new AreaForecast(area, source, pyramid.complete(), new PopulationSummary(total, age65, age80), care,
                byPflegegrad(care), places, staff(care, false), nearest.getOrDefault(area.key(), Map.of()));
    }

    private AreaForecast empty(Area area, PopulationSeries.Source source) {
        CareNeed none = new CareNeed(0, 0, 0, 0);
        Map<String, PlaceBalance> places = new LinkedHashMap<>();
        for (String type : PlanningSettings.PLACE_TYPES) {
            int[] existing = existingByArea.getOrDefault(area.key(), Map.of()).getOrDefault(type, new int[2]);
            places.put(type, new PlaceBalance(null, existing[0], null, existing[1]));
        }
        return new AreaForecast(area, source, false, new PopulationSummary(0, 0, 0), none, byPflegegrad(none), places,
                staff(none, false), nearest.getOrDefault(area.key(), Map.of()));
    }

    /** The bestand of the year; else the Gemeinde projection of the year; else the base population, grown by {@link #growth}. */
    private Pyramid population(String area, int year, PopulationSeries.Source source) {
        return switch (source) {
            case BESTAND -> in.population().bestand().get(area).get(year);
            case GEMEINDE_PROJECTION -> in.population().gemeindeProjection().get(area).get(year);
            case KREIS_GROWTH, LAND_GROWTH -> basePopulation(area);
        };
    }

    /** The area's bestand of t0, or its latest earlier year (then the area is incomplete). */
    private Pyramid basePopulation(String area) {
        Map<Integer, Pyramid> years = in.population().bestand().getOrDefault(area, Map.of());
        Pyramid base = years.get(baseYear);
        if (base != null) {
            return base;
        }
        return years.entrySet().stream().filter(e -> e.getKey() < baseYear).max(Map.Entry.comparingByKey())
                .map(e -> new Pyramid(e.getValue().bands(), e.getValue().male(), e.getValue().female(), false)).orElse(null);
    }

    private double[][] growth(BandTables t, PopulationSeries.Source source, int year) {
        if (source == PopulationSeries.Source.BESTAND || source == PopulationSeries.Source.GEMEINDE_PROJECTION) {
            return null;
        }
        Projection projection = in.population().growthProjection().orElse(null);
        if (projection == null || year <= baseYear) {
            return null;
        }
        return t.growth.computeIfAbsent(year, y -> projection.growthFactors(t.bands, baseYear, y));
    }

    /** m_k(t) of the scenario: trend × (1 + r)^(t − t0); ambulant vor stationär moves σ_t of vollstationär to ambulant. */
    private CareNeed scenario(double[] need, int year, Scenario scenario) {
        double pflegegeld = need[Setting.PFLEGEGELD.ordinal()];
        double ambulant = need[Setting.AMBULANT.ordinal()];
        double stationary = need[Setting.VOLLSTATIONAER.ordinal()];
        double pg1 = need[Setting.PG1_OHNE.ordinal()];
        switch (scenario) {
            case STATUS_QUO -> { }
            case TREND -> {
                double m = Math.pow(1 + rate(), year - baseYear);
                pflegegeld *= m;
                ambulant *= m;
                stationary *= m;
                pg1 *= m;
            }
            case AMBULANT_VOR_STATIONAER -> {
                double moved = stationary * shiftShareIn(year);
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

    private Double needed(Benchmark benchmark, CareNeed care, Pyramid pyramid, BandTables t, double[][] growth) {
        if (benchmark == null) {
            return null;
        }
        return switch (benchmark.method()) {
            case OCCUPANCY -> care.vollstationaer() / benchmark.value();
            case PER_100_CARED_AT_HOME -> care.atHome() * benchmark.value() / 100;
            case PER_100_RESIDENTS -> residentsFrom(benchmark.ageFrom(), pyramid, t, growth) * benchmark.value() / 100;
        };
    }

    private double residentsFrom(int age, Pyramid pyramid, BandTables t, double[][] growth) {
        double[][] share = t.shareFrom.computeIfAbsent(age, a -> shares(t.bands, a));
        double sum = 0;
        for (Sex sex : SEXES) {
            double[] counts = pyramid.of(sex);
            for (int b = 0; b < counts.length; b++) {
                sum += (growth == null ? counts[b] : counts[b] * growth[sex.ordinal()][b]) * share[sex.ordinal()][b];
            }
        }
        return sum;
    }

    private Map<Setting, Map<Integer, Double>> byPflegegrad(CareNeed care) {
        Map<Setting, Map<Integer, Double>> split = new EnumMap<>(Setting.class);
        in.settings().pflegegradShares().forEach((setting, shares) -> {
            Map<Integer, Double> grades = new TreeMap<>();
            shares.forEach((grade, share) -> grades.put(grade, care.of(setting) * share));
            split.put(setting, grades);
        });
        return split;
    }

    /** § 113c (1) SGB XI: FTE = Σ_pg N_vollstationaer × share(pg) × Personalanhaltswert(pg, level). */
    private StaffNeed staff(CareNeed care, boolean withExisting) {
        double h = 0;
        double a = 0;
        double f = 0;
        for (Map.Entry<Integer, Double> share : in.settings().pflegegradShares().getOrDefault(Setting.VOLLSTATIONAER, Map.of()).entrySet()) {
            StaffRatios.Level level = in.staffRatios().byPflegegrad().get(share.getKey());
            if (level != null) {
                double residents = care.vollstationaer() * share.getValue();
                h += residents * level.hilfskraft();
                a += residents * level.assistenz();
                f += residents * level.fachkraft();
            }
        }
        Double perClient = in.settings().ambulantStaffPerClient();
        return new StaffNeed(h, a, f, perClient == null ? null : care.ambulant() * perClient,
                withExisting ? in.settings().existingStaff().get(Setting.VOLLSTATIONAER) : null,
                withExisting ? in.settings().existingStaff().get(Setting.AMBULANT) : null);
    }

    private RegionForecast region(String name, List<AreaForecast> areas, boolean county) {
        double total = 0;
        double age65 = 0;
        double age80 = 0;
        double[] need = new double[SETTINGS.length];
        boolean complete = true;
        for (AreaForecast a : areas) {
            total += a.population().total();
            age65 += a.population().age65plus();
            age80 += a.population().age80plus();
            for (Setting k : SETTINGS) {
                need[k.ordinal()] += a.need().of(k);
            }
            complete &= a.complete();
        }
        CareNeed care = new CareNeed(need[0], need[1], need[2], need[3]);
        Map<String, PlaceBalance> places = new LinkedHashMap<>();
        for (String type : PlanningSettings.PLACE_TYPES) {
            Double needed = null;
            double existing = 0;
            int unknown = 0;
            for (AreaForecast a : areas) {
                PlaceBalance p = a.places().get(type);
                if (p.needed() != null) {
                    needed = (needed == null ? 0 : needed) + p.needed();
                }
                existing += p.existing();
                unknown += p.unknownCapacityOffers();
            }
            if (county && unplacedExisting.containsKey(type)) {
                existing += unplacedExisting.get(type)[0];
                unknown += unplacedExisting.get(type)[1];
            }
            places.put(type, new PlaceBalance(needed, existing, needed == null ? null : needed - existing, unknown));
        }
        Map<String, Reach> reach = new LinkedHashMap<>();
        for (String type : ACCESS_TYPES) {
            reach.put(type, reach(type, areas));
        }
        return new RegionForecast(name, areas.stream().map(a -> a.area().key()).toList(), complete,
                new PopulationSummary(total, age65, age80), care, byPflegegrad(care), places, staff(care, county), reach);
    }

    private Reach reach(String type, List<AreaForecast> areas) {
        double threshold = in.settings().accessibility().thresholdMinutes();
        double within80 = 0;
        double all80 = 0;
        double within65 = 0;
        double all65 = 0;
        for (AreaForecast a : areas) {
            NearestOffer offer = a.accessibility().get(type);
            boolean near = offer != null && offer.minutes() <= threshold;
            all80 += a.population().age80plus();
            all65 += a.population().age65plus();
            if (near) {
                within80 += a.population().age80plus();
                within65 += a.population().age65plus();
            }
        }
        return new Reach(all80 == 0 ? null : within80 / all80, all65 == 0 ? null : within65 / all65);
    }

    /** Capacities per area and type; an offer of the type without capacity counts as unknown. */
    private void assignOffersToAreas() {
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
    }

    /** Per area and type the offer with the fewest minutes: from the travel-time table where it has the area, else estimated. */
    private void findNearestOffers() {
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
            nearest.put(area.key(), best);
        }
    }

    private List<String> notes(int year, Scenario scenario, List<AreaForecast> areas) {
        List<String> notes = new ArrayList<>();
        Projection projection = in.population().growthProjection().orElse(null);
        boolean grown = areas.stream().anyMatch(a -> a.source() == PopulationSeries.Source.KREIS_GROWTH
                || a.source() == PopulationSeries.Source.LAND_GROWTH);
        if (grown && projection != null) {
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
        boolean straddles80 = areas.stream().flatMap(a -> bandsOf(a.area().key(), year).stream())
                .anyMatch(b -> b.from() < 80 && b.end() > 80);
        if (straddles80) {
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

    private List<AgeBand> bandsOf(String area, int year) {
        PopulationSeries.Source source = in.population().source(area, year);
        Pyramid p = population(area, year, source);
        return p == null ? List.of() : p.bands();
    }

    private BandTables tables(List<AgeBand> bands) {
        return bandTables.computeIfAbsent(bands, b -> new BandTables(b, in.quotas()));
    }

    private double[][] shares(List<AgeBand> bands, int age) {
        double[][] share = new double[2][bands.size()];
        for (Sex sex : SEXES) {
            for (int b = 0; b < bands.size(); b++) {
                share[sex.ordinal()][b] = in.quotas().shareFrom(bands.get(b), sex, age);
            }
        }
        return share;
    }

    /** Quotas and age shares of one list of population bands, by the band rule; growth factors per year. */
    private final class BandTables {
        final List<AgeBand> bands;
        final double[][][] quota;
        final double[][] share65;
        final double[][] share80;
        final Map<Integer, double[][]> shareFrom = new HashMap<>();
        final Map<Integer, double[][]> growth = new HashMap<>();

        BandTables(List<AgeBand> bands, QuotaSet quotas) {
            this.bands = bands;
            quota = new double[SETTINGS.length][2][bands.size()];
            for (Setting k : SETTINGS) {
                for (Sex sex : SEXES) {
                    for (int b = 0; b < bands.size(); b++) {
                        quota[k.ordinal()][sex.ordinal()][b] = quotas.quota(bands.get(b), sex, k);
                    }
                }
            }
            share65 = shares(bands, 65);
            share80 = shares(bands, 80);
        }
    }
}
