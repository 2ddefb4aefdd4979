package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One benefit on one day: {@code amount} is {@code null} where the Pflegegrad has no entitlement;
 * {@code confirmed} is false while a value is still to be verified from the Bundesgesetzblatt.
 */
public record Entitlement(String key, String title, String explanation, BigDecimal amount, Per per,
        String legalBasis, LocalDate validFrom, boolean confirmed, String source) {
}
