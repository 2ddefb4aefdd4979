package de.pflegeregion.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The planning module's answer to "how large is this gap now?" for other modules (the network's measures):
 * places of one offer type in a Gemeinde or Planungsraum, from the forecast of the base year (latest
 * population, live register, status quo). Plain Java: a county is named by its id (several test or
 * demo counties may share a Kreis AGS; the id is unique).
 */
public interface PlanningGaps {

    /** The gap of that offer type in that area (Gemeinde key or Planungsraum name) now; empty without a forecast. */
    Optional<Gap> current(long countyId, String offerType, String area);

    /** Every shortage now (gap above 0), Planungsräume first, then Gemeinden; empty without a forecast. */
    List<Gap> shortages(long countyId);

    /** The county's Gemeinden (8-digit AGS → name) as the planning module knows them; empty without population data. */
    Map<String, String> gemeinden(long countyId);

    /**
     * The places balance of one offer type in one area.
     *
     * @param gap places missing (positive) or spare (negative); null when the planner set no benchmark for the type
     */
    record Gap(String offerType, String area, String areaName, int year, Double needed, double existing, Double gap) {

        /** Whether the gap can be judged: only with a benchmark. */
        public boolean measurable() {
            return gap != null;
        }

        /** No places are missing any more. */
        public boolean closed() {
            return gap != null && gap <= 0;
        }
    }

    /** Every place balance of a forecast: Planungsräume (area = its name), then the areas (area = its key). */
    static List<Gap> of(ForecastResult result) {
        List<Gap> gaps = new ArrayList<>();
        for (RegionForecast r : result.planungsraeume()) {
            for (Map.Entry<String, PlaceBalance> e : r.places().entrySet()) {
                gaps.add(new Gap(e.getKey(), r.name(), r.name(), result.year(), e.getValue().needed(), e.getValue().existing(), e.getValue().gap()));
            }
        }
        for (AreaForecast a : result.areas()) {
            for (Map.Entry<String, PlaceBalance> e : a.places().entrySet()) {
                gaps.add(new Gap(e.getKey(), a.area().key(), a.area().name(), result.year(), e.getValue().needed(), e.getValue().existing(),
                        e.getValue().gap()));
            }
        }
        return gaps;
    }
}
