package de.pflegeregion.planning.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;

import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.ScenarioVariant;

/**
 * The form of a saved scenario variant, bound like the settings form (German decimals); rates and
 * shares are typed in percent as planners read them. Both kinds' fields are on the page (no
 * JavaScript); only the chosen kind's are read.
 */
class VariantForm {

    static final String ATTRIBUTE = "variante";

    /** Field → label; every error names its field with it. */
    static final Map<String, String> LABELS = labels();

    String name;
    String kind = Scenario.TREND.code();
    @DecimalMin(value = "-19.9", message = "Bitte geben Sie eine Veränderung zwischen −19,9 und 19,9 % je Jahr an, z. B. −0,5.")
    @DecimalMax(value = "19.9", message = "Bitte geben Sie eine Veränderung zwischen −19,9 und 19,9 % je Jahr an, z. B. −0,5.")
    Double trendPercent;
    @DecimalMin(value = "0", message = "Bitte geben Sie einen Anteil von 0 bis 100 % an.")
    @DecimalMax(value = "100", message = "Bitte geben Sie einen Anteil von 0 bis 100 % an.")
    Double shiftPercent;
    Integer shiftTargetYear;
    String note;

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("name", "Name der Variante");
        labels.put("kind", "Art der Variante");
        labels.put("trendPercent", "Trend: Veränderung der Pflegequoten in % je Jahr");
        labels.put("shiftPercent", "Ambulant vor stationär: Anteil der Heimbewohner in %");
        labels.put("shiftTargetYear", "Ambulant vor stationär: erreicht im Jahr");
        labels.put("note", "Quelle oder Anmerkung");
        return labels;
    }

    static VariantForm of(ScenarioVariant v) {
        VariantForm form = new VariantForm();
        form.name = v.name();
        form.kind = v.kind().code();
        form.trendPercent = v.trendRate() == null ? null : BigDecimal.valueOf(v.trendRate()).movePointRight(2).doubleValue();
        form.shiftPercent = v.shiftShare() == null ? null : BigDecimal.valueOf(v.shiftShare()).movePointRight(2).doubleValue();
        form.shiftTargetYear = v.shiftTargetYear();
        form.note = v.note();
        return form;
    }

    /** The binding result of a form filled in from a saved variant, read by the page like a posted one. */
    static BindingResult view(VariantForm form) {
        return SettingsFormBinding.configure(new DataBinder(form, ATTRIBUTE)).getBindingResult();
    }

    /**
     * The variant to save (its slug is the store's business), or null with {@code errors} saying what is
     * missing for the chosen kind; {@code errors} already holds binding and validation errors.
     */
    ScenarioVariant toDraft(Map<String, String> errors) {
        // the variant's own check says the same; here it comes together with the other fields' errors
        if (name == null || name.isBlank()) {
            errors.putIfAbsent("name", "Bitte geben Sie der Variante einen Namen.");
        } else if (name.strip().length() > ScenarioVariant.NAME_MAX) {
            errors.putIfAbsent("name", "Der Name ist " + name.strip().length() + " Zeichen lang; bitte höchstens " + ScenarioVariant.NAME_MAX + ".");
        }
        Scenario scenario = kind == null ? null : Scenario.ofCode(kind);
        if (scenario == null || scenario == Scenario.STATUS_QUO) {
            errors.putIfAbsent("kind", "Bitte wählen Sie Trend oder ambulant vor stationär.");
            return null;
        }
        if (scenario == Scenario.TREND && trendPercent == null) {
            errors.putIfAbsent("trendPercent", "Bitte geben Sie die jährliche Veränderung in % an, z. B. −0,5.");
        }
        if (scenario == Scenario.AMBULANT_VOR_STATIONAER && shiftPercent == null) {
            errors.putIfAbsent("shiftPercent", "Bitte geben Sie den Anteil in % an, z. B. 20.");
        }
        if (scenario == Scenario.AMBULANT_VOR_STATIONAER && shiftTargetYear == null) {
            errors.putIfAbsent("shiftTargetYear", "Bitte geben Sie das Jahr an, in dem der Anteil erreicht ist, z. B. 2035.");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return scenario == Scenario.TREND
                ? new ScenarioVariant(null, name, scenario, BigDecimal.valueOf(trendPercent).movePointLeft(2).doubleValue(), null, null, note)
                : new ScenarioVariant(null, name, scenario, null, BigDecimal.valueOf(shiftPercent).movePointLeft(2).doubleValue(),
                        shiftTargetYear, note);
    }

    /** The form field of a field the variant check named. */
    static String formField(String checkedField) {
        return switch (checkedField) {
            case "trendRate" -> "trendPercent";
            case "shiftShare" -> "shiftPercent";
            case "shiftTargetYear", "kind", "note" -> checkedField;
            default -> "name";
        };
    }

    /** Each field as the page shows it: label, value as typed, error. */
    static Map<String, SettingsView.Field> fields(BindingResult binding, Map<String, String> errors) {
        Map<String, SettingsView.Field> fields = new LinkedHashMap<>();
        LABELS.forEach((path, label) -> {
            Object value = binding.getFieldValue(path);
            fields.put(path, new SettingsView.Field(path, path, label, value == null ? "" : value.toString(), errors.get(path)));
        });
        return fields;
    }

    /** For the summary at the top: field id → message naming the field. */
    static Map<String, String> summary(Map<String, String> errors) {
        Map<String, String> named = new LinkedHashMap<>();
        errors.forEach((path, message) -> named.put(path, LABELS.getOrDefault(path, "Variante") + ": " + message));
        return named;
    }
}
