package de.pflegeregion.benefits;

import de.pflegeregion.platform.InvalidInput;
import java.math.BigDecimal;

/**
 * What a person uses in one month. Verhinderungspflege days are full days (8 hours or more, half
 * Pflegegeld); hourly days (under 8 hours) keep the full Pflegegeld.
 */
public record MonthUsage(BigDecimal pflegedienstEuro, int tagespflegeDays, BigDecimal tagespflegeRateEuro,
        BigDecimal entlastungsangeboteEuro, BigDecimal verhinderungspflegeEuro, int verhinderungspflegeDays,
        int verhinderungspflegeHourlyDays, Carer verhinderungspflegeCarer, BigDecimal verhinderungspflegeExtraExpensesEuro,
        BigDecimal kurzzeitpflegeEuro, int kurzzeitpflegeDays, BigDecimal pflegehilfsmittelEuro, boolean beratungseinsatz) {

    public MonthUsage {
        Benefits.checkNotNegative("pflegedienstEuro", pflegedienstEuro);
        Benefits.checkNotNegative("tagespflegeRateEuro", tagespflegeRateEuro);
        Benefits.checkNotNegative("entlastungsangeboteEuro", entlastungsangeboteEuro);
        Benefits.checkNotNegative("verhinderungspflegeEuro", verhinderungspflegeEuro);
        Benefits.checkNotNegative("verhinderungspflegeExtraExpensesEuro", verhinderungspflegeExtraExpensesEuro);
        Benefits.checkNotNegative("kurzzeitpflegeEuro", kurzzeitpflegeEuro);
        Benefits.checkNotNegative("pflegehilfsmittelEuro", pflegehilfsmittelEuro);
        checkDays("tagespflegeDays", tagespflegeDays);
        checkDays("verhinderungspflegeDays", verhinderungspflegeDays);
        checkDays("verhinderungspflegeHourlyDays", verhinderungspflegeHourlyDays);
        checkDays("kurzzeitpflegeDays", kurzzeitpflegeDays);
        if (verhinderungspflegeCarer == null) {
            throw new InvalidInput("verhinderungspflegeCarer", "Bitte geben Sie an, wer die Ersatzpflege übernimmt.");
        }
    }

    private static void checkDays(String field, int days) {
        if (days < 0 || days > 31) {
            throw new InvalidInput(field, "Bitte geben Sie 0 bis 31 Tage an.");
        }
    }

    public static MonthUsage none() {
        return new MonthUsage(BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, Carer.OTHER,
                BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, false);
    }

    public MonthUsage withPflegedienst(BigDecimal euro) {
        return new MonthUsage(euro, tagespflegeDays, tagespflegeRateEuro, entlastungsangeboteEuro, verhinderungspflegeEuro,
                verhinderungspflegeDays, verhinderungspflegeHourlyDays, verhinderungspflegeCarer,
                verhinderungspflegeExtraExpensesEuro, kurzzeitpflegeEuro, kurzzeitpflegeDays, pflegehilfsmittelEuro, beratungseinsatz);
    }

    public MonthUsage withTagespflege(int days, BigDecimal rateEuro) {
        return new MonthUsage(pflegedienstEuro, days, rateEuro, entlastungsangeboteEuro, verhinderungspflegeEuro,
                verhinderungspflegeDays, verhinderungspflegeHourlyDays, verhinderungspflegeCarer,
                verhinderungspflegeExtraExpensesEuro, kurzzeitpflegeEuro, kurzzeitpflegeDays, pflegehilfsmittelEuro, beratungseinsatz);
    }

    public MonthUsage withEntlastungsangebote(BigDecimal euro) {
        return new MonthUsage(pflegedienstEuro, tagespflegeDays, tagespflegeRateEuro, euro, verhinderungspflegeEuro,
                verhinderungspflegeDays, verhinderungspflegeHourlyDays, verhinderungspflegeCarer,
                verhinderungspflegeExtraExpensesEuro, kurzzeitpflegeEuro, kurzzeitpflegeDays, pflegehilfsmittelEuro, beratungseinsatz);
    }

    public MonthUsage withVerhinderungspflege(BigDecimal euro, int fullDays, int hourlyDays, Carer carer,
            BigDecimal extraExpensesEuro) {
        return new MonthUsage(pflegedienstEuro, tagespflegeDays, tagespflegeRateEuro, entlastungsangeboteEuro, euro,
                fullDays, hourlyDays, carer, extraExpensesEuro, kurzzeitpflegeEuro, kurzzeitpflegeDays, pflegehilfsmittelEuro,
                beratungseinsatz);
    }

    public MonthUsage withKurzzeitpflege(BigDecimal euro, int days) {
        return new MonthUsage(pflegedienstEuro, tagespflegeDays, tagespflegeRateEuro, entlastungsangeboteEuro,
                verhinderungspflegeEuro, verhinderungspflegeDays, verhinderungspflegeHourlyDays, verhinderungspflegeCarer,
                verhinderungspflegeExtraExpensesEuro, euro, days, pflegehilfsmittelEuro, beratungseinsatz);
    }

    public MonthUsage withPflegehilfsmittel(BigDecimal euro) {
        return new MonthUsage(pflegedienstEuro, tagespflegeDays, tagespflegeRateEuro, entlastungsangeboteEuro,
                verhinderungspflegeEuro, verhinderungspflegeDays, verhinderungspflegeHourlyDays, verhinderungspflegeCarer,
                verhinderungspflegeExtraExpensesEuro, kurzzeitpflegeEuro, kurzzeitpflegeDays, euro, beratungseinsatz);
    }

    public MonthUsage withBeratungseinsatz(boolean done) {
        return new MonthUsage(pflegedienstEuro, tagespflegeDays, tagespflegeRateEuro, entlastungsangeboteEuro,
                verhinderungspflegeEuro, verhinderungspflegeDays, verhinderungspflegeHourlyDays, verhinderungspflegeCarer,
                verhinderungspflegeExtraExpensesEuro, kurzzeitpflegeEuro, kurzzeitpflegeDays, pflegehilfsmittelEuro, done);
    }

    BigDecimal tagespflegeCosts() {
        return tagespflegeRateEuro.multiply(BigDecimal.valueOf(tagespflegeDays));
    }
}
