package de.pflegeregion.planning;

/**
 * Share (0–1) of the population of one band and sex cared for in one setting.
 *
 * @param referencePopulation the population the quota was computed on, or null; weights the band rule
 */
public record Quota(AgeBand band, Sex sex, Setting setting, double quota, Double referencePopulation) {

    /** R(Q,s) of the band rule: the reference population, or 1 where the set has none. */
    public double weight() {
        return referencePopulation == null ? 1 : referencePopulation;
    }
}
