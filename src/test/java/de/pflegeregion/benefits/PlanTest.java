package de.pflegeregion.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.pflegeregion.benefits.PlanResults.Month;
import de.pflegeregion.benefits.PlanResults.Payment;
import de.pflegeregion.benefits.PlanResults.Warning;

class PlanTest {

    private final Benefits benefits = Benefits.standard();

    private static List<MonthUsage> emptyYear() {
        return new ArrayList<>(Collections.nCopies(12, MonthUsage.none()));
    }

    private static BigDecimal paid(Month month, String pot) {
        return month.payments().stream().filter(p -> p.pot().equals(pot)).map(Payment::paidEuro).findFirst().orElseThrow();
    }

    private static MonthPlanInput month(YearMonth month, int grade, MonthUsage usage) {
        return new MonthPlanInput(month, grade, null, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                month.minusMonths(1), usage);
    }

    @Test
    void pfaffenhofenMonthWithPflegedienstTagespflegeAndEntlastung() {
        MonthUsage usage = MonthUsage.none().withPflegedienst(new BigDecimal("338.60"))
                .withTagespflege(8, new BigDecimal("55")).withEntlastungsangebote(new BigDecimal("200"));
        Month result = benefits.monthPlan(month(YearMonth.of(2022, 6), 4, usage)).month();
        assertThat(paid(result, "pflegesachleistung")).isEqualByComparingTo("338.60");
        assertThat(paid(result, "tagespflege")).isEqualByComparingTo("440");
        assertThat(paid(result, "entlastungsbetrag")).isEqualByComparingTo("125");
        // the 75 € left of the Angebote go to the Umwandlungsanspruch and count as Sachleistung used
        assertThat(paid(result, "umwandlungsanspruch")).isEqualByComparingTo("75");
        assertThat(result.pflegegeldEuro()).isEqualByComparingTo("550.15");
        assertThat(result.ownShareEuro()).isEqualByComparingTo("0");
    }

    @Test
    void costsAboveTheSachleistungAreOwnShareAndPflegegeldIsZero() {
        Month result = benefits.monthPlan(month(YearMonth.of(2025, 3), 2, MonthUsage.none()
                .withPflegedienst(new BigDecimal("1000")))).month();
        assertThat(paid(result, "pflegesachleistung")).isEqualByComparingTo("796");
        assertThat(result.ownShareEuro()).isEqualByComparingTo("204");
        assertThat(result.pflegegeldEuro()).isEqualByComparingTo("0");
    }

    @Test
    void halfPflegegeldDuringFullDaysOfVerhinderungspflegeButNotForHourlyCare() {
        MonthUsage fullDays = MonthUsage.none().withVerhinderungspflege(new BigDecimal("600"), 10, 0, Carer.OTHER, BigDecimal.ZERO);
        Month result = benefits.monthPlan(month(YearMonth.of(2025, 3), 3, fullDays)).month();
        assertThat(paid(result, "verhinderungspflege")).isEqualByComparingTo("600");
        // PG 3 in 2025: 599 €; 10 days, arrival and departure at full pay → 8 days at half:
        // 599 − 599 × 8 / (30 × 2) = 599 − 79.87 = 519.13
        assertThat(result.pflegegeldEuro()).isEqualByComparingTo("519.13");
        MonthUsage hourly = MonthUsage.none().withVerhinderungspflege(new BigDecimal("300"), 0, 10, Carer.OTHER, BigDecimal.ZERO);
        assertThat(benefits.monthPlan(month(YearMonth.of(2025, 3), 3, hourly)).month().pflegegeldEuro()).isEqualByComparingTo("599");
    }

    @Test
    void relativesAreCappedAtOneAndAHalfMonthsPlusProvenExpenses() {
        MonthUsage usage = MonthUsage.none().withVerhinderungspflege(new BigDecimal("1200"), 0, 20, Carer.RELATIVE, new BigDecimal("100"));
        Month result = benefits.monthPlan(month(YearMonth.of(2022, 6), 3, usage)).month();
        assertThat(paid(result, "verhinderungspflege")).isEqualByComparingTo("917.50");
        assertThat(result.ownShareEuro()).isEqualByComparingTo("382.50");
    }

    @Test
    void kurzzeitpflegeUsesUnusedVerhinderungspflegeIn2022() {
        Month result = benefits.monthPlan(month(YearMonth.of(2022, 6), 3, MonthUsage.none()
                .withKurzzeitpflege(new BigDecimal("3500"), 28))).month();
        assertThat(paid(result, "kurzzeitpflege")).isEqualByComparingTo("3386");
        assertThat(result.remaining().verhinderungspflegeEuro()).isEqualByComparingTo("0");
        assertThat(result.remaining().kurzzeitpflegeEuro()).isEqualByComparingTo("0");
    }

    @Test
    void refusedVerhinderungspflegeKeepsTheFullPflegegeld() {
        // PG 3 in March 2024: 573 €. Home care since January 2024 is two months, the Vorpflegezeit is six
        // (§ 39 Abs. 1 a.F.), so no Verhinderungspflege is paid and § 37 Abs. 2 Satz 2 does not apply: 573.00
        MonthUsage usage = MonthUsage.none().withVerhinderungspflege(new BigDecimal("800"), 10, 0, Carer.OTHER, BigDecimal.ZERO);
        Month result = benefits.monthPlan(new MonthPlanInput(YearMonth.of(2024, 3), 3, null, LocalDate.of(2024, 1, 1),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, YearMonth.of(2024, 2), usage)).month();
        assertThat(paid(result, "verhinderungspflege")).isEqualByComparingTo("0");
        assertThat(result.warnings()).extracting(Warning::code).contains("VORPFLEGEZEIT");
        assertThat(result.pflegegeldEuro()).isEqualByComparingTo("573.00");
    }

    @Test
    void arrivalAndDepartureDaysKeepTheFullPflegegeld() {
        // PG 4 in 2024: 765 €. Kurzzeitpflege of 2 days: both are arrival or departure days → 765.00
        Month twoDays = benefits.monthPlan(month(YearMonth.of(2024, 5), 4, MonthUsage.none()
                .withKurzzeitpflege(new BigDecimal("300"), 2))).month();
        assertThat(twoDays.pflegegeldEuro()).isEqualByComparingTo("765.00");
        // 14 days of Kurzzeitpflege → 12 days at half: 765 − 765 × 12 / 60 = 765 − 153 = 612.00
        Month fortnight = benefits.monthPlan(month(YearMonth.of(2024, 5), 4, MonthUsage.none()
                .withKurzzeitpflege(new BigDecimal("1500"), 14))).month();
        assertThat(fortnight.pflegegeldEuro()).isEqualByComparingTo("612.00");
        // 7 days VP plus 7 days KZP in one month, two stays → 5 + 5 days at half: 765 − 765 × 10 / 60 = 637.50
        Month both = benefits.monthPlan(month(YearMonth.of(2024, 5), 4, MonthUsage.none()
                .withVerhinderungspflege(new BigDecimal("700"), 7, 0, Carer.OTHER, BigDecimal.ZERO)
                .withKurzzeitpflege(new BigDecimal("700"), 7))).month();
        assertThat(both.pflegegeldEuro()).isEqualByComparingTo("637.50");
    }

    @Test
    void halfPflegegeldStopsAfterTheWeeksOfTheYear() {
        // 2024: half Pflegegeld for up to 6 weeks of VP (42 days). PG 2: 332 €. Two stays of 25 days:
        // January 23 half days, February only 42 − 23 = 19: 332 − 332 × 19 / 60 = 332 − 105.13 = 226.87
        List<MonthUsage> months = emptyYear();
        MonthUsage stay = MonthUsage.none().withVerhinderungspflege(new BigDecimal("500"), 25, 0, Carer.OTHER, BigDecimal.ZERO);
        months.set(0, stay);
        months.set(1, stay);
        PlanResults.Year year = benefits.yearPlan(new YearPlanInput(2024, 2, null, null, BigDecimal.ZERO, YearMonth.of(2023, 12),
                months));
        // January: 332 − 332 × 23 / 60 = 332 − 127.27 = 204.73
        assertThat(year.months().get(0).pflegegeldEuro()).isEqualByComparingTo("204.73");
        assertThat(year.months().get(1).pflegegeldEuro()).isEqualByComparingTo("226.87");
    }

    @Test
    void vorpflegezeitIsCheckedBeforeJuly2025Only() {
        MonthUsage usage = MonthUsage.none().withVerhinderungspflege(new BigDecimal("500"), 0, 5, Carer.OTHER, BigDecimal.ZERO);
        MonthPlanInput june = new MonthPlanInput(YearMonth.of(2025, 6), 3, null, LocalDate.of(2025, 3, 1), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, YearMonth.of(2025, 5), usage);
        Month before = benefits.monthPlan(june).month();
        assertThat(paid(before, "verhinderungspflege")).isEqualByComparingTo("0");
        assertThat(before.warnings()).extracting(Warning::code).contains("VORPFLEGEZEIT");
        MonthPlanInput july = new MonthPlanInput(YearMonth.of(2025, 7), 3, null, LocalDate.of(2025, 3, 1), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, YearMonth.of(2025, 6), usage);
        assertThat(paid(benefits.monthPlan(july).month(), "verhinderungspflege")).isEqualByComparingTo("500");
    }

    @Test
    void year2025CrossesJulyAndTheJointAmountCountsTheFirstHalf() {
        List<MonthUsage> months = emptyYear();
        months.set(2, MonthUsage.none().withVerhinderungspflege(new BigDecimal("2000"), 0, 10, Carer.OTHER, BigDecimal.ZERO));
        months.set(8, MonthUsage.none().withKurzzeitpflege(new BigDecimal("2000"), 14));
        PlanResults.Year year = benefits.yearPlan(new YearPlanInput(2025, 3, null, null, BigDecimal.ZERO, YearMonth.of(2024, 12),
                months));
        // March: 1685 from VP plus 315 of the 843 transferable from Kurzzeitpflege
        assertThat(paid(year.months().get(2), "verhinderungspflege")).isEqualByComparingTo("2000");
        assertThat(year.months().get(2).remaining().gemeinsamerJahresbetragEuro()).isNull();
        assertThat(year.months().get(6).remaining().gemeinsamerJahresbetragEuro()).isEqualByComparingTo("1539");
        assertThat(paid(year.months().get(8), "kurzzeitpflege")).isEqualByComparingTo("1539");
        assertThat(year.months().get(11).remaining().gemeinsamerJahresbetragEuro()).isEqualByComparingTo("0");
    }

    @Test
    void entlastungsbetragCarryOverExpiresOn30June() {
        List<MonthUsage> months = emptyYear();
        months.set(1, MonthUsage.none().withEntlastungsangebote(new BigDecimal("100")));
        PlanResults.Year year = benefits.yearPlan(new YearPlanInput(2024, 2, null, null, new BigDecimal("300"), null, months));
        assertThat(year.months().get(1).remaining().entlastungsbetragVorjahrEuro()).isEqualByComparingTo("200");
        assertThat(year.months().get(1).warnings()).extracting(Warning::code).contains("ENTLASTUNGSBETRAG_VERFAELLT");
        assertThat(year.months().get(6).remaining().entlastungsbetragVorjahrEuro()).isEqualByComparingTo("0");
        assertThat(year.months().get(6).warnings()).extracting(Warning::code).doesNotContain("ENTLASTUNGSBETRAG_VERFAELLT");
        assertThat(year.entlastungsbetragIntoNextYearEuro()).isEqualByComparingTo("1500");
        assertThat(year.months().get(11).warnings()).extracting(Warning::code).contains("ENTLASTUNGSBETRAG_UEBERTRAG", "JAHRESBETRAG_UEBRIG");
    }

    @Test
    void beratungseinsatzDueForPflegegeldOnlyAfterTheInterval() {
        List<MonthUsage> months = emptyYear();
        months.set(0, MonthUsage.none().withBeratungseinsatz(true));
        PlanResults.Year year2025 = benefits.yearPlan(new YearPlanInput(2025, 4, null, null, BigDecimal.ZERO, null, months));
        assertThat(year2025.months().get(2).warnings()).extracting(Warning::code).doesNotContain("BERATUNGSEINSATZ_FAELLIG");
        assertThat(year2025.months().get(3).warnings()).extracting(Warning::code).contains("BERATUNGSEINSATZ_FAELLIG");
        PlanResults.Year year2026 = benefits.yearPlan(new YearPlanInput(2026, 4, null, null, BigDecimal.ZERO, null, months));
        assertThat(year2026.months().get(3).warnings()).extracting(Warning::code).doesNotContain("BERATUNGSEINSATZ_FAELLIG");
        assertThat(year2026.months().get(6).warnings()).extracting(Warning::code).contains("BERATUNGSEINSATZ_FAELLIG");
    }

    @Test
    void yearPlanReportsTheVersionsOfBothHalvesOf2025() {
        PlanResults.Year year = benefits.yearPlan(new YearPlanInput(2025, 2, null, null, BigDecimal.ZERO, null, emptyYear()));
        assertThat(year.parameters()).extracting(v -> v.key() + "@" + v.validFrom())
                .contains("verhinderungspflege@2025-01-01", "gemeinsamer_jahresbetrag@2025-07-01");
        assertThat(year.pflegegeldTotalEuro()).isEqualByComparingTo("4164");
    }
}
