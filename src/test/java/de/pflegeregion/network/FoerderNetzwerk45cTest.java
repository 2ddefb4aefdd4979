package de.pflegeregion.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.pflegeregion.network.FoerderNetzwerk45c.Application;

/** § 45c Abs. 9 SGB XI as shipped data: amounts by date with their source, and the conditions. */
class FoerderNetzwerk45cTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void theAmountPerNetworkAndYearDependsOnTheDay() {
        assertThat(FoerderNetzwerk45c.on(LocalDate.of(2021, 6, 1)).orElseThrow().maxPerNetworkYear()).isEqualByComparingTo("20000");
        assertThat(FoerderNetzwerk45c.on(LocalDate.of(2022, 1, 1)).orElseThrow().maxPerNetworkYear()).isEqualByComparingTo("25000");
        assertThat(FoerderNetzwerk45c.on(DAY).orElseThrow().maxNetworks(131_000)).isEqualTo(2);
        assertThat(FoerderNetzwerk45c.on(DAY).orElseThrow().maxNetworks(600_000)).isEqualTo(4);
        assertThat(FoerderNetzwerk45c.on(LocalDate.of(2016, 12, 31))).isEmpty();
        assertThat(FoerderNetzwerk45c.versions()).allSatisfy(v -> assertThat(v.source()).contains("§ 45c Abs. 9 SGB XI"));
    }

    @Test
    void aCompleteApplicationMeetsEveryCondition() {
        assertThat(FoerderNetzwerk45c.unmet(application(5, true, true, true, "25000", "50000", 1), DAY)).isEmpty();
    }

    @Test
    void eachUnmetConditionIsNamed() {
        assertThat(FoerderNetzwerk45c.unmet(application(2, true, true, true, "10000", "30000", 0), DAY)).singleElement().asString().contains("mindestens 3");
        assertThat(FoerderNetzwerk45c.unmet(application(3, false, true, true, "10000", "30000", 0), DAY)).singleElement().asString().contains("Vereinbarung");
        assertThat(FoerderNetzwerk45c.unmet(application(3, true, false, true, "10000", "30000", 0), DAY)).singleElement().asString().contains("Qualitätsmanagement");
        assertThat(FoerderNetzwerk45c.unmet(application(3, true, true, false, "10000", "30000", 0), DAY)).singleElement().asString().contains("teilnehmen");
        assertThat(FoerderNetzwerk45c.unmet(application(3, true, true, true, "25000.01", "60000", 0), DAY)).singleElement().asString().contains("25.000,00 €");
        // half of 40 000 is 20 000
        assertThat(FoerderNetzwerk45c.unmet(application(3, true, true, true, "20000.01", "40000", 0), DAY)).singleElement().asString().contains("50 %");
        assertThat(FoerderNetzwerk45c.unmet(application(3, true, true, true, "20000", "40000", 2), DAY)).singleElement().asString().contains("2 Netzwerke");
    }

    @Test
    void before2022ThereWasOneNetworkPerCountyAndNoShareLimit() {
        assertThat(FoerderNetzwerk45c.unmet(application(3, true, true, true, "20000", "20000", 1), LocalDate.of(2020, 5, 1)))
                .singleElement().asString().contains("möglich sind 1");
        assertThat(FoerderNetzwerk45c.unmet(application(3, true, true, true, "20000", "20000", 0), LocalDate.of(2020, 5, 1))).isEmpty();
    }

    private static Application application(int actors, boolean agreement, boolean qm, boolean county, String requested, String costs, int funded) {
        return new Application(actors, agreement, qm, county, new BigDecimal(requested), new BigDecimal(costs), funded, 131_000);
    }
}
