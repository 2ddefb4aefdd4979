package de.pflegeregion.planning;

import java.util.List;
import java.util.Map;

/**
 * Everything a forecast is made from.
 *
 * @param county        five-digit Kreis AGS
 * @param travelMinutes the county's travel-time table, area key → offer id → minutes; replaces the estimate
 */
public record ForecastInput(String county, List<Area> areas, PopulationSeries population, QuotaSet quotas,
                            PlanningSettings settings, StaffRatios staffRatios, List<RegisterOffer> offers,
                            Map<String, Map<Long, Double>> travelMinutes) {

    public ForecastInput {
        areas = List.copyOf(areas);
        offers = List.copyOf(offers);
        travelMinutes = Map.copyOf(travelMinutes);
    }
}
