package de.pflegeregion.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.internal.DemoData;
import de.pflegeregion.planning.Forecaster;
import de.pflegeregion.planning.PlaceBalance;
import de.pflegeregion.planning.PlanningGaps;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** The gaps other modules read (the network's measures) are the balances of the base-year status-quo forecast. */
@IntegrationTest
class PlanningGapsIT {

    @Autowired
    DemoData directoryDemo;
    @Autowired
    PlanningDemoData planningDemo;
    @Autowired
    PlanningData data;
    @Autowired
    Tenants tenants;
    @Autowired
    PlanningGaps gaps;

    @Test
    void gapOfTagespflegeInTheNorthOfPfaffenhofenIsTheForecastsBalance() {
        directoryDemo.ensureDemoCounties();
        planningDemo.ensureDemoPlanning();
        Tenant paf = tenants.bySlug(PlanningDemoData.PFAFFENHOFEN).orElseThrow();
        Forecaster forecaster = data.forecaster(paf, null).orElseThrow();
        int baseYear = forecaster.baseYear().orElseThrow();
        PlaceBalance expected = forecaster.forecast(baseYear, Scenario.STATUS_QUO).planungsraeume().stream()
                .filter(r -> r.name().equals("Nord")).findFirst().orElseThrow().places().get("tagespflege");

        PlanningGaps.Gap nord = gaps.current(paf.id(), "tagespflege", "Nord").orElseThrow();

        assertThat(nord.year()).isEqualTo(baseYear);
        assertThat(nord.needed()).isEqualTo(expected.needed());
        assertThat(nord.existing()).isEqualTo(expected.existing());
        assertThat(nord.gap()).isEqualTo(expected.gap());
        assertThat(gaps.shortages(paf.id())).isNotEmpty().allMatch(g -> g.gap() != null && g.gap() > 0);
        assertThat(gaps.gemeinden(paf.id())).hasSize(19).allSatisfy((ags, name) -> assertThat(ags).startsWith("09186"));
    }

    @Test
    void aCountyWithoutPlanningDataHasNoGaps() {
        Tenant empty = tenants.create("ohne-planung-" + System.nanoTime(), "Landkreis ohne Planung", "09999");
        assertThat(gaps.current(empty.id(), "tagespflege", "Nord")).isEmpty();
        assertThat(gaps.shortages(empty.id())).isEmpty();
        assertThat(gaps.gemeinden(empty.id())).isEmpty();
        assertThat(gaps.shortages(Long.MAX_VALUE)).isEmpty();
    }
}
