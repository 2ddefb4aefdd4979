package de.pflegeregion.planning;

import java.util.List;
import java.util.Map;

/** A Planungsraum or the county: the sums of its areas, and the reach of offers per type. */
public record RegionForecast(String name, List<String> areaKeys, boolean complete, PopulationSummary population,
                             CareNeed need, Map<Setting, Map<Integer, Double>> byPflegegrad,
                             Map<String, PlaceBalance> places, StaffNeed staff, Map<String, Reach> accessibility) {
}
