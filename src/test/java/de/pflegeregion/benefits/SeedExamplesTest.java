package de.pflegeregion.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The worked examples printed in the county brochures (seeds 001 Kiel, 004 Pfaffenhofen). */
class SeedExamplesTest {

    private final Benefits benefits = Benefits.standard();
    private static final LocalDate MID_2022 = LocalDate.of(2022, 6, 1);

    @Test
    void pfaffenhofenKombinationPg4In2022() {
        Kombination result = benefits.kombination(4, MID_2022, new BigDecimal("338.60"), BigDecimal.ZERO);
        assertThat(result.sachleistungSharePercent()).isEqualByComparingTo("20.00");
        assertThat(result.pflegegeldEuro()).isEqualTo(new BigDecimal("582.40"));
        assertThat(result.pflegegeldFullEuro()).isEqualByComparingTo("728");
        assertThat(result.ownShareEuro()).isEqualByComparingTo("0");
    }

    @Test
    void pfaffenhofenRelativesCapPg3In2022() {
        VerhinderungspflegeRules rules = benefits.verhinderungspflege(3, MID_2022, Carer.RELATIVE, null);
        assertThat(rules.capEuro()).isEqualTo(new BigDecimal("817.50"));
        assertThat(rules.maxWeeks()).isEqualTo(6);
        assertThat(rules.vorpflegezeitMonths()).isEqualTo(6);
        assertThat(rules.yearlyMaxEuro()).isEqualByComparingTo("2418");
    }

    @Test
    void pfaffenhofenRelativesCapsForAllGradesIn2022() {
        assertThat(benefits.verhinderungspflege(2, MID_2022, Carer.RELATIVE, null).capEuro()).isEqualByComparingTo("474.00");
        assertThat(benefits.verhinderungspflege(4, MID_2022, Carer.RELATIVE, null).capEuro()).isEqualByComparingTo("1092.00");
        assertThat(benefits.verhinderungspflege(5, MID_2022, Carer.RELATIVE, null).capEuro()).isEqualByComparingTo("1351.50");
        assertThat(benefits.verhinderungspflege(5, MID_2022, Carer.OTHER, null).capEuro()).isEqualByComparingTo("1612");
    }

    @Test
    void pfaffenhofenKurzzeitpflegeWithTransferIn2022() {
        KurzzeitpflegeRules rules = benefits.kurzzeitpflege(3, MID_2022);
        assertThat(rules.amountEuro()).isEqualByComparingTo("1774");
        assertThat(rules.transferFromVerhinderungspflegeMaxEuro()).isEqualByComparingTo("1612");
        assertThat(rules.yearlyMaxEuro()).isEqualByComparingTo("3386");
    }

    @Test
    void pfaffenhofenUmwidmungIn2022() {
        assertThat(benefits.entitlements(2, MID_2022, null).item("umwandlungsanspruch").amount())
                .isEqualTo(new BigDecimal("289.60"));
        assertThat(benefits.entitlements(5, MID_2022, null).item("umwandlungsanspruch").amount())
                .isEqualByComparingTo("838");
    }

    @Test
    void kielBrochureIsOffByOneEuroIn2025AndTheLawWins() {
        LocalDate day = LocalDate.of(2025, 3, 15);
        assertThat(benefits.entitlements(2, day, null).amounts().get("pflegesachleistung")).isEqualByComparingTo("796");
        assertThat(benefits.entitlements(3, day, null).amounts().get("pflegesachleistung")).isEqualByComparingTo("1497");
        assertThat(benefits.entitlements(4, day, null).amounts().get("pflegesachleistung")).isEqualByComparingTo("1859");
        assertThat(benefits.entitlements(4, day, null).amounts().get("pflegegeld")).isEqualByComparingTo("800");
        assertThat(benefits.entitlements(2, day, null).amounts().get("tagespflege")).isEqualByComparingTo("721");
        assertThat(benefits.entitlements(3, day, null).amounts().get("tagespflege")).isEqualByComparingTo("1357");
    }

    @Test
    void pfaffenhofenStillPrintsTheOldLandespflegegeld() {
        assertThat(benefits.entitlements(3, LocalDate.of(2023, 5, 1), Land.BY).item("landespflegegeld").amount())
                .isEqualByComparingTo("1000");
        assertThat(benefits.entitlements(3, LocalDate.of(2026, 5, 1), Land.BY).item("landespflegegeld").amount())
                .isEqualByComparingTo("500");
    }
}
