package de.pflegeregion.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.pflegeregion.benefits.PlanResults.Month;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BenefitsProperties {

    private final Benefits benefits = Benefits.standard();

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 12).map(Benefits.FIRST_DAY::plusDays);
    }

    @Provide
    Arbitrary<BigDecimal> euros() {
        return Arbitraries.integers().between(0, 500_000).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    @Property
    void kombinationPflegegeldIsNeverNegativeAndNeverRisesWithCosts(@ForAll @IntRange(min = 2, max = 5) int grade,
            @ForAll("days") LocalDate day, @ForAll("euros") BigDecimal costs, @ForAll("euros") BigDecimal more) {
        Kombination lower = benefits.kombination(grade, day, costs, BigDecimal.ZERO);
        Kombination higher = benefits.kombination(grade, day, costs.add(more), BigDecimal.ZERO);
        assertThat(lower.pflegegeldEuro()).isNotNegative().isLessThanOrEqualTo(lower.pflegegeldFullEuro());
        assertThat(higher.pflegegeldEuro()).isLessThanOrEqualTo(lower.pflegegeldEuro());
        assertThat(lower.serviceCoveredEuro()).isLessThanOrEqualTo(lower.sachleistungEuro());
        assertThat(lower.serviceCoveredEuro().add(lower.ownShareEuro())).isEqualByComparingTo(costs);
    }

    @Property
    void umwandlungNeverExceedsFortyPercentNorWhatTheServiceLeft(@ForAll @IntRange(min = 2, max = 5) int grade,
            @ForAll("days") LocalDate day, @ForAll("euros") BigDecimal service, @ForAll("euros") BigDecimal angebote) {
        Kombination result = benefits.kombination(grade, day, service, angebote);
        BigDecimal forty = result.sachleistungEuro().multiply(new BigDecimal("0.4"));
        assertThat(result.umwandlungCoveredEuro()).isLessThanOrEqualTo(forty);
        assertThat(result.serviceCoveredEuro().add(result.umwandlungCoveredEuro())).isLessThanOrEqualTo(result.sachleistungEuro());
        assertThat(result.sachleistungSharePercent()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
    }

    @Provide
    Arbitrary<MonthUsage> usages() {
        Arbitrary<BigDecimal> euros = Arbitraries.integers().between(0, 300_000).map(cents -> BigDecimal.valueOf(cents, 2));
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 31);
        return Combinators.combine(euros, days, euros, euros, days, Arbitraries.of(Carer.class), euros, days)
                .as((pflegedienst, tagespflegeDays, angebote, vp, vpDays, carer, kzp, kzpDays) -> MonthUsage.none()
                        .withPflegedienst(pflegedienst).withTagespflege(tagespflegeDays, new BigDecimal("48.50"))
                        .withEntlastungsangebote(angebote)
                        .withVerhinderungspflege(vp, vpDays / 2, vpDays - vpDays / 2, carer, BigDecimal.ZERO)
                        .withKurzzeitpflege(kzp, kzpDays));
    }

    @Property(tries = 200)
    void yearTotalsNeverExceedThePots(@ForAll @IntRange(min = 1, max = 5) int grade,
            @ForAll @IntRange(min = 2017, max = 2028) int year, @ForAll("usages") MonthUsage january,
            @ForAll("usages") MonthUsage june, @ForAll("usages") MonthUsage september) {
        List<MonthUsage> months = new java.util.ArrayList<>(java.util.Collections.nCopies(12, MonthUsage.none()));
        months.set(0, january);
        months.set(5, june);
        months.set(8, september);
        PlanResults.Year result = benefits.yearPlan(new YearPlanInput(year, grade, null, null, BigDecimal.ZERO, null, months));
        BigDecimal replacement = BigDecimal.ZERO;
        BigDecimal entlastung = BigDecimal.ZERO;
        for (Month month : result.months()) {
            LocalDate first = month.month().atDay(1);
            Entitlements law = benefits.entitlements(grade, first, null);
            assertThat(month.pflegegeldEuro()).isNotNegative().isLessThanOrEqualTo(month.pflegegeldFullEuro());
            assertThat(month.ownShareEuro()).isNotNegative();
            for (PlanResults.Payment payment : month.payments()) {
                assertThat(payment.paidEuro()).isNotNegative();
                assertThat(payment.paidEuro()).isLessThanOrEqualTo(payment.costsEuro());
            }
            assertThat(paid(month, "pflegesachleistung").add(paid(month, "umwandlungsanspruch")))
                    .isLessThanOrEqualTo(orZero(law.amounts().get("pflegesachleistung")));
            assertThat(paid(month, "tagespflege")).isLessThanOrEqualTo(orZero(law.amounts().get("tagespflege")));
            replacement = replacement.add(paid(month, "verhinderungspflege")).add(paid(month, "kurzzeitpflege"));
            entlastung = entlastung.add(paid(month, "entlastungsbetrag"));
        }
        // both pots together (until 2025-06-30) or the Gemeinsamer Jahresbetrag, which equals their 2025 sum
        Map<String, BigDecimal> lawInJanuary = benefits.entitlements(grade, LocalDate.of(year, 1, 1), null).amounts();
        BigDecimal yearlyMax = year >= 2026 ? orZero(lawInJanuary.get("gemeinsamerJahresbetrag"))
                : orZero(lawInJanuary.get("verhinderungspflege")).add(orZero(lawInJanuary.get("kurzzeitpflege")));
        assertThat(replacement).isLessThanOrEqualTo(yearlyMax);
        BigDecimal monthly = orZero(lawInJanuary.get("entlastungsbetrag"));
        assertThat(entlastung.add(result.entlastungsbetragIntoNextYearEuro()))
                .isEqualByComparingTo(monthly.multiply(BigDecimal.valueOf(12)));
    }

    private static BigDecimal paid(Month month, String pot) {
        return month.payments().stream().filter(p -> p.pot().equals(pot)).map(PlanResults.Payment::paidEuro)
                .findFirst().orElseThrow();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
