package de.pflegeregion.benefits;

import de.pflegeregion.platform.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A calendar year of use, month by month (index 0 = January). {@code entlastungsbetragFromLastYearEuro}
 * is what was left of last year's Entlastungsbetrag (usable until 30 June); {@code homeCareSince} and
 * {@code lastBeratungseinsatz} may be {@code null} when unknown.
 */
public record YearPlanInput(int year, int pflegegrad, Integer ageYears, LocalDate homeCareSince,
        BigDecimal entlastungsbetragFromLastYearEuro, YearMonth lastBeratungseinsatz, List<MonthUsage> months) {

    public YearPlanInput {
        Benefits.checkPflegegrad(pflegegrad);
        Benefits.checkAge(ageYears);
        Benefits.checkYear("year", year);
        Benefits.checkNotNegative("entlastungsbetragFromLastYearEuro", entlastungsbetragFromLastYearEuro);
        if (months == null || months.size() != 12) {
            throw new InvalidInput("months", "Bitte geben Sie für alle 12 Monate an, was genutzt wird.");
        }
        months = List.copyOf(months);
    }
}
