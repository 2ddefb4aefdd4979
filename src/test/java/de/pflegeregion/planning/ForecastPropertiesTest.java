package de.pflegeregion.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the forecast over random counties with the GENESIS bands and the shipped Bayern quotas (QuickTheories). */
class ForecastPropertiesTest {

    /** The 17 bands of table 12411-02-03-5. */
    static final List<AgeBand> GENESIS_BANDS = List.of(AgeBand.of(0, 3), AgeBand.of(3, 6), AgeBand.of(6, 10), AgeBand.of(10, 15),
            AgeBand.of(15, 18), AgeBand.of(18, 20), AgeBand.of(20, 25), AgeBand.of(25, 30), AgeBand.of(30, 35), AgeBand.of(35, 40),
            AgeBand.of(40, 45), AgeBand.of(45, 50), AgeBand.of(50, 55), AgeBand.of(55, 60), AgeBand.of(60, 65), AgeBand.of(65, 75),
            AgeBand.of(75, null));
    private static final QuotaSet BAYERN = ShippedData.quotas(ShippedData.QUOTA_SETS.getFirst());
    private static final int CELLS = GENESIS_BANDS.size() * 2;

    private static Gen<List<List<Integer>>> counties() {
        return lists().of(lists().of(integers().between(0, 5000)).ofSize(CELLS)).ofSizeBetween(1, 6);
    }

    private static Forecaster forecaster(List<List<Integer>> counts, List<AgeBand> bands, QuotaSet quotas) {
        Map<String, Map<Integer, Pyramid>> bestand = new LinkedHashMap<>();
        List<Area> areas = new ArrayList<>();
        Map<String, List<String>> rooms = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            String key = "091860%02d".formatted(i);
            double[] male = new double[bands.size()];
            double[] female = new double[bands.size()];
            for (int b = 0; b < bands.size(); b++) {
                male[b] = counts.get(i).get(b);
                female[b] = counts.get(i).get(b + bands.size());
            }
            bestand.put(key, Map.of(2023, new Pyramid(bands, male, female, true)));
            areas.add(new Area(key, "Gemeinde " + i, new GeoPoint(48 + i * 0.05, 11.5), Area.PointSource.GAZETTEER));
            rooms.computeIfAbsent(i % 2 == 0 ? "Nord" : "Süd", r -> new ArrayList<>()).add(key);
        }
        PlanningSettings base = PaperCounty.settings(null, null, null, 20);
        PlanningSettings settings = new PlanningSettings(base.benchmarks(), base.pflegegradShares(), base.pflegegradSources(),
                base.ambulantStaffPerClient(), base.ambulantStaffUnit(), base.ambulantStaffSource(), base.accessibility(), rooms,
                null, null, null, Map.of());
        return new Forecaster(new ForecastInput("09186", areas, new PopulationSeries(bestand, Map.of(), null, null), quotas,
                settings, PaperCounty.staffRatios(), PaperCounty.offers(), Map.of()));
    }

    @Test
    void morePopulationNeverMeansFewerPeopleInNeedOfCare() {
        qt().forAll(counties(), integers().between(0, CELLS - 1), integers().between(1, 2000)).checkAssert((county, cell, more) -> {
            List<List<Integer>> grown = new ArrayList<>(county.stream().map(ArrayList::new).toList());
            grown.get(0).set(cell, grown.get(0).get(cell) + more);
            CareNeed before = forecaster(county, GENESIS_BANDS, BAYERN).forecast(2023, Scenario.STATUS_QUO).areas().get(0).need();
            CareNeed after = forecaster(grown, GENESIS_BANDS, BAYERN).forecast(2023, Scenario.STATUS_QUO).areas().get(0).need();
            for (Setting k : Setting.values()) {
                assertThat(after.of(k)).as(k.code()).isGreaterThanOrEqualTo(before.of(k));
            }
            assertThat(after.total()).isGreaterThan(before.total());
        });
    }

    @Test
    void sumsOverAreasEqualThePlanungsraeumeAndTheCounty() {
        qt().forAll(counties()).checkAssert(county -> {
            ForecastResult r = forecaster(county, GENESIS_BANDS, BAYERN).forecast(2023, Scenario.STATUS_QUO);
            double tolerance = 1e-9 * (1 + r.total().population().total());
            for (RegionForecast room : r.planungsraeume()) {
                List<AreaForecast> inRoom = r.areas().stream().filter(a -> room.areaKeys().contains(a.area().key())).toList();
                assertThat(room.need().total()).isCloseTo(inRoom.stream().mapToDouble(a -> a.need().total()).sum(), within(tolerance));
                assertThat(room.population().age80plus()).isCloseTo(inRoom.stream().mapToDouble(a -> a.population().age80plus()).sum(), within(tolerance));
            }
            for (Setting k : Setting.values()) {
                assertThat(r.total().need().of(k)).isCloseTo(r.planungsraeume().stream().mapToDouble(p -> p.need().of(k)).sum(), within(tolerance));
            }
            assertThat(r.total().places().get("vollstationaer").needed())
                    .isCloseTo(r.planungsraeume().stream().mapToDouble(p -> p.places().get("vollstationaer").needed()).sum(), within(tolerance));
            assertThat(r.total().staff().fachkraft())
                    .isCloseTo(r.areas().stream().mapToDouble(a -> a.staff().fachkraft()).sum(), within(tolerance));
        });
    }

    @Test
    void statusQuoAtTheBaseYearIsPopulationTimesQuota() {
        List<AgeBand> quotaBands = BAYERN.quotas().stream().map(Quota::band).distinct().sorted().toList();
        Gen<List<List<Integer>>> counties = lists().of(lists().of(integers().between(0, 5000)).ofSize(quotaBands.size() * 2)).ofSizeBetween(1, 4);
        qt().forAll(counties).checkAssert(county -> {
            ForecastResult r = forecaster(county, quotaBands, BAYERN).forecast(2023, Scenario.STATUS_QUO);
            for (int i = 0; i < county.size(); i++) {
                for (Setting k : List.of(Setting.PFLEGEGELD, Setting.AMBULANT, Setting.VOLLSTATIONAER)) {
                    double expected = 0;
                    for (Quota q : BAYERN.quotas()) {
                        if (q.setting() == k) {
                            int b = quotaBands.indexOf(q.band());
                            expected += county.get(i).get(q.sex() == Sex.MALE ? b : b + quotaBands.size()) * q.quota();
                        }
                    }
                    assertThat(r.areas().get(i).need().of(k)).isCloseTo(expected, within(1e-9 * (1 + expected)));
                }
            }
        });
    }
}
