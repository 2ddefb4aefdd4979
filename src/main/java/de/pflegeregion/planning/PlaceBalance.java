package de.pflegeregion.planning;

/**
 * Places of one offer type: needed by the benchmark (null without one), existing in the live
 * register, and the gap (positive = shortage; null without a benchmark).
 *
 * @param unknownCapacityOffers offers of the type with no capacity entered; their places are missing from {@code existing}
 */
public record PlaceBalance(Double needed, double existing, Double gap, int unknownCapacityOffers) {
}
