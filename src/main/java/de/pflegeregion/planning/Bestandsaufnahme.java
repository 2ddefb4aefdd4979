package de.pflegeregion.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What exists now, per area, Planungsraum and county, from the live register (spec
 * "Bestandsaufnahme"): offers by type, places, free places, places per 100 residents aged 65+ and
 * 80+, and offers whose data is older than a year.
 */
public final class Bestandsaufnahme {

    /** @param freePlaces the latest reported free places; per-100 values are null without residents */
    public record TypeStock(int offers, int places, int unknownCapacityOffers, int freePlaces,
                            Double placesPer100Aged65, Double placesPer100Aged80) {
    }

    /** @param staleOffers offers whose data was last verified or changed more than a year ago */
    public record Stock(String key, String name, List<String> areaKeys, PopulationSummary population,
                        Map<String, TypeStock> types, int offers, int staleOffers) {
    }

    public record Result(List<Stock> areas, List<Stock> planungsraeume, Stock total, List<RegisterOffer> unplaced) {
    }

    private Bestandsaufnahme() {
    }

    /** @param population residents per area key in the base year (empty if none is loaded) */
    public static Result of(String county, List<Area> areas, Map<String, PopulationSummary> population,
                            Map<String, List<String>> planungsraeume, List<RegisterOffer> offers, LocalDate today) {
        Map<Long, String> areaOf = OfferAreas.assign(areas, offers);
        List<Stock> byArea = new ArrayList<>();
        for (Area a : areas) {
            byArea.add(stock(a.key(), a.name(), List.of(a.key()), population,
                    offers.stream().filter(o -> a.key().equals(areaOf.get(o.id()))).toList(), today));
        }
        List<Stock> rooms = new ArrayList<>();
        planungsraeume.forEach((name, keys) -> rooms.add(stock(name, name, keys, population,
                offers.stream().filter(o -> keys.contains(areaOf.get(o.id()))).toList(), today)));
        Stock total = stock(county, county, areas.stream().map(Area::key).toList(), population, offers, today);
        return new Result(byArea, rooms, total, offers.stream().filter(o -> !areaOf.containsKey(o.id())).toList());
    }

    private static Stock stock(String key, String name, List<String> areaKeys, Map<String, PopulationSummary> population,
                               List<RegisterOffer> offers, LocalDate today) {
        double total = 0;
        double age65 = 0;
        double age80 = 0;
        for (String area : areaKeys) {
            PopulationSummary p = population.get(area);
            if (p != null) {
                total += p.total();
                age65 += p.age65plus();
                age80 += p.age80plus();
            }
        }
        Map<String, int[]> counts = new TreeMap<>();
        int stale = 0;
        for (RegisterOffer o : offers) {
            for (String type : o.types()) {
                int[] c = counts.computeIfAbsent(type, t -> new int[4]);
                c[0]++;
                Integer places = o.capacity().get(type);
                if (places == null) {
                    c[2]++;
                } else {
                    c[1] += places;
                }
                c[3] += o.freePlaces().getOrDefault(type, 0);
            }
            if (o.dataDate() == null || o.dataDate().isBefore(today.minusYears(1))) {
                stale++;
            }
        }
        Map<String, TypeStock> types = new TreeMap<>();
        double residents65 = age65;
        double residents80 = age80;
        counts.forEach((type, c) -> types.put(type, new TypeStock(c[0], c[1], c[2], c[3],
                residents65 == 0 ? null : c[1] * 100.0 / residents65, residents80 == 0 ? null : c[1] * 100.0 / residents80)));
        return new Stock(key, name, List.copyOf(areaKeys), new PopulationSummary(total, age65, age80), types, offers.size(), stale);
    }
}
