package de.pflegeregion.planning;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * People in need of care per setting and Pflegegrad (N_k × share(pg)), as an unmodifiable map computed
 * when read: most of the 275,000 area-years of a national forecast are never split, so they keep only
 * the need and the planner's shares.
 */
final class PflegegradSplit extends AbstractMap<Setting, Map<Integer, Double>> {

    private final CareNeed care;
    private final Map<Setting, Map<Integer, Double>> shares;

    PflegegradSplit(CareNeed care, Map<Setting, Map<Integer, Double>> shares) {
        this.care = care;
        this.shares = shares;
    }

    @Override
    public Map<Integer, Double> get(Object setting) {
        return setting instanceof Setting s && shares.containsKey(s) ? grades(s, shares.get(s)) : null;
    }

    @Override
    public boolean containsKey(Object setting) {
        return setting instanceof Setting && shares.containsKey(setting);
    }

    @Override
    public Set<Entry<Setting, Map<Integer, Double>>> entrySet() {
        Map<Setting, Map<Integer, Double>> split = new EnumMap<>(Setting.class);
        shares.forEach((setting, byGrade) -> split.put(setting, grades(setting, byGrade)));
        return Collections.unmodifiableMap(split).entrySet();
    }

    private Map<Integer, Double> grades(Setting setting, Map<Integer, Double> byGrade) {
        Map<Integer, Double> grades = new TreeMap<>();
        byGrade.forEach((grade, share) -> grades.put(grade, care.of(setting) * share));
        return Collections.unmodifiableMap(grades);
    }
}
