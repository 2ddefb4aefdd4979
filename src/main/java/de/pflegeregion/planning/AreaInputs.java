package de.pflegeregion.planning;

import java.util.Map;

/**
 * What the forecast knows about one area before it is asked for a year: its population per year, the
 * base population that growth carries forward, the existing places per place type and the nearest
 * offers. Computed once per forecaster.
 *
 * @param base       t0's bestand, or the latest earlier one marked incomplete; null if the area has none
 * @param existing   capacity per place type ({@link PlanningSettings#PLACE_TYPES} order)
 * @param unknown    offers without capacity per place type
 * @param near       per {@link Forecaster#ACCESS_TYPES} type: an offer lies within the threshold
 */
record AreaInputs(Area area, Map<Integer, Pyramid> bestand, Map<Integer, Pyramid> gemeindeProjection, Pyramid base,
                  BandTables baseTables, int[] existing, int[] unknown, Map<String, NearestOffer> nearest, boolean[] near) {
}
