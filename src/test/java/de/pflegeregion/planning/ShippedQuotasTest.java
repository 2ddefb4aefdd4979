package de.pflegeregion.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped quota sets reproduce the published Land totals of the Pflegestatistik 2023
 * (pflegestatistik_totals.csv): rate × reference population, summed over bands and sexes, per setting.
 */
class ShippedQuotasTest {

    /** Quotas are published to six decimals: up to 0.5e-6 of each band's population may be lost per band. */
    private static final double RELATIVE_TOLERANCE = 0.001;

    @ParameterizedTest
    @CsvSource({
            "09, Bayern, pflegegeld, pflegegeld_only",
            "09, Bayern, ambulant, ambulant",
            "09, Bayern, vollstationaer, vollstationaer",
            "01, Schleswig-Holstein, pflegegeld, pflegegeld_only",
            "01, Schleswig-Holstein, ambulant, ambulant",
            "01, Schleswig-Holstein, vollstationaer, vollstationaer"})
    void rateTimesReferencePopulationGivesThePublishedCount(String land, String region, String setting, String published) throws Exception {
        QuotaSet set = ShippedData.quotas(ShippedData.quotaSetFor(land + "000").orElseThrow());
        double computed = set.quotas().stream().filter(q -> q.setting() == Setting.ofCode(setting))
                .mapToDouble(q -> q.quota() * q.referencePopulation()).sum();
        double count = publishedTotals().get(region + "|2023-12|" + published);
        assertThat(computed).as(region + " " + setting).isCloseTo(count, org.assertj.core.data.Percentage.withPercentage(RELATIVE_TOLERANCE * 100));
        assertThat(set.settings()).doesNotContain(Setting.PG1_OHNE);
        assertThat(set.bandCount()).isEqualTo(19);
    }

    private static Map<String, Double> publishedTotals() throws Exception {
        Map<String, Double> totals = new HashMap<>();
        try (var in = new InputStreamReader(ShippedQuotasTest.class.getResourceAsStream("/de/pflegeregion/planning/pflegestatistik_totals.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (!r.get("count").isEmpty()) {
                    totals.put(r.get("region") + "|" + r.get("reference_date") + "|" + r.get("setting"), Double.valueOf(r.get("count")));
                }
            }
        }
        return totals;
    }
}
