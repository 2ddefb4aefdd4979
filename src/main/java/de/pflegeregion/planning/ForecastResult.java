package de.pflegeregion.planning;

import java.util.List;

/** The forecast of a county for one year and scenario, per area, Planungsraum and county, with notes on its limits. */
public record ForecastResult(String county, int baseYear, int year, Scenario scenario, List<String> notes,
                             List<AreaForecast> areas, List<RegionForecast> planungsraeume, RegionForecast total) {
}
