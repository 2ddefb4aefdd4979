package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.util.List;

/** Co-payment for a technical Pflegehilfsmittel (§ 40 Abs. 3 SGB XI): 10 %, at most 25 €, from age 18. */
public record HilfsmittelZuzahlung(BigDecimal priceEuro, BigDecimal coPaymentEuro, BigDecimal pflegekasseEuro,
        String legalBasis, List<ParameterVersion> parameters) {
}
