package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.util.List;

/**
 * Verhinderungspflege on a day (§ 39 SGB XI, before 2025-07-01 in its old version): {@code capEuro} is
 * the yearly ceiling for this carer before transfers and proven extra expenses; {@code yearlyMaxEuro}
 * the most the Pflegekasse pays in a year including them (for relatives: cap plus proven expenses). Amounts are {@code null} below Pflegegrad 2.
 */
public record VerhinderungspflegeRules(boolean entitled, BigDecimal capEuro,
        BigDecimal transferFromKurzzeitpflegeMaxEuro, BigDecimal yearlyMaxEuro, boolean fromGemeinsamerJahresbetrag,
        int maxWeeks, int vorpflegezeitMonths, int halfPflegegeldWeeks, boolean underTwentyFiveRule,
        boolean claimByEndOfFollowingYear, String legalBasis, List<ParameterVersion> parameters) {
}
