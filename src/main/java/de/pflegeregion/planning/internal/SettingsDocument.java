package de.pflegeregion.planning.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.pflegeregion.planning.Benchmark;
import de.pflegeregion.planning.BenchmarkMethod;
import de.pflegeregion.planning.PlanningSettings;
import de.pflegeregion.planning.Setting;
import de.pflegeregion.planning.ShippedData;
import de.pflegeregion.platform.InvalidInput;

/**
 * The settings document as the API reads and writes it (spec: GET|PUT …/settings), stored as JSON.
 * Every benchmark and share carries its source; only the occupancy of 0.95 is shipped as a default.
 */
public record SettingsDocument(Map<String, BenchmarkEntry> benchmarks,
                               Map<String, Map<String, Double>> pflegegradShares,
                               Map<String, String> pflegegradSources,
                               Double ambulantStaffPerClient, String ambulantStaffUnit, String ambulantStaffSource,
                               AccessibilityEntry accessibility,
                               Map<String, List<String>> planungsraeume,
                               ScenarioEntry scenarios,
                               Map<String, Double> existingStaff) {

    public static final String OCCUPANCY_SOURCE = "Übliche Planungsannahme von 95 % Auslastung; keine Norm (eine Belegungsnorm wurde nicht gefunden)";

    public record BenchmarkEntry(BenchmarkMethod method, Double value, Integer ageFrom, String source) {
    }

    public record AccessibilityEntry(Double detourFactor, Double speedKmh, Double thresholdMinutes) {
    }

    /** @param trendRate r of the trend scenario; shiftShare σ and shiftTargetYear of "ambulant vor stationär" */
    public record ScenarioEntry(Double trendRate, Double shiftShare, Integer shiftTargetYear) {
    }

    /** What a county starts with: the occupancy default, the shipped Pflegegrad shares, the spec's accessibility defaults. */
    public static SettingsDocument defaults() {
        ShippedData.PflegegradDefaults grades = ShippedData.pflegegradShares();
        Map<String, Map<String, Double>> shares = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        grades.shares().forEach((setting, byGrade) -> {
            Map<String, Double> g = new TreeMap<>();
            byGrade.forEach((grade, share) -> g.put(String.valueOf(grade), share));
            shares.put(setting.code(), g);
            sources.put(setting.code(), grades.sources().get(setting));
        });
        PlanningSettings.AccessibilityParameters a = PlanningSettings.AccessibilityParameters.DEFAULT;
        return new SettingsDocument(
                Map.of("vollstationaer", new BenchmarkEntry(BenchmarkMethod.OCCUPANCY, 0.95, null, OCCUPANCY_SOURCE)),
                shares, sources, null, "headcount", null,
                new AccessibilityEntry(a.detourFactor(), a.speedKmh(), a.thresholdMinutes()),
                Map.of(), new ScenarioEntry(null, null, null), Map.of());
    }

    /** The engine's settings, every value checked; a bad one is an {@link InvalidInput} naming its JSON path. */
    public PlanningSettings toSettings() {
        Map<String, Benchmark> marks = new LinkedHashMap<>();
        if (benchmarks != null) {
            benchmarks.forEach((type, b) -> {
                if (b == null || b.value() == null) {
                    throw new InvalidInput("benchmarks." + type + ".value", "Bitte geben Sie einen Wert für den Richtwert an.");
                }
                marks.put(type, new Benchmark(b.method(), b.value(), b.ageFrom(), b.source()));
            });
        }
        Map<Setting, Map<Integer, Double>> shares = new EnumMap<>(Setting.class);
        if (pflegegradShares != null) {
            pflegegradShares.forEach((code, byGrade) -> {
                Setting setting = setting(code, "pflegegradShares." + code);
                Map<Integer, Double> grades = new TreeMap<>();
                (byGrade == null ? Map.<String, Double>of() : byGrade).forEach((grade, share) -> {
                    if (!grade.matches("[1-5]")) {
                        throw new InvalidInput("pflegegradShares." + code + "." + grade, "Pflegegrade sind 1 bis 5.");
                    }
                    grades.put(Integer.valueOf(grade), share);
                });
                shares.put(setting, grades);
            });
        }
        Map<Setting, String> sources = new EnumMap<>(Setting.class);
        if (pflegegradSources != null) {
            pflegegradSources.forEach((code, source) -> sources.put(setting(code, "pflegegradSources." + code), source));
        }
        Map<Setting, Double> staff = new EnumMap<>(Setting.class);
        if (existingStaff != null) {
            existingStaff.forEach((code, value) -> {
                if (value != null) {
                    staff.put(setting(code, "existingStaff." + code), value);
                }
            });
        }
        PlanningSettings.StaffUnit unit = unit();
        PlanningSettings.AccessibilityParameters d = PlanningSettings.AccessibilityParameters.DEFAULT;
        AccessibilityEntry a = accessibility == null ? new AccessibilityEntry(null, null, null) : accessibility;
        ScenarioEntry s = scenarios == null ? new ScenarioEntry(null, null, null) : scenarios;
        return new PlanningSettings(marks, shares, sources, ambulantStaffPerClient, unit, ambulantStaffSource,
                new PlanningSettings.AccessibilityParameters(
                        a.detourFactor() == null ? d.detourFactor() : a.detourFactor(),
                        a.speedKmh() == null ? d.speedKmh() : a.speedKmh(),
                        a.thresholdMinutes() == null ? d.thresholdMinutes() : a.thresholdMinutes()),
                planungsraeume == null ? Map.of() : planungsraeume, s.trendRate(), s.shiftShare(), s.shiftTargetYear(), staff).checked();
    }

    private PlanningSettings.StaffUnit unit() {
        if (ambulantStaffUnit == null || ambulantStaffUnit.equals("headcount")) {
            return PlanningSettings.StaffUnit.HEADCOUNT;
        }
        if (ambulantStaffUnit.equals("fte")) {
            return PlanningSettings.StaffUnit.FTE;
        }
        throw new InvalidInput("ambulantStaffUnit", "Die Einheit ist headcount (Köpfe) oder fte (Vollzeitäquivalente).");
    }

    private static Setting setting(String code, String path) {
        Setting setting = Setting.ofCode(code);
        if (setting == null) {
            throw new InvalidInput(path, "Unbekannte Versorgungsart „" + code + "“; möglich sind pflegegeld, ambulant, vollstationaer und pg1_ohne.");
        }
        return setting;
    }
}
