package de.pflegeregion.planning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import de.pflegeregion.planning.AreaForecast;
import de.pflegeregion.planning.CareNeed;
import de.pflegeregion.planning.ForecastResult;
import de.pflegeregion.planning.Forecaster;
import de.pflegeregion.planning.NearestOffer;
import de.pflegeregion.planning.PlaceBalance;
import de.pflegeregion.planning.PopulationSummary;
import de.pflegeregion.planning.Reach;
import de.pflegeregion.planning.RegionForecast;
import de.pflegeregion.planning.Setting;
import de.pflegeregion.planning.StaffNeed;

/** The forecast in the shape of the API contract; numbers unrounded, a missing value is an explicit null. */
record ForecastJson(String county, int baseYear, int year, String scenario, List<String> notes, List<AreaJson> areas,
                    List<RegionJson> planungsraeume, RegionJson total) {

    record Point(double lat, double lon) {
    }

    record Population(double total, double age65plus, double age80plus) {
        static Population of(PopulationSummary p) {
            return new Population(p.total(), p.age65plus(), p.age80plus());
        }
    }

    record Need(double total, double pflegegeld, double ambulant, double vollstationaer, @JsonProperty("pg1_ohne") double pg1Ohne) {
        static Need of(CareNeed n) {
            return new Need(n.total(), n.pflegegeld(), n.ambulant(), n.vollstationaer(), n.pg1Ohne());
        }
    }

    record Places(@JsonInclude(JsonInclude.Include.ALWAYS) Double needed, double existing,
                  @JsonInclude(JsonInclude.Include.ALWAYS) Double gap, int unknownCapacityOffers) {
        static Places of(PlaceBalance p) {
            return new Places(p.needed(), p.existing(), p.gap(), p.unknownCapacityOffers());
        }
    }

    record StationaryStaff(double hilfskraft, double assistenz, double fachkraft, double total, Double existing, Double gap) {
    }

    /** @param unit headcount or fte, as the planner set the staff per client */
    record AmbulantStaff(@JsonInclude(JsonInclude.Include.ALWAYS) Double total, String unit, Double existing, Double gap) {
    }

    record Staff(StationaryStaff vollstationaer, AmbulantStaff ambulant) {
        static Staff of(StaffNeed s, String unit) {
            return new Staff(new StationaryStaff(s.hilfskraft(), s.assistenz(), s.fachkraft(), s.vollstationaerTotal(),
                    s.existingVollstationaer(), s.vollstationaerGap()), new AmbulantStaff(s.ambulant(), unit, s.existingAmbulant(), s.ambulantGap()));
        }
    }

    /** @param estimated true if the minutes are estimated from the distance (no travel-time table) */
    record Access(long offerId, String offerName, double distanceKm, double minutes, boolean estimated) {
    }

    record AreaJson(String key, String name, boolean complete, String populationSource,
                    @JsonInclude(JsonInclude.Include.ALWAYS) Point point, String pointSource,
                    Population population, Need pflegebeduerftige, Map<String, Map<String, Double>> pflegegrade,
                    Map<String, Places> places, Staff staff,
                    @JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS) Map<String, Access> accessibility) {
    }

    record Share(@JsonInclude(JsonInclude.Include.ALWAYS) Double share80plusWithinThreshold,
                 @JsonInclude(JsonInclude.Include.ALWAYS) Double share65plusWithinThreshold) {
    }

    record RegionJson(String name, List<String> areas, boolean complete, Population population, Need pflegebeduerftige,
                      Map<String, Map<String, Double>> pflegegrade, Map<String, Places> places, Staff staff,
                      Map<String, Share> accessibility) {
    }

    /** @param scenario the code asked for: a built-in scenario's or a saved variant's ({@code variante-…}) */
    static ForecastJson of(ForecastResult r, String scenario, String staffUnit) {
        return new ForecastJson(r.county(), r.baseYear(), r.year(), scenario, r.notes(),
                r.areas().stream().map(a -> area(a, staffUnit)).toList(),
                r.planungsraeume().stream().map(p -> region(p, staffUnit)).toList(), region(r.total(), staffUnit));
    }

    private static AreaJson area(AreaForecast a, String unit) {
        Map<String, Access> access = new LinkedHashMap<>();
        for (String type : Forecaster.ACCESS_TYPES) {
            NearestOffer n = a.accessibility().get(type);
            access.put(type, n == null ? null : new Access(n.offerId(), n.offerName(), n.distanceKm(), n.minutes(), n.estimated()));
        }
        return new AreaJson(a.area().key(), a.area().name(), a.complete(), a.source().name().toLowerCase(java.util.Locale.ROOT),
                a.area().point() == null ? null : new Point(a.area().point().lat(), a.area().point().lon()),
                a.area().pointSource().name().toLowerCase(java.util.Locale.ROOT), Population.of(a.population()), Need.of(a.need()),
                grades(a.byPflegegrad()), places(a.places()), Staff.of(a.staff(), unit), access);
    }

    private static RegionJson region(RegionForecast r, String unit) {
        Map<String, Share> reach = new LinkedHashMap<>();
        r.accessibility().forEach((type, s) -> reach.put(type, share(s)));
        return new RegionJson(r.name(), r.areaKeys(), r.complete(), Population.of(r.population()), Need.of(r.need()),
                grades(r.byPflegegrad()), places(r.places()), Staff.of(r.staff(), unit), reach);
    }

    private static Share share(Reach s) {
        return new Share(s.share80plusWithinThreshold(), s.share65plusWithinThreshold());
    }

    private static Map<String, Places> places(Map<String, PlaceBalance> places) {
        Map<String, Places> json = new LinkedHashMap<>();
        places.forEach((type, p) -> json.put(type, Places.of(p)));
        return json;
    }

    private static Map<String, Map<String, Double>> grades(Map<Setting, Map<Integer, Double>> split) {
        Map<String, Map<String, Double>> json = new LinkedHashMap<>();
        split.forEach((setting, byGrade) -> {
            Map<String, Double> g = new LinkedHashMap<>();
            byGrade.forEach((grade, n) -> g.put(String.valueOf(grade), n));
            json.put(setting.code(), g);
        });
        return json;
    }
}
