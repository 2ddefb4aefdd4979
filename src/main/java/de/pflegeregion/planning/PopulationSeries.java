package de.pflegeregion.planning;

import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a county has loaded: the population (bestand) per area and year, Gemeinde-level projections,
 * and a Kreis- or Land-level projection whose growth carries the base year forward.
 */
public record PopulationSeries(Map<String, Map<Integer, Pyramid>> bestand,
                               Map<String, Map<Integer, Pyramid>> gemeindeProjection,
                               Projection kreisProjection, Projection landProjection) {

    public PopulationSeries {
        bestand = Map.copyOf(bestand);
        gemeindeProjection = Map.copyOf(gemeindeProjection);
    }

    /** Where the population of a target year comes from. */
    public enum Source {
        BESTAND, GEMEINDE_PROJECTION, KREIS_GROWTH, LAND_GROWTH
    }

    /** t0: the latest bestand year. */
    public Optional<Integer> baseYear() {
        return bestand.values().stream().flatMap(years -> years.keySet().stream()).max(Integer::compare);
    }

    /** The Kreis-level projection, or else the Land-level one. */
    public Optional<Projection> growthProjection() {
        return Optional.ofNullable(kreisProjection != null ? kreisProjection : landProjection);
    }

    /** Every year a forecast can be made for: the bestand years, the years with a Gemeinde projection, and t0 to the last projection year. */
    public NavigableSet<Integer> possibleYears() {
        NavigableSet<Integer> years = new TreeSet<>();
        bestand.values().forEach(y -> years.addAll(y.keySet()));
        gemeindeProjection.values().forEach(y -> years.addAll(y.keySet()));
        baseYear().ifPresent(t0 -> growthProjection().ifPresent(p -> {
            for (int t = t0; t <= p.lastYear(); t++) {
                years.add(t);
            }
        }));
        return years;
    }

    public Source source(String area, int year) {
        if (bestand.getOrDefault(area, Map.of()).containsKey(year)) {
            return Source.BESTAND;
        }
        if (gemeindeProjection.getOrDefault(area, Map.of()).containsKey(year)) {
            return Source.GEMEINDE_PROJECTION;
        }
        return kreisProjection != null ? Source.KREIS_GROWTH : Source.LAND_GROWTH;
    }
}
