package de.pflegeregion.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything about one list of population bands that the forecast multiplies with: quotas and age
 * shares by the band rule, and the growth factors of every projection year. Built once per
 * forecaster (the bands, quotas and projection do not change with the area), read-only afterwards so
 * that one forecaster can serve several threads.
 */
final class BandTables {

    private static final Setting[] SETTINGS = Setting.values();
    private static final Sex[] SEXES = Sex.values();

    final List<AgeBand> bands;
    /** q(P,s) per setting ordinal, sex ordinal and band */
    final double[][][] quota;
    final double[][] share65;
    final double[][] share80;
    /** a band runs across 80, so "80 and older" is estimated by the band rule */
    final boolean straddles80;
    private final Map<Integer, double[][]> shareFrom = new HashMap<>();
    private final Projection projection;
    private final int baseYear;
    /** f(P,s,t) for t = baseYear + 1 … the projection's last year, at index t − baseYear − 1 */
    private final double[][][] growth;

    BandTables(List<AgeBand> bands, QuotaSet quotas, Set<Integer> shareAges, Projection projection, Integer baseYear) {
        this.bands = bands;
        quota = new double[SETTINGS.length][SEXES.length][bands.size()];
        for (Setting k : SETTINGS) {
            for (Sex sex : SEXES) {
                for (int b = 0; b < bands.size(); b++) {
                    quota[k.ordinal()][sex.ordinal()][b] = quotas.quota(bands.get(b), sex, k);
                }
            }
        }
        share65 = shares(quotas, 65);
        share80 = shares(quotas, 80);
        shareAges.forEach(age -> shareFrom.put(age, shares(quotas, age)));
        straddles80 = bands.stream().anyMatch(b -> b.from() < 80 && b.end() > 80);
        this.projection = projection;
        this.baseYear = baseYear == null ? 0 : baseYear;
        int years = projection == null || baseYear == null ? 0 : Math.max(0, projection.lastYear() - baseYear);
        growth = new double[years][][];
        for (int i = 0; i < years; i++) {
            growth[i] = projection.growthFactors(bands, baseYear, baseYear + 1 + i);
        }
    }

    /** Share of each band aged {@code age} or more, per sex ordinal and band. */
    double[][] shareFrom(int age) {
        return shareFrom.get(age);
    }

    /** The growth factors of a year after the base year; beyond the projection the projection refuses the year. */
    double[][] growth(int year) {
        int i = year - baseYear - 1;
        return i < growth.length ? growth[i] : projection.growthFactors(bands, baseYear, year);
    }

    private double[][] shares(QuotaSet quotas, int age) {
        double[][] share = new double[SEXES.length][bands.size()];
        for (Sex sex : SEXES) {
            for (int b = 0; b < bands.size(); b++) {
                share[sex.ordinal()][b] = quotas.shareFrom(bands.get(b), sex, age);
            }
        }
        return share;
    }
}
