package de.pflegeregion.network.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The forms of the Kümmerer page as Spring binds them: text as typed, checked by Bean Validation with messages
 * naming the field (the limits are the columns of V56), so every bad field is named at once.
 */
final class KuemmererForms {

    private KuemmererForms() {
    }

    record KuemmererForm(
            @Pattern(regexp = "\\d{8}", message = "Gemeinde: Bitte wählen Sie eine Gemeinde des Kreises.") String gemeinde,
            @Size(max = 200, message = "Name der Gemeinde: Bitte höchstens 200 Zeichen.") String gemeindeName,
            @Size(max = 200, message = "Name: Bitte höchstens 200 Zeichen.") String name,
            @NotBlank(message = "Funktion: Bitte geben Sie die Funktion an, z. B. Seniorenbeauftragte der Gemeinde.")
            @Size(max = 200, message = "Funktion: Bitte höchstens 200 Zeichen.") String funktion,
            @Size(max = 500, message = "Erreichbar: Bitte höchstens 500 Zeichen.") String erreichbar,
            @Pattern(regexp = MeasureForm.DATE, message = "Seit: Bitte ein Datum wie 2027-03-01.")
            @PlausibleDate(message = "Seit: Bitte ein Datum zwischen 1900 und 2100.") String seit,
            @Pattern(regexp = MeasureForm.DATE, message = "Bis: Bitte ein Datum wie 2028-12-31.")
            @PlausibleDate(message = "Bis: Bitte ein Datum zwischen 1900 und 2100.") String bis) {

        KuemmererForm {
            gemeinde = FormText.strip(gemeinde);
            gemeindeName = FormText.strip(gemeindeName);
            name = FormText.strip(name);
            funktion = FormText.strip(funktion);
            erreichbar = FormText.strip(erreichbar);
            seit = FormText.strip(seit);
            bis = FormText.strip(bis);
        }

        /** What no single field can say: the Gemeinde of another county, a missing way to reach a person, an end before the start. */
        Map<String, String> together(String kreisAgs) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (gemeinde.matches("\\d{8}") && !gemeinde.startsWith(kreisAgs)) {
                errors.put("gemeinde", "Gemeinde: Bitte wählen Sie eine Gemeinde des Kreises.");
            }
            if (!name.isEmpty() && erreichbar.isEmpty()) {
                errors.put("erreichbar", "Erreichbar: Bitte geben Sie an, wie man die Person erreicht (Telefon, E-Mail, Sprechzeiten).");
            }
            LocalDate from = FormText.day(seit, "seit", "Seit", errors);
            LocalDate until = FormText.day(bis, "bis", "Bis", errors);
            if (from != null && until != null && until.isBefore(from)) {
                errors.putIfAbsent("bis", "Bis: Das Ende liegt vor dem Beginn.");
            }
            return errors;
        }

        LocalDate since() {
            return MeasureForm.date(seit, "seit", "Seit");
        }

        LocalDate until() {
            return MeasureForm.date(bis, "bis", "Bis");
        }
    }

    record FallbackForm(
            @NotBlank(message = "Stelle oder Person: Bitte geben Sie die Stelle oder Person an, z. B. Pflegestützpunkt des Landkreises.")
            @Size(max = 200, message = "Stelle oder Person: Bitte höchstens 200 Zeichen.") String stelle,
            @NotBlank(message = "Funktion: Bitte geben Sie die Funktion an.")
            @Size(max = 200, message = "Funktion: Bitte höchstens 200 Zeichen.") String stelleFunktion,
            @NotBlank(message = "Erreichbar: Bitte geben Sie an, wie man die Stelle erreicht (Telefon, E-Mail, Sprechzeiten).")
            @Size(max = 500, message = "Erreichbar: Bitte höchstens 500 Zeichen.") String stelleErreichbar) {
    }
}
