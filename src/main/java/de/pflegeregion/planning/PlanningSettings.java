package de.pflegeregion.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.pflegeregion.platform.InvalidInput;

/**
 * A county's planning settings, each benchmark and default with its source.
 *
 * @param benchmarks             per offer type with places; a type without one has no places needed
 * @param pflegegradShares       per setting, Pflegegrad 1–5 → share
 * @param pflegegradSources      per setting, where its shares come from
 * @param ambulantStaffPerClient staff per ambulant client, or null; {@code ambulantStaffUnit} says headcount or FTE
 * @param trendRate              r of the trend scenario (e.g. −0.005 for compression), or null
 * @param shiftShare             σ of "ambulant vor stationär", or null
 * @param shiftTargetYear        the year σ is reached, or null
 * @param existingStaff          staff the planner enters as existing, per setting (vollstationaer in FTE)
 */
public record PlanningSettings(Map<String, Benchmark> benchmarks,
                               Map<Setting, Map<Integer, Double>> pflegegradShares,
                               Map<Setting, String> pflegegradSources,
                               Double ambulantStaffPerClient, StaffUnit ambulantStaffUnit, String ambulantStaffSource,
                               AccessibilityParameters accessibility,
                               Map<String, List<String>> planungsraeume,
                               Double trendRate, Double shiftShare, Integer shiftTargetYear,
                               Map<Setting, Double> existingStaff) {

    /** The offer types with places that take a benchmark. */
    public static final List<String> PLACE_TYPES = List.of("vollstationaer", "kurzzeitpflege", "tagespflege", "nachtpflege", "wohngruppe");

    private static final double SHARE_SUM_TOLERANCE = 0.011;

    public enum StaffUnit {
        HEADCOUNT("Beschäftigte (Köpfe)"), FTE("Vollzeitäquivalente");

        private final String label;

        StaffUnit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Estimated car minutes = km × detourFactor / speedKmh × 60; indicator: within thresholdMinutes. */
    public record AccessibilityParameters(double detourFactor, double speedKmh, double thresholdMinutes) {

        public static final AccessibilityParameters DEFAULT = new AccessibilityParameters(1.3, 50, 20);

        public double minutes(double km) {
            return km * detourFactor / speedKmh * 60;
        }
    }

    public PlanningSettings {
        benchmarks = Map.copyOf(benchmarks);
        pflegegradShares = Map.copyOf(pflegegradShares);
        pflegegradSources = Map.copyOf(pflegegradSources);
        planungsraeume = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(planungsraeume));
        existingStaff = Map.copyOf(existingStaff);
    }

    /** The same settings with other scenario parameters (a saved {@link ScenarioVariant}'s). */
    public PlanningSettings withScenario(Double rate, Double share, Integer targetYear) {
        return new PlanningSettings(benchmarks, pflegegradShares, pflegegradSources, ambulantStaffPerClient, ambulantStaffUnit,
                ambulantStaffSource, accessibility, planungsraeume, rate, share, targetYear, existingStaff);
    }

    /** Checks every value; a bad one is reported with its JSON path, e.g. {@code benchmarks.tagespflege.value}. */
    public PlanningSettings checked() {
        benchmarks.forEach((type, b) -> {
            String path = "benchmarks." + type;
            if (!PLACE_TYPES.contains(type)) {
                throw new InvalidInput(path, "Richtwerte gibt es für " + String.join(", ", PLACE_TYPES) + ", nicht für „" + type + "“.");
            }
            if (b.method() == null) {
                throw new InvalidInput(path + ".method", "Bitte wählen Sie OCCUPANCY, PER_100_RESIDENTS oder PER_100_CARED_AT_HOME.");
            }
            if (b.method() == BenchmarkMethod.OCCUPANCY && (b.value() <= 0 || b.value() > 1)) {
                throw new InvalidInput(path + ".value", "Die Auslastung ist ein Anteil über 0 und höchstens 1, z. B. 0.95.");
            }
            if (b.method() != BenchmarkMethod.OCCUPANCY && (b.value() <= 0 || b.value() > 100)) {
                throw new InvalidInput(path + ".value", "Der Richtwert muss über 0 und höchstens 100 je 100 liegen.");
            }
            if (b.method() == BenchmarkMethod.PER_100_RESIDENTS && (b.ageFrom() == null || b.ageFrom() < 0 || b.ageFrom() >= AgeBand.OPEN_END)) {
                throw new InvalidInput(path + ".ageFrom", "Bitte nennen Sie das Alter, ab dem gezählt wird (z. B. 65 oder 80).");
            }
            if (b.source() == null || b.source().isBlank()) {
                throw new InvalidInput(path + ".source", "Jeder Richtwert braucht eine Quelle.");
            }
        });
        pflegegradShares.forEach((setting, shares) -> {
            String path = "pflegegradShares." + setting.code();
            double sum = 0;
            for (Map.Entry<Integer, Double> e : shares.entrySet()) {
                if (e.getKey() < 1 || e.getKey() > 5) {
                    throw new InvalidInput(path + "." + e.getKey(), "Pflegegrade sind 1 bis 5.");
                }
                if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 1) {
                    throw new InvalidInput(path + "." + e.getKey(), "Ein Anteil liegt zwischen 0 und 1.");
                }
                sum += e.getValue();
            }
            if (!shares.isEmpty() && Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
                throw new InvalidInput(path, "Die Anteile der Pflegegrade ergeben zusammen " + sum + " statt 1.");
            }
        });
        if (ambulantStaffPerClient != null && (ambulantStaffPerClient < 0 || ambulantStaffPerClient > 10)) {
            throw new InvalidInput("ambulantStaffPerClient", "Personal je Klientin oder Klient muss zwischen 0 und 10 liegen.");
        }
        if (accessibility.detourFactor() < 1 || accessibility.detourFactor() > 3) {
            throw new InvalidInput("accessibility.detourFactor", "Der Umwegfaktor liegt zwischen 1 und 3.");
        }
        if (accessibility.speedKmh() <= 0 || accessibility.speedKmh() > 130) {
            throw new InvalidInput("accessibility.speedKmh", "Die Geschwindigkeit liegt über 0 und höchstens bei 130 km/h.");
        }
        if (accessibility.thresholdMinutes() <= 0 || accessibility.thresholdMinutes() > 240) {
            throw new InvalidInput("accessibility.thresholdMinutes", "Die Schwelle liegt über 0 und höchstens bei 240 Minuten.");
        }
        Map<String, String> areaRoom = new java.util.HashMap<>();
        planungsraeume.forEach((name, areas) -> {
            if (name == null || name.isBlank()) {
                throw new InvalidInput("planungsraeume", "Jeder Planungsraum braucht einen Namen.");
            }
            for (String area : areas) {
                String earlier = areaRoom.putIfAbsent(area, name);
                if (earlier != null) {
                    throw new InvalidInput("planungsraeume." + name, "Das Gebiet " + area + " gehört schon zum Planungsraum „" + earlier + "“.");
                }
            }
        });
        if (trendRate != null && (trendRate <= -0.2 || trendRate >= 0.2)) {
            throw new InvalidInput("scenarios.trendRate", "Die jährliche Veränderung liegt zwischen −0,2 und 0,2 (z. B. −0.005).");
        }
        if (shiftShare != null && (shiftShare < 0 || shiftShare > 1)) {
            throw new InvalidInput("scenarios.shiftShare", "Der Anteil liegt zwischen 0 und 1.");
        }
        existingStaff.forEach((setting, value) -> {
            if (value < 0) {
                throw new InvalidInput("existingStaff." + setting.code(), "Vorhandenes Personal kann nicht negativ sein.");
            }
        });
        return this;
    }
}
