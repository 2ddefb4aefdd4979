package de.pflegeregion.planning.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;

import de.pflegeregion.planning.Setting;

/**
 * The settings form as the page shows it: per field path its id, label, value as typed and error;
 * every error message in the summary names its field ("Tagespflege, Quelle: …").
 */
public final class SettingsView {

    private static final Pattern BENCHMARK = Pattern.compile("benchmarks\\[(\\w+)]\\.(\\w+)");
    private static final Pattern SHARE = Pattern.compile("shares\\[(\\w+)]\\.percent\\[(\\d)]");
    private static final Pattern SHARE_SOURCE = Pattern.compile("shares\\[(\\w+)]\\.source");
    private static final Pattern ROOM = Pattern.compile("rooms\\[([^]]+)]");
    private static final Map<String, String> BENCHMARK_FIELDS = Map.of("method", "Methode", "value", "Wert", "ageFrom", "ab Alter",
            "source", "Quelle");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("staffPerClient", "Personal je ambulant versorgter Person"),
            Map.entry("staffUnit", "Einheit des ambulanten Personals"),
            Map.entry("staffSource", "Quelle des ambulanten Personalschlüssels"),
            Map.entry("existingStationaryStaff", "Vorhandenes Personal vollstationär (Vollzeitäquivalente)"),
            Map.entry("existingAmbulantStaff", "Vorhandenes Personal ambulant"),
            Map.entry("detourFactor", "Umwegfaktor"),
            Map.entry("speedKmh", "Geschwindigkeit in km/h"),
            Map.entry("thresholdMinutes", "Schwelle in Minuten"),
            Map.entry("trendPercent", "Trend: Veränderung der Quoten in % je Jahr"),
            Map.entry("shiftPercent", "Ambulant vor stationär: Anteil in %"),
            Map.entry("shiftTargetYear", "Ambulant vor stationär: erreicht im Jahr"),
            Map.entry("rooms", "Planungsräume"));

    /** One field: {@code name} is the binding path, {@code value} what was typed or stored. */
    public record Field(String id, String name, String label, String value, String error) {
    }

    private final BindingResult binding;
    private final Map<String, String> errors;
    private final UnaryOperator<String> typeLabel;
    private final Map<String, String> areaNames;

    SettingsView(BindingResult binding, Map<String, String> errors, UnaryOperator<String> typeLabel, Map<String, String> areaNames) {
        this.binding = binding;
        this.errors = errors;
        this.typeLabel = typeLabel;
        this.areaNames = areaNames;
    }

    /** An HTML id for a binding path: {@code benchmarks[tagespflege].value} → {@code benchmarks-tagespflege-value}. */
    static String id(String path) {
        return path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    public Field field(String path) {
        Object value = binding.getFieldValue(path);
        return new Field(id(path), path, label(path), value == null ? "" : value.toString(), errors.get(path));
    }

    public String value(String path) {
        return field(path).value();
    }

    /** Errors for the summary at the top: field id → message naming the field. */
    public Map<String, String> summary() {
        Map<String, String> named = new LinkedHashMap<>();
        errors.forEach((path, message) -> named.put(id(path), label(path) + ": " + message));
        return named;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String label(String path) {
        Matcher m = BENCHMARK.matcher(path);
        if (m.matches()) {
            return typeLabel.apply(m.group(1)) + ", " + BENCHMARK_FIELDS.getOrDefault(m.group(2), m.group(2));
        }
        m = SHARE.matcher(path);
        if (m.matches()) {
            return settingLabel(m.group(1)) + ", Pflegegrad " + m.group(2) + " in %";
        }
        m = SHARE_SOURCE.matcher(path);
        if (m.matches()) {
            return settingLabel(m.group(1)) + ", Quelle der Anteile";
        }
        m = ROOM.matcher(path);
        if (m.matches()) {
            return "Planungsraum von " + areaNames.getOrDefault(m.group(1), m.group(1));
        }
        return LABELS.getOrDefault(path, "Einstellungen");
    }

    private static String settingLabel(String code) {
        Setting setting = Setting.ofCode(code);
        return "Pflegegrade " + (setting == null ? code : setting.label());
    }

    /** The form field of a path the settings check named (the API's JSON path). */
    static String formPath(String documentPath) {
        String[] p = documentPath.split("\\.");
        return switch (p[0]) {
            case "benchmarks" -> p.length > 2 && BENCHMARK_FIELDS.containsKey(p[2]) ? "benchmarks[" + p[1] + "]." + p[2]
                    : p.length > 1 ? "benchmarks[" + p[1] + "].method" : "rooms";
            case "pflegegradShares" -> p.length > 1 ? "shares[" + p[1] + "].percent[" + (p.length > 2 ? p[2] : "1") + "]" : "rooms";
            case "ambulantStaffPerClient" -> "staffPerClient";
            case "ambulantStaffUnit" -> "staffUnit";
            case "accessibility" -> p.length > 1 ? p[1] : "detourFactor";
            case "scenarios" -> p.length > 1 && p[1].equals("trendRate") ? "trendPercent"
                    : p.length > 1 && p[1].equals("shiftShare") ? "shiftPercent" : "shiftTargetYear";
            case "existingStaff" -> p.length > 1 && p[1].equals("ambulant") ? "existingAmbulantStaff" : "existingStationaryStaff";
            default -> "rooms";
        };
    }
}
