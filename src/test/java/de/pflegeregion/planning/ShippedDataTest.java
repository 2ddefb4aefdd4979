package de.pflegeregion.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The shipped § 113c values, Pflegegrad shares and Land projection are read as published. */
class ShippedDataTest {

    @Test
    void section113cValuesSumToThePublishedFtePerResident() {
        StaffRatios ratios = ShippedData.staffRatios();
        // planning_benchmarks.csv: 0.2206 (PG 1) … 0.6702 (PG 5) FTE per resident over the three levels
        Map<Integer, Double> sums = Map.of(1, 0.2206, 2, 0.2914, 3, 0.4074, 4, 0.5503, 5, 0.6702);
        sums.forEach((grade, sum) -> {
            StaffRatios.Level l = ratios.byPflegegrad().get(grade);
            assertThat(l.hilfskraft() + l.assistenz() + l.fachkraft()).as("PG " + grade).isCloseTo(sum, within(1e-9));
        });
        assertThat(ratios.byPflegegrad().get(5).fachkraft()).isEqualTo(0.3842);
    }

    @Test
    void pflegegradSharesOfEachSettingSumToOneAndNameTheirSource() {
        ShippedData.PflegegradDefaults defaults = ShippedData.pflegegradShares();
        assertThat(defaults.shares()).containsOnlyKeys(Setting.PFLEGEGELD, Setting.AMBULANT, Setting.VOLLSTATIONAER);
        defaults.shares().forEach((setting, shares) ->
                assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum()).as(setting.code()).isCloseTo(1, within(0.011)));
        assertThat(defaults.shares().get(Setting.PFLEGEGELD)).doesNotContainKey(1);
        assertThat(defaults.sources().get(Setting.VOLLSTATIONAER)).contains("Statistikamt Nord");
    }

    @Test
    void theLandProjectionGoesThroughThePlainTemplateImport() {
        String template = ShippedData.landProjectionAsTemplate("09186").orElseThrow();
        PopulationContent content = PopulationFile.read(new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)), "09186",
                ShippedData.PROJECTION_VARIANT);
        assertThat(content.level()).isEqualTo(Projection.Level.LAND);
        assertThat(content.years()).containsExactly(2025, 2030, 2035, 2040);
        assertThat(content.variant()).isEqualTo("BEV-VARIANTE-02");
        double men2025 = content.cells().stream().filter(c -> c.year() == 2025 && c.sex() == Sex.MALE).mapToDouble(PopulationCell::count).sum();
        assertThat(men2025).isEqualTo(6_574_700);
        assertThat(content.cells().stream().filter(c -> c.band().equals(AgeBand.of(90, null)))).hasSize(8);
        assertThat(ShippedData.landProjectionAsTemplate("05315")).isEmpty();
    }
}
