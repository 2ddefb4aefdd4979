package de.pflegeregion.benefits;

import de.pflegeregion.platform.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month of use. {@code entlastungsbetragSavedEuro} is the unused Entlastungsbetrag from earlier months
 * of this year, {@code entlastungsbetragFromLastYearEuro} what is left from last year (usable until
 * 30 June); the two "used" amounts are what Verhinderungs- and Kurzzeitpflege already paid this year.
 */
public record MonthPlanInput(YearMonth month, int pflegegrad, Integer ageYears, LocalDate homeCareSince,
        BigDecimal entlastungsbetragSavedEuro, BigDecimal entlastungsbetragFromLastYearEuro,
        BigDecimal verhinderungspflegeUsedEuro, BigDecimal kurzzeitpflegeUsedEuro, YearMonth lastBeratungseinsatz,
        MonthUsage usage) {

    public MonthPlanInput {
        Benefits.checkPflegegrad(pflegegrad);
        Benefits.checkAge(ageYears);
        if (month == null) {
            throw new InvalidInput("month", "Bitte geben Sie den Monat an.");
        }
        Benefits.checkDate("month", month.atDay(1));
        Benefits.checkNotNegative("entlastungsbetragSavedEuro", entlastungsbetragSavedEuro);
        Benefits.checkNotNegative("entlastungsbetragFromLastYearEuro", entlastungsbetragFromLastYearEuro);
        Benefits.checkNotNegative("verhinderungspflegeUsedEuro", verhinderungspflegeUsedEuro);
        Benefits.checkNotNegative("kurzzeitpflegeUsedEuro", kurzzeitpflegeUsedEuro);
        if (usage == null) {
            throw new InvalidInput("usage", "Bitte geben Sie an, was Sie in diesem Monat nutzen.");
        }
    }
}
