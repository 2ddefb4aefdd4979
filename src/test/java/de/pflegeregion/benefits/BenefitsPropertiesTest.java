package de.pflegeregion.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import de.pflegeregion.benefits.PlanResults.Month;

/** Invariants of the rules over random grades, days, costs and month plans (QuickTheories). */
class BenefitsPropertiesTest {

    private final Benefits benefits = Benefits.standard();

    private static Gen<LocalDate> days() {
        return integers().between(0, 365 * 12).map(Benefits.FIRST_DAY::plusDays);
    }

    private static Gen<BigDecimal> euros(int maxCents) {
        return integers().between(0, maxCents).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    private static Gen<MonthUsage> usages() {
        Gen<Integer> monthDays = integers().between(0, 31);
        Gen<MonthUsage> home = euros(300_000).zip(monthDays, euros(80_000), (pflegedienst, tagespflegeDays, angebote) ->
                MonthUsage.none().withPflegedienst(pflegedienst).withTagespflege(tagespflegeDays, new BigDecimal("48.50"))
                        .withEntlastungsangebote(angebote));
        Gen<Carer> carers = integers().between(0, 1).map(i -> Carer.values()[i]);
        return home.zip(euros(300_000), monthDays, carers, euros(400_000), (usage, vp, vpDays, carer, kzp) -> usage
                .withVerhinderungspflege(vp, vpDays / 2, vpDays - vpDays / 2, carer, BigDecimal.ZERO)
                .withKurzzeitpflege(kzp, vpDays));
    }

    @Test
    void kombinationPflegegeldIsNeverNegativeAndNeverRisesWithCosts() {
        qt().forAll(integers().between(2, 5), days(), euros(500_000), euros(500_000)).checkAssert((grade, day, costs, more) -> {
            Kombination lower = benefits.kombination(grade, day, costs, BigDecimal.ZERO);
            Kombination higher = benefits.kombination(grade, day, costs.add(more), BigDecimal.ZERO);
            assertThat(lower.pflegegeldEuro()).isNotNegative().isLessThanOrEqualTo(lower.pflegegeldFullEuro());
            assertThat(higher.pflegegeldEuro()).isLessThanOrEqualTo(lower.pflegegeldEuro());
            assertThat(lower.serviceCoveredEuro()).isLessThanOrEqualTo(lower.sachleistungEuro());
            assertThat(lower.serviceCoveredEuro().add(lower.ownShareEuro())).isEqualByComparingTo(costs);
        });
    }

    @Test
    void umwandlungNeverExceedsFortyPercentNorWhatTheServiceLeft() {
        qt().forAll(integers().between(2, 5), days(), euros(500_000), euros(200_000)).checkAssert((grade, day, service, angebote) -> {
            Kombination result = benefits.kombination(grade, day, service, angebote);
            assertThat(result.umwandlungCoveredEuro()).isLessThanOrEqualTo(result.sachleistungEuro().multiply(new BigDecimal("0.4")));
            assertThat(result.serviceCoveredEuro().add(result.umwandlungCoveredEuro())).isLessThanOrEqualTo(result.sachleistungEuro());
            assertThat(result.sachleistungSharePercent()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        });
    }

    @Test
    void yearTotalsNeverExceedThePots() {
        qt().withExamples(200).forAll(integers().between(1, 5), integers().between(2017, 2028), usages(), usages())
                .checkAssert((grade, year, first, second) -> {
                    List<MonthUsage> months = new ArrayList<>(Collections.nCopies(12, MonthUsage.none()));
                    months.set(0, first);
                    months.set(5, second);
                    months.set(8, first);
                    checkYear(grade, year, benefits.yearPlan(new YearPlanInput(year, grade, null, null, BigDecimal.ZERO, null, months)));
                });
    }

    private void checkYear(int grade, int year, PlanResults.Year result) {
        BigDecimal replacement = BigDecimal.ZERO;
        BigDecimal entlastung = BigDecimal.ZERO;
        for (Month month : result.months()) {
            Map<String, BigDecimal> law = benefits.entitlements(grade, month.month().atDay(1), null).amounts();
            assertThat(month.pflegegeldEuro()).isNotNegative().isLessThanOrEqualTo(month.pflegegeldFullEuro());
            assertThat(month.ownShareEuro()).isNotNegative();
            month.payments().forEach(payment -> assertThat(payment.paidEuro()).isNotNegative()
                    .isLessThanOrEqualTo(payment.costsEuro()));
            assertThat(paid(month, "pflegesachleistung").add(paid(month, "umwandlungsanspruch")))
                    .isLessThanOrEqualTo(orZero(law.get("pflegesachleistung")));
            assertThat(paid(month, "tagespflege")).isLessThanOrEqualTo(orZero(law.get("tagespflege")));
            replacement = replacement.add(paid(month, "verhinderungspflege")).add(paid(month, "kurzzeitpflege"));
            entlastung = entlastung.add(paid(month, "entlastungsbetrag"));
        }
        // both pots together (until 2025-06-30) or the Gemeinsamer Jahresbetrag, which equals their 2025 sum
        Map<String, BigDecimal> january = benefits.entitlements(grade, LocalDate.of(year, 1, 1), null).amounts();
        BigDecimal yearlyMax = year >= 2026 ? orZero(january.get("gemeinsamerJahresbetrag"))
                : orZero(january.get("verhinderungspflege")).add(orZero(january.get("kurzzeitpflege")));
        assertThat(replacement).isLessThanOrEqualTo(yearlyMax);
        assertThat(entlastung.add(result.entlastungsbetragIntoNextYearEuro()))
                .isEqualByComparingTo(orZero(january.get("entlastungsbetrag")).multiply(BigDecimal.valueOf(12)));
    }

    private static BigDecimal paid(Month month, String pot) {
        return month.payments().stream().filter(p -> p.pot().equals(pot)).map(PlanResults.Payment::paidEuro)
                .findFirst().orElseThrow();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
