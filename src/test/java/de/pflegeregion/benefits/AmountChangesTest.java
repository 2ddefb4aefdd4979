package de.pflegeregion.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every headline amount on the day before and on the day of each change (expected values from the spec). */
class AmountChangesTest {

    @ParameterizedTest(name = "{0} PG {1}: {3} on {2}-1, {4} on {2}")
    @CsvSource(nullValues = "null", value = {
            "pflegegeld,2,2024-01-01,316,332", "pflegegeld,3,2024-01-01,545,573", "pflegegeld,4,2024-01-01,728,765",
            "pflegegeld,5,2024-01-01,901,947", "pflegegeld,2,2025-01-01,332,347", "pflegegeld,3,2025-01-01,573,599",
            "pflegegeld,4,2025-01-01,765,800", "pflegegeld,5,2025-01-01,947,990", "pflegegeld,1,2025-01-01,null,null",
            "pflegesachleistung,2,2022-01-01,689,724", "pflegesachleistung,3,2022-01-01,1298,1363",
            "pflegesachleistung,4,2022-01-01,1612,1693", "pflegesachleistung,5,2022-01-01,1995,2095",
            "pflegesachleistung,2,2024-01-01,724,761", "pflegesachleistung,3,2024-01-01,1363,1432",
            "pflegesachleistung,4,2024-01-01,1693,1778", "pflegesachleistung,5,2024-01-01,2095,2200",
            "pflegesachleistung,2,2025-01-01,761,796", "pflegesachleistung,3,2025-01-01,1432,1497",
            "pflegesachleistung,4,2025-01-01,1778,1859", "pflegesachleistung,5,2025-01-01,2200,2299",
            "tagespflege,2,2025-01-01,689,721", "tagespflege,3,2025-01-01,1298,1357", "tagespflege,4,2025-01-01,1612,1685",
            "tagespflege,5,2025-01-01,1995,2085",
            "entlastungsbetrag,1,2025-01-01,125,131", "entlastungsbetrag,5,2025-01-01,125,131",
            "pflegehilfsmittel,1,2020-04-01,40,60", "pflegehilfsmittel,3,2022-01-01,60,40", "pflegehilfsmittel,2,2025-01-01,40,42",
            "wohngruppenzuschlag,2,2025-01-01,214,224", "wohngruppenzuschlag,2,2025-07-01,224,224",
            "wohnumfeldverbesserung,1,2025-01-01,4000,4180",
            "vollstationaer,1,2025-01-01,125,131", "vollstationaer,2,2025-01-01,770,805", "vollstationaer,3,2025-01-01,1262,1319",
            "vollstationaer,4,2025-01-01,1775,1855", "vollstationaer,5,2025-01-01,2005,2096",
            "verhinderungspflege,3,2025-01-01,1612,1685", "verhinderungspflege,3,2025-07-01,1685,null",
            "verhinderungspflege,1,2025-01-01,null,null",
            "kurzzeitpflege,3,2022-01-01,1612,1774", "kurzzeitpflege,3,2025-01-01,1774,1854", "kurzzeitpflege,3,2025-07-01,1854,null",
            "gemeinsamerJahresbetrag,2,2025-07-01,null,3539", "gemeinsamerJahresbetrag,1,2025-07-01,null,null",
            "umwandlungsanspruch,2,2022-01-01,275.60,289.60", "umwandlungsanspruch,5,2025-01-01,880.00,919.60",
            "verhinderungspflegeAngehoerige,3,2024-01-01,817.50,859.50",
            "verhinderungspflegeAngehoerige,3,2025-01-01,859.50,898.50",
            "verhinderungspflegeAngehoerige,3,2025-07-01,898.50,1198.00",
            "verhinderungspflegeAufstockung,2,2025-01-01,806,843", "verhinderungspflegeAufstockung,2,2025-07-01,843,null",
            "kurzzeitpflegeAufstockung,2,2025-01-01,1612,1685",
            "anschubfinanzierung,2,2025-01-01,2500,2613", "anschubfinanzierungWohngruppeMax,2,2025-01-01,10000,10452",
            "wohnumfeldverbesserungWohngruppeMax,2,2025-01-01,16000,16720",
            "digitalePflegeanwendungen,2,2022-01-01,null,50", "digitalePflegeanwendungen,2,2026-01-01,50,40",
            "dipaUnterstuetzung,2,2026-01-01,null,30" })
    void amountBeforeAndOnTheDayOfTheChange(String key, int grade, LocalDate change, BigDecimal before, BigDecimal after) {
        Benefits benefits = Benefits.standard();
        assertAmount(benefits.entitlements(grade, change.minusDays(1), null).item(key).amount(), before);
        assertAmount(benefits.entitlements(grade, change, null).item(key).amount(), after);
    }

    private static void assertAmount(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest(name = "Landespflegegeld PG {0}: {2} on {1}-1, {3} on {1}")
    @CsvSource(nullValues = "null", value = {"2,2018-09-01,null,1000", "3,2025-04-28,1000,1000", "4,2026-01-01,1000,500",
            "1,2026-01-01,null,null"})
    void landespflegegeldChanges(int grade, LocalDate change, BigDecimal before, BigDecimal after) {
        Benefits benefits = Benefits.standard();
        assertAmount(landespflegegeld(benefits.entitlements(grade, change.minusDays(1), Land.BY)), before);
        assertAmount(landespflegegeld(benefits.entitlements(grade, change, Land.BY)), after);
    }

    private static BigDecimal landespflegegeld(Entitlements entitlements) {
        return entitlements.items().stream().filter(item -> item.key().equals("landespflegegeld")).findFirst()
                .map(Entitlement::amount).orElse(null);
    }
}
