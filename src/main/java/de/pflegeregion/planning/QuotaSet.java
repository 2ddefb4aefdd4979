package de.pflegeregion.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of Pflegequoten with its source and reference date, and the spec's band rule that carries
 * them onto population bands of other widths (e.g. 5-year quota bands onto 65–75 and 75+).
 */
public final class QuotaSet {

    private final String name;
    private final String source;
    private final LocalDate referenceDate;
    private final List<Quota> quotas;
    private final Map<Sex, Map<Setting, List<Quota>>> bySexAndSetting = new EnumMap<>(Sex.class);
    private final Map<Sex, Map<AgeBand, Double>> referenceBands = new EnumMap<>(Sex.class);

    public QuotaSet(String name, String source, LocalDate referenceDate, List<Quota> quotas) {
        this.name = name;
        this.source = source;
        this.referenceDate = referenceDate;
        this.quotas = List.copyOf(quotas);
        for (Quota q : quotas) {
            bySexAndSetting.computeIfAbsent(q.sex(), s -> new EnumMap<>(Setting.class))
                    .computeIfAbsent(q.setting(), k -> new ArrayList<>()).add(q);
            referenceBands.computeIfAbsent(q.sex(), s -> new LinkedHashMap<>()).putIfAbsent(q.band(), q.weight());
        }
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    public List<Quota> quotas() {
        return quotas;
    }

    public Set<Setting> settings() {
        Set<Setting> settings = EnumSet.noneOf(Setting.class);
        quotas.forEach(q -> settings.add(q.setting()));
        return settings;
    }

    public long bandCount() {
        return quotas.stream().map(Quota::band).distinct().count();
    }

    /**
     * q(P,s) = Σ_Q q(Q,s)·w(Q,P,s) / Σ_Q w(Q,P,s) with w = R(Q,s)·|Q∩P|/|Q|; 0 where the set has
     * no quota for the setting.
     */
    public double quota(AgeBand band, Sex sex, Setting setting) {
        double weighted = 0;
        double weights = 0;
        for (Quota q : bySexAndSetting.getOrDefault(sex, Map.of()).getOrDefault(setting, List.of())) {
            int overlap = q.band().overlap(band);
            if (overlap > 0) {
                double w = q.weight() * overlap / q.band().width();
                weighted += q.quota() * w;
                weights += w;
            }
        }
        return weights == 0 ? 0 : weighted / weights;
    }

    /**
     * Share of a population band aged {@code age} or more: W(P∩[A,100)) / W(P) with
     * W(X) = Σ_Q R(Q,s)·|Q∩X|/|Q| (e.g. 80+ inside 75+). An estimate unless A is a band boundary.
     */
    public double shareFrom(AgeBand band, Sex sex, int age) {
        if (age <= band.from()) {
            return 1;
        }
        if (age >= band.end()) {
            return 0;
        }
        double part = 0;
        double whole = 0;
        for (Map.Entry<AgeBand, Double> reference : referenceBands.getOrDefault(sex, Map.of()).entrySet()) {
            AgeBand q = reference.getKey();
            part += reference.getValue() * q.overlapFrom(band, age) / q.width();
            whole += reference.getValue() * q.overlap(band) / q.width();
        }
        // a set without bands here says nothing about the age structure: split by years
        return whole == 0 ? (double) (band.end() - age) / band.width() : part / whole;
    }
}
