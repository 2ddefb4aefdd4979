package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.util.List;

/** Kurzzeitpflege on a day (§ 42 SGB XI, from 2025-07-01 paid from the Gemeinsamer Jahresbetrag, § 42a). */
public record KurzzeitpflegeRules(boolean entitled, BigDecimal amountEuro, BigDecimal transferFromVerhinderungspflegeMaxEuro,
        BigDecimal yearlyMaxEuro, boolean fromGemeinsamerJahresbetrag, int maxWeeks, int halfPflegegeldWeeks,
        String legalBasis, List<ParameterVersion> parameters) {
}
