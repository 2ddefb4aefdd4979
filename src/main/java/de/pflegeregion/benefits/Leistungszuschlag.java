package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.util.List;

/** Leistungszuschlag in vollstationäre Pflege (§ 43c SGB XI): the Pflegekasse's share of the Eigenanteil. */
public record Leistungszuschlag(BigDecimal percent, BigDecimal zuschlagEuro, BigDecimal remainingEigenanteilEuro,
        String legalBasis, List<ParameterVersion> parameters) {
}
