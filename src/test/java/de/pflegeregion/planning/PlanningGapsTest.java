package de.pflegeregion.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The gaps other modules read: every place balance of a forecast, Planungsräume by name and areas by key. */
class PlanningGapsTest {

    @Test
    void everyPlaceBalanceBecomesAGapWithClosedAndMeasurableAsTwoQuestions() {
        RegionForecast nord = new RegionForecast("Nord", List.of("09186162"), true, null, null, Map.of(),
                Map.of("tagespflege", new PlaceBalance(20.0, 13.5, 6.5, 0)), null, Map.of());
        AreaForecast wolnzach = new AreaForecast(new Area("09186162", "Wolnzach", null, Area.PointSource.NONE), null, true, null, null, Map.of(),
                Map.of("tagespflege", new PlaceBalance(8.0, 10.0, -2.0, 0), "kurzzeitpflege", new PlaceBalance(null, 3.0, null, 0)), null, Map.of());
        ForecastResult result = new ForecastResult("09186", 2023, 2026, Scenario.STATUS_QUO, List.of(), List.of(wolnzach), List.of(nord), null);

        List<PlanningGaps.Gap> gaps = PlanningGaps.of(result);

        assertThat(gaps).hasSize(3);
        PlanningGaps.Gap first = gaps.getFirst();
        assertThat(first.area()).isEqualTo("Nord");
        assertThat(first.gap()).isEqualTo(6.5);
        assertThat(first.closed()).isFalse();
        assertThat(first.year()).isEqualTo(2026);
        PlanningGaps.Gap spare = gaps.stream().filter(g -> g.area().equals("09186162") && g.offerType().equals("tagespflege")).findFirst().orElseThrow();
        assertThat(spare.areaName()).isEqualTo("Wolnzach");
        assertThat(spare.closed()).isTrue();
        PlanningGaps.Gap unknown = gaps.stream().filter(g -> g.offerType().equals("kurzzeitpflege")).findFirst().orElseThrow();
        assertThat(unknown.measurable()).isFalse();
        assertThat(unknown.closed()).isFalse();
    }
}
