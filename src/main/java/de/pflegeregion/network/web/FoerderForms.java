package de.pflegeregion.network.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.pflegeregion.network.FoerderNetzwerk45c;
import de.pflegeregion.network.internal.FoerderRegister;

/**
 * The forms of the Förderung page as Spring binds them: text as typed, checked by Bean Validation with messages
 * naming the field (the limits are the columns of V57), so every bad field is named at once.
 */
final class FoerderForms {

    /** A euro amount (the € sign is dropped before the check): German (12.500,00) or plain (12500.00). */
    static final String EURO = MeasureForm.DECIMAL;
    static final String MAX_EURO = "999999999999.99";

    private FoerderForms() {
    }

    record ProgrammeForm(
            @NotBlank(message = "Name: Bitte geben Sie den Namen des Förderprogramms an.")
            @Size(max = 300, message = "Name: Bitte höchstens 300 Zeichen.") String name,
            @NotBlank(message = "Fördergeber: Bitte geben Sie an, wer fördert.")
            @Size(max = 300, message = "Fördergeber: Bitte höchstens 300 Zeichen.") String geber,
            @Size(max = 300, message = "Rechtsgrundlage: Bitte höchstens 300 Zeichen.") String rechtsgrundlage,
            @Pattern(regexp = MeasureForm.DATE, message = "Antragsfrist: Bitte ein Datum wie 2027-03-01.")
            @PlausibleDate(message = "Antragsfrist: Bitte ein Datum zwischen 1900 und 2100.") String frist,
            @Pattern(regexp = EURO, message = "Höchstbetrag: Bitte einen Betrag wie 12.500,00.")
            @DecimalText(min = "0", max = MAX_EURO, message = "Höchstbetrag: Bitte einen Betrag von 0 bis 999.999.999.999,99 Euro.") String hoechstbetrag,
            @Pattern(regexp = MeasureForm.DECIMAL, message = "Förderanteil: Bitte eine Zahl von 0 bis 100 Prozent.")
            @DecimalText(min = "0", max = "100", message = "Förderanteil: Bitte eine Zahl von 0 bis 100 Prozent.") String anteil,
            @Size(max = 4000, message = "Bedingungen: Bitte höchstens 4000 Zeichen.") String bedingungen,
            @Pattern(regexp = "|https?://\\S+", message = "Link: Bitte eine Adresse, die mit https:// beginnt.")
            @Size(max = 500, message = "Link: Bitte höchstens 500 Zeichen.") String link) {

        ProgrammeForm {
            name = FormText.strip(name);
            geber = FormText.strip(geber);
            rechtsgrundlage = FormText.strip(rechtsgrundlage);
            frist = FormText.strip(frist);
            hoechstbetrag = FormText.withoutEuroSign(hoechstbetrag);
            anteil = FormText.strip(anteil);
            bedingungen = FormText.strip(bedingungen);
            link = FormText.strip(link);
        }

        Map<String, String> together() {
            Map<String, String> errors = new LinkedHashMap<>();
            FormText.day(frist, "frist", "Antragsfrist", errors);
            return errors;
        }
    }

    record GrantForm(
            @Pattern(regexp = "\\d{1,18}", message = "Förderprogramm: Bitte wählen Sie ein Programm aus der Liste.") String programm,
            @Pattern(regexp = "|\\d{1,18}", message = "Maßnahme: Bitte wählen Sie eine Maßnahme aus der Liste.") String massnahme,
            @NotBlank(message = "Stand: Bitte wählen Sie einen Stand.") String status,
            @NotBlank(message = "Förderbetrag: Bitte einen Betrag ab 0 Euro, z. B. 12.500,00.")
            @Pattern(regexp = EURO, message = "Förderbetrag: Bitte einen Betrag wie 12.500,00.")
            @DecimalText(min = "0", max = MAX_EURO, message = "Förderbetrag: Bitte einen Betrag von 0 bis 999.999.999.999,99 Euro.") String betrag,
            @Pattern(regexp = EURO, message = "Eigenanteil: Bitte einen Betrag wie 12.500,00.")
            @DecimalText(min = "0", max = MAX_EURO, message = "Eigenanteil: Bitte einen Betrag von 0 bis 999.999.999.999,99 Euro.") String eigenanteil,
            @NotBlank(message = "Zeitraum von: Bitte geben Sie den Beginn der Förderung an.")
            @Pattern(regexp = MeasureForm.DATE, message = "Zeitraum von: Bitte ein Datum wie 2027-03-01.")
            @PlausibleDate(message = "Zeitraum von: Bitte ein Datum zwischen 1900 und 2100.") String von,
            @NotBlank(message = "Zeitraum bis: Bitte geben Sie das Ende der Förderung an.")
            @Pattern(regexp = MeasureForm.DATE, message = "Zeitraum bis: Bitte ein Datum wie 2028-12-31.")
            @PlausibleDate(message = "Zeitraum bis: Bitte ein Datum zwischen 1900 und 2100.") String bis,
            @Pattern(regexp = MeasureForm.DATE, message = "Verwendungsnachweis fällig am: Bitte ein Datum wie 2029-03-31.")
            @PlausibleDate(message = "Verwendungsnachweis fällig am: Bitte ein Datum zwischen 1900 und 2100.") String nachweis) {

        GrantForm {
            programm = FormText.strip(programm);
            massnahme = FormText.strip(massnahme);
            status = FormText.strip(status);
            betrag = FormText.withoutEuroSign(betrag);
            eigenanteil = FormText.withoutEuroSign(eigenanteil);
            von = FormText.strip(von);
            bis = FormText.strip(bis);
            nachweis = FormText.strip(nachweis);
        }

        Map<String, String> together() {
            Map<String, String> errors = new LinkedHashMap<>();
            if (!status.isEmpty() && grantStatus().isEmpty()) {
                errors.put("status", "Stand: Bitte wählen Sie einen Stand aus der Liste.");
            }
            LocalDate from = FormText.day(von, "von", "Zeitraum von", errors);
            LocalDate to = FormText.day(bis, "bis", "Zeitraum bis", errors);
            FormText.day(nachweis, "nachweis", "Verwendungsnachweis fällig am", errors);
            if (from != null && to != null && to.isBefore(from)) {
                errors.putIfAbsent("bis", "Zeitraum bis: Das Ende liegt vor dem Beginn.");
            }
            return errors;
        }

        Optional<FoerderRegister.GrantStatus> grantStatus() {
            return Arrays.stream(FoerderRegister.GrantStatus.values()).filter(s -> s.code().equals(status)).findFirst();
        }

        Long measureId() {
            return massnahme.isEmpty() ? null : Long.valueOf(massnahme);
        }
    }

    /** The § 45c Abs. 9 check; the three tick boxes send "ja" when ticked and nothing otherwise. */
    record CheckForm(
            @Pattern(regexp = "\\d{1,4}", message = "Beteiligte Akteure: Bitte eine ganze Zahl, z. B. 5.") String akteure,
            String vereinbarung, String qualitaet, String kreis,
            @Pattern(regexp = EURO, message = "Beantragt je Jahr: Bitte einen Betrag wie 12.500,00.")
            @DecimalText(min = "0", max = MAX_EURO, message = "Beantragt je Jahr: Bitte einen Betrag von 0 bis 999.999.999.999,99 Euro.") String beantragt,
            @Pattern(regexp = EURO, message = "Netzwerkkosten je Jahr: Bitte einen Betrag wie 12.500,00.")
            @DecimalText(min = "0", max = MAX_EURO, message = "Netzwerkkosten je Jahr: Bitte einen Betrag von 0 bis 999.999.999.999,99 Euro.") String kosten,
            @Pattern(regexp = "\\d{1,2}", message = "Schon geförderte Netzwerke im Kreis: Bitte eine ganze Zahl, z. B. 0.") String gefoerdert,
            @Pattern(regexp = "|\\d{1,8}", message = "Einwohner des Kreises: Bitte eine ganze Zahl, z. B. 131000.") String einwohner,
            @Pattern(regexp = MeasureForm.DATE, message = "Stichtag: Bitte ein Datum wie 2027-03-01.")
            @PlausibleDate(message = "Stichtag: Bitte ein Datum zwischen 1900 und 2100.") String stichtag) {

        CheckForm {
            akteure = FormText.strip(akteure);
            beantragt = FormText.withoutEuroSign(beantragt);
            kosten = FormText.withoutEuroSign(kosten);
            gefoerdert = gefoerdert == null ? "0" : gefoerdert.strip();
            // thousands dots are common in inhabitant numbers (131.000)
            einwohner = FormText.strip(einwohner).replace(".", "");
            stichtag = FormText.strip(stichtag);
        }

        /** The day the rules are read for (today when empty), and whether rules are on file for it. */
        Map<String, String> together(LocalDate today) {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate day = FormText.day(stichtag, "stichtag", "Stichtag", errors);
            if (!errors.containsKey("stichtag") && FoerderNetzwerk45c.on(day == null ? today : day).isEmpty()) {
                errors.put("stichtag", "Stichtag: Für diesen Tag sind keine Regeln des § 45c Abs. 9 SGB XI hinterlegt.");
            }
            return errors;
        }

        LocalDate day(LocalDate today) {
            return stichtag.isEmpty() ? today : LocalDate.parse(stichtag);
        }

        FoerderNetzwerk45c.Application application() {
            return new FoerderNetzwerk45c.Application(Integer.parseInt(akteure), vereinbarung != null, qualitaet != null, kreis != null,
                    MeasureForm.decimal(beantragt), MeasureForm.decimal(kosten), Integer.parseInt(gefoerdert), einwohner.isEmpty() ? null : Integer.valueOf(einwohner));
        }
    }
}
