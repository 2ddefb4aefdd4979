package de.pflegeregion.planning.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import de.pflegeregion.planning.Area;
import de.pflegeregion.planning.BenchmarkMethod;
import de.pflegeregion.planning.PlanningSettings;
import de.pflegeregion.planning.Setting;
import de.pflegeregion.planning.internal.SettingsDocument;

/**
 * The settings page as Spring binds it ({@link SettingsFormBinding}: German decimals) and Bean
 * Validation checks it. Shares and rates are typed in percent, as planners read them; the document
 * of the API keeps shares (0–1). Areas are put into a Planungsraum by typing its name next to them.
 */
class SettingsForm {

    static final List<Setting> SHARE_SETTINGS = List.of(Setting.PFLEGEGELD, Setting.AMBULANT, Setting.VOLLSTATIONAER);
    static final List<Integer> GRADES = List.of(1, 2, 3, 4, 5);

    Map<String, @Valid BenchmarkRow> benchmarks = new LinkedHashMap<>();
    Map<String, @Valid GradeShares> shares = new LinkedHashMap<>();
    @DecimalMin(value = "0", message = "Bitte geben Sie eine Zahl von 0 bis 10 an, z. B. 0,455.")
    @DecimalMax(value = "10", message = "Bitte geben Sie eine Zahl von 0 bis 10 an, z. B. 0,455.")
    Double staffPerClient;
    String staffUnit = "headcount";
    @Size(max = 1000, message = "Bitte fassen Sie die Quelle in höchstens 1000 Zeichen.")
    String staffSource;
    @DecimalMin(value = "0", message = "Bitte geben Sie eine Zahl ab 0 an.")
    Double existingStationaryStaff;
    @DecimalMin(value = "0", message = "Bitte geben Sie eine Zahl ab 0 an.")
    Double existingAmbulantStaff;
    @DecimalMin(value = "1", message = "Bitte geben Sie eine Zahl von 1 bis 3 an, z. B. 1,3.")
    @DecimalMax(value = "3", message = "Bitte geben Sie eine Zahl von 1 bis 3 an, z. B. 1,3.")
    Double detourFactor;
    @DecimalMin(value = "1", message = "Bitte geben Sie eine Geschwindigkeit von 1 bis 130 km/h an.")
    @DecimalMax(value = "130", message = "Bitte geben Sie eine Geschwindigkeit von 1 bis 130 km/h an.")
    Double speedKmh;
    @DecimalMin(value = "1", message = "Bitte geben Sie 1 bis 240 Minuten an.")
    @DecimalMax(value = "240", message = "Bitte geben Sie 1 bis 240 Minuten an.")
    Double thresholdMinutes;
    @DecimalMin(value = "-19.9", message = "Bitte geben Sie eine Veränderung zwischen −19,9 und 19,9 % je Jahr an, z. B. −0,5.")
    @DecimalMax(value = "19.9", message = "Bitte geben Sie eine Veränderung zwischen −19,9 und 19,9 % je Jahr an, z. B. −0,5.")
    Double trendPercent;
    @DecimalMin(value = "0", message = "Bitte geben Sie einen Anteil von 0 bis 100 % an.")
    @DecimalMax(value = "100", message = "Bitte geben Sie einen Anteil von 0 bis 100 % an.")
    Double shiftPercent;
    @Min(value = 2000, message = "Bitte geben Sie ein Jahr von 2000 bis 2100 an.")
    @Max(value = 2100, message = "Bitte geben Sie ein Jahr von 2000 bis 2100 an.")
    Integer shiftTargetYear;
    /** area key → name of its Planungsraum, blank for none */
    Map<String, String> rooms = new LinkedHashMap<>();

    /** One offer type's benchmark; a blank method means the type has none. */
    static class BenchmarkRow {

        String method = "";
        @DecimalMin(value = "0", inclusive = false, message = "Bitte geben Sie einen Wert über 0 an.")
        @DecimalMax(value = "100", message = "Bitte geben Sie höchstens 100 an.")
        Double value;
        @Min(value = 0, message = "Bitte geben Sie ein Alter von 0 bis 99 an.")
        @Max(value = 99, message = "Bitte geben Sie ein Alter von 0 bis 99 an.")
        Integer ageFrom;
        @Size(max = 1000, message = "Bitte fassen Sie die Quelle in höchstens 1000 Zeichen.")
        String source;

        boolean blank() {
            return value == null && ageFrom == null && (source == null || source.isBlank());
        }
    }

    /** The Pflegegrad split of one setting, in percent, with its source. */
    static class GradeShares {

        Map<String, @DecimalMin(value = "0", message = "Bitte geben Sie 0 bis 100 % an.")
                    @DecimalMax(value = "100", message = "Bitte geben Sie 0 bis 100 % an.") Double> percent = new TreeMap<>();
        @Size(max = 1000, message = "Bitte fassen Sie die Quelle in höchstens 1000 Zeichen.")
        String source;
    }

    /** The form filled in from the stored document, with a row for every type, setting and area. */
    static SettingsForm of(SettingsDocument d, List<Area> areas) {
        SettingsForm form = new SettingsForm();
        for (String type : PlanningSettings.PLACE_TYPES) {
            BenchmarkRow row = new BenchmarkRow();
            SettingsDocument.BenchmarkEntry b = d.benchmarks() == null ? null : d.benchmarks().get(type);
            if (b != null) {
                row.method = b.method() == null ? "" : b.method().name();
                row.value = b.value();
                row.ageFrom = b.ageFrom();
                row.source = b.source();
            }
            form.benchmarks.put(type, row);
        }
        for (Setting setting : SHARE_SETTINGS) {
            GradeShares g = new GradeShares();
            Map<String, Double> stored = d.pflegegradShares() == null ? null : d.pflegegradShares().get(setting.code());
            for (int grade : GRADES) {
                Double share = stored == null ? null : stored.get(String.valueOf(grade));
                g.percent.put(String.valueOf(grade), share == null ? null : percent(share));
            }
            g.source = d.pflegegradSources() == null ? null : d.pflegegradSources().get(setting.code());
            form.shares.put(setting.code(), g);
        }
        form.staffPerClient = d.ambulantStaffPerClient();
        form.staffUnit = d.ambulantStaffUnit() == null ? "headcount" : d.ambulantStaffUnit();
        form.staffSource = d.ambulantStaffSource();
        if (d.existingStaff() != null) {
            form.existingStationaryStaff = d.existingStaff().get(Setting.VOLLSTATIONAER.code());
            form.existingAmbulantStaff = d.existingStaff().get(Setting.AMBULANT.code());
        }
        PlanningSettings.AccessibilityParameters a = d.toSettings().accessibility();
        form.detourFactor = a.detourFactor();
        form.speedKmh = a.speedKmh();
        form.thresholdMinutes = a.thresholdMinutes();
        if (d.scenarios() != null) {
            form.trendPercent = d.scenarios().trendRate() == null ? null : percent(d.scenarios().trendRate());
            form.shiftPercent = d.scenarios().shiftShare() == null ? null : percent(d.scenarios().shiftShare());
            form.shiftTargetYear = d.scenarios().shiftTargetYear();
        }
        for (Area area : areas) {
            form.rooms.put(area.key(), "");
        }
        if (d.planungsraeume() != null) {
            d.planungsraeume().forEach((name, keys) -> keys.forEach(key -> form.rooms.put(key, name)));
        }
        return form;
    }

    /**
     * The document to store. What needs several fields together (a method needs a value and a source,
     * shares add up to 100 %) goes into {@code errors}, keyed by field path, which already holds binding and validation errors.
     */
    SettingsDocument toDocument(Map<String, String> errors) {
        Map<String, SettingsDocument.BenchmarkEntry> marks = new LinkedHashMap<>();
        benchmarks.forEach((type, row) -> {
            String path = "benchmarks[" + type + "]";
            if (row.method == null || row.method.isBlank()) {
                if (!row.blank()) {
                    errors.putIfAbsent(path + ".method", "Bitte wählen Sie eine Methode, oder leeren Sie Wert und Quelle.");
                }
                return;
            }
            BenchmarkMethod method;
            try {
                method = BenchmarkMethod.valueOf(row.method);
            } catch (IllegalArgumentException e) {
                errors.putIfAbsent(path + ".method", "Bitte wählen Sie eine der angebotenen Methoden.");
                return;
            }
            if (row.value == null) {
                errors.putIfAbsent(path + ".value", "Bitte geben Sie einen Wert an.");
            } else if (method == BenchmarkMethod.OCCUPANCY && row.value > 1) {
                errors.putIfAbsent(path + ".value", "Die Auslastung ist ein Anteil bis 1, z. B. 0,95.");
            }
            if (method == BenchmarkMethod.PER_100_RESIDENTS && row.ageFrom == null) {
                errors.putIfAbsent(path + ".ageFrom", "Bitte nennen Sie das Alter, ab dem gezählt wird, z. B. 65 oder 80.");
            }
            if (row.source == null || row.source.isBlank()) {
                errors.putIfAbsent(path + ".source", "Jeder Richtwert braucht eine Quelle.");
            }
            marks.put(type, new SettingsDocument.BenchmarkEntry(method, row.value,
                    method == BenchmarkMethod.PER_100_RESIDENTS ? row.ageFrom : null, row.source == null ? null : row.source.strip()));
        });
        Map<String, Map<String, Double>> grades = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        shares.forEach((code, g) -> {
            Map<String, Double> byGrade = new TreeMap<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<String, Double> e : g.percent.entrySet()) {
                if (e.getValue() != null) {
                    byGrade.put(e.getKey(), BigDecimal.valueOf(e.getValue()).movePointLeft(2).doubleValue());
                    sum = sum.add(BigDecimal.valueOf(e.getValue()));
                }
            }
            if (!byGrade.isEmpty() && sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(BigDecimal.ONE) > 0) {
                errors.putIfAbsent("shares[" + code + "].percent[1]",
                        "Die Anteile ergeben zusammen " + sum.stripTrailingZeros().toPlainString().replace('.', ',') + " % statt 100 %.");
            }
            if (!byGrade.isEmpty()) {
                grades.put(code, byGrade);
                sources.put(code, g.source == null ? "" : g.source.strip());
            }
        });
        Map<String, List<String>> raeume = new LinkedHashMap<>();
        rooms.forEach((key, name) -> {
            if (name != null && !name.isBlank()) {
                raeume.computeIfAbsent(name.strip(), n -> new java.util.ArrayList<>()).add(key);
            }
        });
        Map<String, Double> existing = new LinkedHashMap<>();
        if (existingStationaryStaff != null) {
            existing.put(Setting.VOLLSTATIONAER.code(), existingStationaryStaff);
        }
        if (existingAmbulantStaff != null) {
            existing.put(Setting.AMBULANT.code(), existingAmbulantStaff);
        }
        if (!"headcount".equals(staffUnit) && !"fte".equals(staffUnit)) {
            errors.putIfAbsent("staffUnit", "Bitte wählen Sie Köpfe oder Vollzeitäquivalente.");
        }
        return new SettingsDocument(marks, grades, sources, staffPerClient, staffUnit, blankToNull(staffSource),
                new SettingsDocument.AccessibilityEntry(detourFactor, speedKmh, thresholdMinutes), raeume,
                new SettingsDocument.ScenarioEntry(trendPercent == null ? null : share(trendPercent),
                        shiftPercent == null ? null : share(shiftPercent), shiftTargetYear), existing);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static double percent(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).doubleValue();
    }

    private static double share(double percent) {
        return BigDecimal.valueOf(percent).movePointLeft(2).doubleValue();
    }
}
