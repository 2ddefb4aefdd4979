package de.pflegeregion.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.internal.DemoData;
import de.pflegeregion.planning.Area;
import de.pflegeregion.planning.ForecastResult;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** The demo counties' planning data goes through the real import and keeps the published totals. */
@IntegrationTest
class PlanningDemoDataIT {

    @Autowired
    DemoData directoryDemo;
    @Autowired
    PlanningDemoData planningDemo;
    @Autowired
    PlanningData data;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;

    @Test
    void pfaffenhofenHasItsNineteenGemeindenWithThe2022TotalsAndTheBayernProjection() {
        directoryDemo.ensureDemoCounties();
        planningDemo.ensureDemoPlanning();
        Tenant paf = tenants.bySlug(PlanningDemoData.PFAFFENHOFEN).orElseThrow();
        assertThat(data.areas(paf)).hasSize(19);
        ForecastResult base = data.forecaster(paf, null).orElseThrow().forecast(2022, Scenario.STATUS_QUO);
        // 132,082 on 31.12.2022; each of 19 × 34 estimated cells is rounded
        assertThat(base.total().population().total()).isCloseTo(132_082, within(19 * 17.0));
        ForecastResult later = data.forecaster(paf, null).orElseThrow().forecast(2035, Scenario.STATUS_QUO);
        assertThat(later.notes()).anyMatch(n -> n.contains("Die Jahre 2022 bis 2025 sind nicht vorausberechnet"));
        assertThat(later.planungsraeume()).extracting(r -> r.name()).containsExactly("Nord", "Süd");
        assertThat(later.planungsraeume().get(0).areaKeys().size() + later.planungsraeume().get(1).areaKeys().size()).isEqualTo(19);
        assertThat(later.total().places().get("tagespflege").needed()).isPositive();
        // the brochure gives no Pflegeheim capacities: the homes count as offers of unknown capacity
        assertThat(later.total().places().get("vollstationaer").unknownCapacityOffers()).isGreaterThanOrEqualTo(4);
        assertThat(data.imports(paf)).anyMatch(i -> i.fileName().contains("geschätzt"));
        assertThat(accounts.byUsername("planung-paf").orElseThrow().roles()).containsExactly(Role.PLANNER);
    }

    @Test
    void kielHasItsThirtyStadtteileWithTheCityCentreAsCoarsePoint() {
        directoryDemo.ensureDemoCounties();
        planningDemo.ensureDemoPlanning();
        Tenant kiel = tenants.bySlug(PlanningDemoData.KIEL).orElseThrow();
        assertThat(data.areas(kiel)).hasSize(30).allSatisfy(a -> assertThat(a.pointSource()).isEqualTo(Area.PointSource.CITY_CENTRE));
        ForecastResult r = data.forecaster(kiel, null).orElseThrow().forecast(2023, Scenario.STATUS_QUO);
        assertThat(r.total().population().total()).isEqualTo(250_412);
        assertThat(r.notes()).anyMatch(n -> n.contains("Stadtmittelpunkt"));
        assertThat(data.forecaster(kiel, null).orElseThrow().possibleYears().last()).isEqualTo(2040);
        assertThat(accounts.byUsername("planung-kiel").orElseThrow().roles()).containsExactly(Role.PLANNER);
    }
}
