package de.pflegeregion.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two-Gemeinde county worked out on paper: two bands (under 75, 75 and over), quotas without
 * reference population, Gemeinde A twice the size of B. Expected values are in the tests.
 */
final class PaperCounty {

    static final String A = "09999001";
    static final String B = "09999002";
    static final List<AgeBand> BANDS = List.of(AgeBand.of(0, 75), AgeBand.of(75, null));
    static final GeoPoint POINT_A = new GeoPoint(48.0, 11.0);
    static final GeoPoint POINT_B = new GeoPoint(48.1, 11.0);

    private PaperCounty() {
    }

    static QuotaSet quotas() {
        List<Quota> q = new ArrayList<>();
        for (Sex sex : Sex.values()) {
            q.add(new Quota(BANDS.get(0), sex, Setting.PFLEGEGELD, 0.01, null));
            q.add(new Quota(BANDS.get(1), sex, Setting.PFLEGEGELD, 0.20, null));
            q.add(new Quota(BANDS.get(0), sex, Setting.AMBULANT, 0.005, null));
            q.add(new Quota(BANDS.get(1), sex, Setting.AMBULANT, 0.10, null));
            q.add(new Quota(BANDS.get(0), sex, Setting.VOLLSTATIONAER, 0.001, null));
            q.add(new Quota(BANDS.get(1), sex, Setting.VOLLSTATIONAER, 0.05, null));
        }
        return new QuotaSet("Papier", "von Hand", LocalDate.of(2023, 12, 31), q);
    }

    static Pyramid pyramid(double male0, double male75, double female0, double female75) {
        return new Pyramid(BANDS, new double[] {male0, male75}, new double[] {female0, female75}, true);
    }

    static List<Area> areas() {
        return List.of(new Area(A, "Adorf", POINT_A, Area.PointSource.GAZETTEER),
                new Area(B, "Bdorf", POINT_B, Area.PointSource.GAZETTEER));
    }

    static PopulationSeries population(Projection kreis) {
        return new PopulationSeries(
                Map.of(A, Map.of(2023, pyramid(1000, 100, 1000, 200)), B, Map.of(2023, pyramid(500, 50, 500, 100))),
                Map.of(), kreis, null);
    }

    static PlanningSettings settings(Double trendRate, Double shiftShare, Integer shiftTargetYear, double thresholdMinutes) {
        Map<String, List<String>> rooms = new LinkedHashMap<>();
        rooms.put("Nord", List.of(A));
        rooms.put("Süd", List.of(B));
        return new PlanningSettings(
                Map.of("vollstationaer", new Benchmark(BenchmarkMethod.OCCUPANCY, 0.95, null, "Annahme"),
                        "tagespflege", new Benchmark(BenchmarkMethod.PER_100_RESIDENTS, 0.3, 65, "Faustwert"),
                        "kurzzeitpflege", new Benchmark(BenchmarkMethod.PER_100_CARED_AT_HOME, 1.0, null, "Beispiel")),
                Map.of(Setting.VOLLSTATIONAER, Map.of(2, 0.5, 3, 0.5)), Map.of(Setting.VOLLSTATIONAER, "Beispiel"),
                0.5, PlanningSettings.StaffUnit.HEADCOUNT, "Beispiel",
                new PlanningSettings.AccessibilityParameters(1.3, 50, thresholdMinutes), rooms,
                trendRate, shiftShare, shiftTargetYear, Map.of(Setting.VOLLSTATIONAER, 4.0));
    }

    static StaffRatios staffRatios() {
        return new StaffRatios(Map.of(2, new StaffRatios.Level(0.12, 0.07, 0.10), 3, new StaffRatios.Level(0.14, 0.11, 0.16)));
    }

    static List<RegisterOffer> offers() {
        return List.of(
                new RegisterOffer(1, "Heim Adorf", List.of("vollstationaer"), A, POINT_A, Map.of("vollstationaer", 20), Map.of(), LocalDate.of(2024, 1, 1)),
                new RegisterOffer(2, "Haus Bdorf", List.of("vollstationaer", "tagespflege"), B, POINT_B, Map.of("vollstationaer", 10), Map.of(), LocalDate.of(2024, 1, 1)));
    }

    static Forecaster forecaster(Projection kreis, PlanningSettings settings) {
        return new Forecaster(new ForecastInput("09999", areas(), population(kreis), quotas(), settings, staffRatios(), offers(), Map.of()));
    }
}
