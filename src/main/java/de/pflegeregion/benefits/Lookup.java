package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Looks up parameters for one day and Pflegegrad and remembers every version it used. */
final class Lookup {

    private final ParameterTable table;
    private final LocalDate day;
    private final int pflegegrad;
    private final Map<String, ParameterVersion> used;

    Lookup(ParameterTable table, LocalDate day, int pflegegrad) {
        this(table, day, pflegegrad, new LinkedHashMap<>());
    }

    private Lookup(ParameterTable table, LocalDate day, int pflegegrad, Map<String, ParameterVersion> used) {
        this.table = table;
        this.day = day;
        this.pflegegrad = pflegegrad;
        this.used = used;
    }

    /** The same trace for another day, so a year evaluation reports every version it touched. */
    Lookup on(LocalDate otherDay) {
        return new Lookup(table, otherDay, pflegegrad, used);
    }

    int pflegegrad() {
        return pflegegrad;
    }

    ParameterVersion version(ParameterKey key) {
        ParameterVersion version = table.versionOn(key, day);
        used.putIfAbsent(version.key() + "@" + version.validFrom(), version);
        return version;
    }

    /** The value for this Pflegegrad, {@code null} where there is no entitlement. */
    BigDecimal value(ParameterKey key) {
        return version(key).valueFor(pflegegrad);
    }

    BigDecimal valueOrZero(ParameterKey key) {
        BigDecimal value = value(key);
        return value == null ? BigDecimal.ZERO : value;
    }

    int whole(ParameterKey key) {
        return valueOrZero(key).intValueExact();
    }

    List<ParameterVersion> used() {
        return List.copyOf(new ArrayList<>(used.values()));
    }
}
