package de.pflegeregion.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.OfferChanges;
import de.pflegeregion.directory.OfferDraft;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.planning.BenchmarkMethod;
import de.pflegeregion.planning.ForecastResult;
import de.pflegeregion.planning.PlanningGaps;
import de.pflegeregion.planning.PopulationFiles;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.ScenarioVariant;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;
import tools.jackson.databind.ObjectMapper;

/**
 * The forecast inputs this node keeps in memory are never stale: a change written by another node (here
 * a second {@link PlanningData} with its own cache on the same database, as a second application node
 * has) or in the live register shows in this node's next forecast and in the gaps the network reads.
 */
@IntegrationTest
class ForecastCacheIT {

    private static final String PAF = "09186143";

    @Autowired
    PlanningData thisNode;
    @Autowired
    PlanningGaps gaps;
    @Autowired
    PopulationStore population;
    @Autowired
    AreaStore areas;
    @Autowired
    QuotaStore quotas;
    @Autowired
    SettingsStore settings;
    @Autowired
    RegisterOffers offers;
    @Autowired
    PlanningVersions versions;
    @Autowired
    OfferChanges registerChanges;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;

    private PlanningData otherNode;
    private Tenant county;
    private Account admin;

    @BeforeEach
    void countyWithPopulation() {
        otherNode = new PlanningData(population, areas, quotas, settings, offers, versions, registerChanges, audit, transaction, jdbc, json, clock);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        county = tenants.create("cache-" + suffix, "Landkreis Cache " + suffix, "09186");
        admin = accounts.create("cadmin-" + suffix, "Sicheres-Test-Passwort-1", Role.COUNTY_ADMIN, county.id(), "Landratsamt", "test");
        otherNode.importPopulation(county, genesis("31.12.2023"), "bestand", null, "bestand-2023.csv", "test");
    }

    @Test
    void aSecondRequestIsServedFromMemory() {
        ForecastResult first = statusQuo(2023);
        assertThat(statusQuo(2023)).isSameAs(first);
        assertThat(thisNode.forecaster(county, null).orElseThrow()).isSameAs(thisNode.forecaster(county, null).orElseThrow());
    }

    @Test
    void settingsChangedOnAnotherNodeShowInTheNextForecast() {
        double before = statusQuo(2023).total().places().get("vollstationaer").needed();
        SettingsDocument d = SettingsDocument.defaults();
        otherNode.replaceSettings(county, new SettingsDocument(
                Map.of("vollstationaer", new SettingsDocument.BenchmarkEntry(BenchmarkMethod.OCCUPANCY, 0.8, null, "Annahme im Test")),
                d.pflegegradShares(), d.pflegegradSources(), d.ambulantStaffPerClient(), d.ambulantStaffUnit(), d.ambulantStaffSource(),
                d.accessibility(), d.planungsraeume(), d.scenarios(), d.existingStaff()), "test");

        double after = statusQuo(2023).total().places().get("vollstationaer").needed();

        assertThat(after).isCloseTo(before * 0.95 / 0.8, within(1e-9));
        assertThat(thisNode.settings(county).benchmarks().get("vollstationaer").value()).isEqualTo(0.8);
    }

    @Test
    void populationImportedOnAnotherNodeShowsInTheNextForecast() {
        assertThat(thisNode.forecaster(county, null).orElseThrow().baseYear()).hasValue(2023);

        otherNode.importPopulation(county, genesis("31.12.2024"), "bestand", null, "bestand-2024.csv", "test");

        assertThat(thisNode.forecaster(county, null).orElseThrow().baseYear()).hasValue(2024);
        assertThat(statusQuo(2024).baseYear()).isEqualTo(2024);
    }

    @Test
    void quotasLoadedOnAnotherNodeShowInTheNextForecast() {
        double before = statusQuo(2023).total().need().vollstationaer();
        assertThat(thisNode.hasOwnQuotaSet(county)).isFalse();
        StringBuilder csv = new StringBuilder("age_from;age_to;sex;setting;quota;reference_population\n");
        for (String sex : List.of("m", "w")) {
            csv.append("0;;").append(sex).append(";vollstationaer;0.5;\n");
        }

        otherNode.replaceQuotas(county, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "Test", LocalDate.of(2023, 12, 31), "test");

        assertThat(thisNode.hasOwnQuotaSet(county)).isTrue();
        assertThat(statusQuo(2023).total().need().vollstationaer())
                .isNotCloseTo(before, within(1e-6))
                .isCloseTo(statusQuo(2023).total().population().total() * 0.5, within(1e-6));
    }

    @Test
    void aRegisterChangeShowsInTheNextForecastAndInTheGaps() {
        double before = statusQuo(2023).areas().stream().filter(a -> a.area().key().equals(PAF)).findFirst().orElseThrow()
                .places().get("vollstationaer").existing();
        PlanningGaps.Gap gapBefore = gaps.current(county.id(), "vollstationaer", PAF).orElseThrow();

        registry.create(county.id(), heim(), admin);

        double after = statusQuo(2023).areas().stream().filter(a -> a.area().key().equals(PAF)).findFirst().orElseThrow()
                .places().get("vollstationaer").existing();
        assertThat(after).isEqualTo(before + 60);
        PlanningGaps.Gap gapAfter = gaps.current(county.id(), "vollstationaer", PAF).orElseThrow();
        assertThat(gapAfter.existing()).isEqualTo(gapBefore.existing() + 60);
        assertThat(gapAfter.gap()).isCloseTo(gapBefore.gap() - 60, within(1e-9));
    }

    @Test
    void aSavedVariantIsComputedOncePerSnapshotAndAgainAfterAChange() {
        ScenarioVariant kompression = new ScenarioVariant("kompression", "Kompression", Scenario.TREND, -0.01, null, null, null);
        ForecastResult first = thisNode.current(county).forecast(null, 2023, kompression).orElseThrow();
        assertThat(thisNode.current(county).forecast(null, 2023, kompression).orElseThrow()).isSameAs(first);
        assertThat(thisNode.current(county).forecaster(null, kompression).orElseThrow())
                .isSameAs(thisNode.current(county).forecaster(null, kompression).orElseThrow());

        otherNode.importPopulation(county, genesis("31.12.2024"), "bestand", null, "bestand-2024.csv", "test");

        assertThat(thisNode.current(county).forecast(null, 2024, kompression).orElseThrow().baseYear()).isEqualTo(2024);
    }

    @Test
    void aRegisterChangeInAnotherCountyKeepsThisCountysSnapshot() {
        ForecastResult first = statusQuo(2023);
        List<de.pflegeregion.planning.RegisterOffer> offersBefore = thisNode.offers(county);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tenant neighbour = tenants.create("nachbar-" + suffix, "Landkreis Nachbar " + suffix, "09186");
        Account neighbourAdmin = accounts.create("nadmin-" + suffix, "Sicheres-Test-Passwort-1", Role.COUNTY_ADMIN, neighbour.id(), "Landratsamt", "test");
        long before = registerChanges.latest();

        registry.create(neighbour.id(), heim(), neighbourAdmin);

        assertThat(registerChanges.latest()).isGreaterThan(before);
        assertThat(thisNode.offers(county)).isSameAs(offersBefore);
        assertThat(statusQuo(2023)).isSameAs(first);

        registry.create(county.id(), heim(), admin);

        assertThat(thisNode.offers(county)).hasSize(offersBefore.size() + 1);
        assertThat(statusQuo(2023)).isNotSameAs(first);
    }

    private ForecastResult statusQuo(int year) {
        return thisNode.forecast(county, null, year, Scenario.STATUS_QUO).orElseThrow();
    }

    private static ByteArrayInputStream genesis(String stichtag) {
        return new ByteArrayInputStream(PopulationFiles.utf8(PopulationFiles.OLD_HEADER,
                PopulationFiles.oldLayoutArea("GEMEIN", PAF, "Pfaffenhofen a.d.Ilm", stichtag)));
    }

    private static OfferDraft heim() {
        return new OfferDraft("Pflegeheim am Test", List.of("vollstationaer"), "Hauptstraße 1", "85276", "Pfaffenhofen a.d.Ilm", null, null,
                "08441 1234", "info@example.org", null, null, List.of("Deutsch"), List.of(), null, "Test", null, null,
                Map.of("vollstationaer", 60), List.of());
    }
}
