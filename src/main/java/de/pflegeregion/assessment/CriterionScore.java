package de.pflegeregion.assessment;

/**
 * The Einzelpunkte of one criterion as scored. Frequency criteria of module 5 are scored per group
 * (see {@link FrequencyGroupScore}) and show 0 here.
 *
 * @param answer           the answer in words
 * @param assessed         false if the criterion is not assessed at this age or not scored at all
 * @param ageTypicalLevel  for children from 18 months to 11 years: the level of a healthy child of
 *                         the same age (category index), otherwise {@code null}
 */
public record CriterionScore(Criterion criterion, String answer, int points, boolean assessed,
        AnswerLevel ageTypicalLevel) {
}
