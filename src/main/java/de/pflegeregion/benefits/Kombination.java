package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.util.List;

/**
 * Kombinationsleistung (§ 38 SGB XI): how much of the Sachleistung the Pflegedienst (and a
 * reimbursement under the Umwandlungsanspruch, § 45a Abs. 4) used, and the Pflegegeld that remains.
 */
public record Kombination(BigDecimal sachleistungEuro, BigDecimal serviceCostsEuro, BigDecimal serviceCoveredEuro,
        BigDecimal umwandlungCostsEuro, BigDecimal umwandlungCoveredEuro, BigDecimal ownShareEuro,
        BigDecimal sachleistungSharePercent, BigDecimal pflegegeldFullEuro, BigDecimal pflegegeldEuro,
        String legalBasis, List<ParameterVersion> parameters) {
}
