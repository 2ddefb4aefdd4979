package de.pflegeregion.planning.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.pflegeregion.planning.Benchmark;
import de.pflegeregion.planning.BenchmarkMethod;
import de.pflegeregion.planning.PlanningSettings;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.ScenarioVariant;
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
                               Map<String, Double> existingStaff,
                               List<VariantEntry> variants) {

    public static final int MAX_VARIANTS = 20;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    public static final String OCCUPANCY_SOURCE = "Übliche Planungsannahme von 95 % Auslastung; keine Norm (eine Belegungsnorm wurde nicht gefunden)";

    public record BenchmarkEntry(BenchmarkMethod method, Double value, Integer ageFrom, String source) {
    }

    public record AccessibilityEntry(Double detourFactor, Double speedKmh, Double thresholdMinutes) {
    }

    /** @param trendRate r of the trend scenario; shiftShare σ and shiftTargetYear of "ambulant vor stationär" */
    public record ScenarioEntry(Double trendRate, Double shiftShare, Integer shiftTargetYear) {
    }

    /**
     * A saved scenario variant (see {@link ScenarioVariant}); {@code kind} is the scenario code it varies.
     * Null as a whole in a PUT means "keep the saved variants": a client of the spec's document never wipes them.
     */
    public record VariantEntry(String slug, String name, String kind, Double trendRate, Double shiftShare, Integer shiftTargetYear,
                               String note) {

        static VariantEntry of(ScenarioVariant v) {
            return new VariantEntry(v.slug(), v.name(), v.kind().code(), v.trendRate(), v.shiftShare(), v.shiftTargetYear(), v.note());
        }
    }

    /** The document of the spec, without saved variants. */
    public SettingsDocument(Map<String, BenchmarkEntry> benchmarks, Map<String, Map<String, Double>> pflegegradShares,
                            Map<String, String> pflegegradSources, Double ambulantStaffPerClient, String ambulantStaffUnit,
                            String ambulantStaffSource, AccessibilityEntry accessibility, Map<String, List<String>> planungsraeume,
                            ScenarioEntry scenarios, Map<String, Double> existingStaff) {
        this(benchmarks, pflegegradShares, pflegegradSources, ambulantStaffPerClient, ambulantStaffUnit, ambulantStaffSource,
                accessibility, planungsraeume, scenarios, existingStaff, null);
    }

    public SettingsDocument withVariants(List<ScenarioVariant> saved) {
        return new SettingsDocument(benchmarks, pflegegradShares, pflegegradSources, ambulantStaffPerClient, ambulantStaffUnit,
                ambulantStaffSource, accessibility, planungsraeume, scenarios, existingStaff, saved.stream().map(VariantEntry::of).toList());
    }

    /**
     * The saved variants, each checked (a bad value names its path, e.g. {@code variants[0].name}), names and slugs
     * unique; target years within {@value #FIRST_YEAR}–{@value #LAST_YEAR} here, within the projection when saved through the pages.
     */
    public List<ScenarioVariant> scenarioVariants() {
        if (variants == null) {
            return List.of();
        }
        if (variants.size() > MAX_VARIANTS) {
            throw new InvalidInput("variants", "Es sind höchstens " + MAX_VARIANTS + " Varianten möglich.");
        }
        List<ScenarioVariant> checked = new java.util.ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> slugs = new java.util.HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            String path = "variants[" + i + "]";
            VariantEntry v = variants.get(i);
            if (v == null) {
                throw new InvalidInput(path, "Eine Variante fehlt (null).");
            }
            Scenario kind = v.kind() == null ? null : Scenario.ofCode(v.kind());
            if (kind == null || kind == Scenario.STATUS_QUO) {
                throw new InvalidInput(path + ".kind", "Eine Variante ist trend oder ambulant-vor-stationaer.");
            }
            ScenarioVariant variant;
            try {
                variant = new ScenarioVariant(v.slug() == null ? ScenarioVariant.slugOf(v.name()) : v.slug(), v.name(), kind,
                        v.trendRate(), v.shiftShare(), v.shiftTargetYear(), v.note()).checked(FIRST_YEAR, LAST_YEAR);
            } catch (InvalidInput e) {
                throw new InvalidInput(path + "." + e.field(), e.getMessage());
            }
            if (!names.add(nameKey(variant.name()))) {
                throw new InvalidInput(path + ".name", "Eine Variante mit dem Namen „" + variant.name() + "“ gibt es schon.");
            }
            if (!slugs.add(variant.slug())) {
                throw new InvalidInput(path + ".slug", "Die Kennung „" + variant.slug() + "“ hat schon eine andere Variante.");
            }
            checked.add(variant);
        }
        return checked;
    }

    /** Names are compared as a reader does: case and surrounding spaces do not make two variants different. */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(java.util.Locale.GERMAN);
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

    /** The engine's settings, every value checked (the saved variants too); a bad one is an {@link InvalidInput} naming its JSON path. */
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
        scenarioVariants();
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
