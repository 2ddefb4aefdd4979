package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated version of a legal parameter as it stands in the data files: the value for each
 * Pflegegrad ({@code null} = no entitlement), its validity, legal basis, source, the day it was last
 * checked and whether it is confirmed or still to be verified.
 */
public record ParameterVersion(String key, LocalDate validFrom, LocalDate validTo, List<BigDecimal> byGrade,
        String legalBasis, String source, LocalDate lastChecked, boolean confirmed) {

    public ParameterVersion {
        byGrade = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(byGrade));
    }

    /** The value for Pflegegrad 1 to 5, {@code null} where that grade has no entitlement. */
    public BigDecimal valueFor(int pflegegrad) {
        return byGrade.get(pflegegrad - 1);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
