package de.pflegeregion.planning;

import java.util.Map;

/** The forecast of one area for one year. {@code complete} is false if its population had unknown cells. */
public record AreaForecast(Area area, PopulationSeries.Source source, boolean complete, PopulationSummary population,
                           CareNeed need, Map<Setting, Map<Integer, Double>> byPflegegrad,
                           Map<String, PlaceBalance> places, StaffNeed staff, Map<String, NearestOffer> accessibility) {
}
