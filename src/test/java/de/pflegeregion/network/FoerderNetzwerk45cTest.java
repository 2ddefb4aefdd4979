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
        assertThat(FoerderNetzwerk45c.on(DAY).orElseThrow().maxNetworks(131_000)).contains(2);
        // "ab 500 000 Einwohnern": from that number on
        assertThat(FoerderNetzwerk45c.on(DAY).orElseThrow().maxNetworks(500_000)).contains(4);
        assertThat(FoerderNetzwerk45c.on(DAY).orElseThrow().maxNetworks(499_999)).contains(2);
        assertThat(FoerderNetzwerk45c.on(LocalDate.of(2021, 6, 1)).orElseThrow().maxNetworks(600_000)).isEmpty();
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
    void before2022TheCountysNetworksSharedOneCapAndThereWasNoShareLimit() {
        LocalDate day = LocalDate.of(2020, 5, 1);
        assertThat(FoerderNetzwerk45c.unmet(application(3, true, true, true, "20000", "20000", 0), day)).isEmpty();
        // the number of networks was not limited, only their total
        assertThat(FoerderNetzwerk45c.unmet(application(3, true, true, true, "8000", "20000", 3), day)).isEmpty();
        // another funded network got part of the 20 000, so this one cannot have all of it
        assertThat(FoerderNetzwerk45c.unmet(application(3, true, true, true, "20000", "20000", 1), day))
                .singleElement().asString().contains("20.000,00 € je Kreis und Jahr für alle Netzwerke zusammen");
        assertThat(FoerderNetzwerk45c.unmet(application(3, true, true, true, "20000.01", "50000", 0), day))
                .singleElement().asString().contains("20.000,00 €");
        assertThat(FoerderNetzwerk45c.on(day).orElseThrow().maxNetworksPerCounty()).startsWith("nicht begrenzt");
    }

    private static Application application(int actors, boolean agreement, boolean qm, boolean county, String requested, String costs, int funded) {
        return new Application(actors, agreement, qm, county, new BigDecimal(requested), new BigDecimal(costs), funded, 131_000);
    }
}
