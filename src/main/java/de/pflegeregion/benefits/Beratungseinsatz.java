package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.util.List;

/**
 * Beratungseinsatz in the home (§ 37 Abs. 3 SGB XI): {@code mandatoryEveryMonths} is {@code null} when
 * there is no duty; without proof the Pflegegeld may be cut by up to {@code cutPercent} first (§ 37 Abs. 6).
 */
public record Beratungseinsatz(Integer mandatoryEveryMonths, Integer optionalEveryMonths, BigDecimal cutPercent,
        BigDecimal pflegegeldCutUpToEuro, String legalBasis, List<ParameterVersion> parameters) {
}
