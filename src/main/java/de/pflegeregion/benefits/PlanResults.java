package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** The results of a month or year plan evaluation. */
public final class PlanResults {

    private PlanResults() {
    }

    /** Costs that fell on one pot and what the Pflegekasse pays from it. */
    public record Payment(String pot, String title, BigDecimal costsEuro, BigDecimal paidEuro, String legalBasis) {
    }

    /** What is left at the end of the month; {@code null} where the pot does not exist on that date. */
    public record Remaining(BigDecimal entlastungsbetragEuro, BigDecimal entlastungsbetragVorjahrEuro,
            BigDecimal verhinderungspflegeEuro, BigDecimal kurzzeitpflegeEuro, BigDecimal gemeinsamerJahresbetragEuro) {
    }

    /** Something the person should act on, in plain German. */
    public record Warning(String code, String message) {
    }

    public record Month(YearMonth month, List<Payment> payments, BigDecimal paidTotalEuro, BigDecimal pflegegeldFullEuro,
            BigDecimal pflegegeldEuro, BigDecimal ownShareEuro, Remaining remaining, List<Warning> warnings) {
    }

    public record Year(int year, int pflegegrad, List<Month> months, BigDecimal paidTotalEuro, BigDecimal pflegegeldTotalEuro,
            BigDecimal ownShareTotalEuro, BigDecimal entlastungsbetragIntoNextYearEuro, List<ParameterVersion> parameters) {
    }

    public record MonthPlan(Month month, List<ParameterVersion> parameters) {
    }
}
