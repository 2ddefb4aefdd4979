package de.pflegeregion.assessment;

import java.math.BigDecimal;

/**
 * One of the three frequency groups of module 5 (Anlage 1 SGB XI): 5.1–5.7 and 5.8–5.11 as
 * measures per day, 5.12–5.15 (children: and 5.K) as a sum of points.
 *
 * @param sum   measures per day (rounded to two decimals for display; scoring uses exact fractions)
 *              or the point sum
 * @param unit  "Maßnahmen pro Tag" or "Punkte"
 */
public record FrequencyGroupScore(String criteria, BigDecimal sum, String unit, int points) {
}
