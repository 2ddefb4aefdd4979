package de.pflegeregion.network.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.pflegeregion.network.Measure;
import de.pflegeregion.network.MeasureDraft;
import de.pflegeregion.network.MeasureKind;
import de.pflegeregion.network.MeasureStatus;
import de.pflegeregion.platform.InvalidInput;

/**
 * The measure form as Spring binds it: every field as typed (so nothing is lost on an error), checked by
 * Bean Validation with messages naming the field, then converted in {@link #toDraft}.
 */
public class MeasureForm {

    static final String DATE = "(\\d{4}-\\d{2}-\\d{2})?";
    static final String DECIMAL = "(-?\\d{1,3}(\\.?\\d{3})*(,\\d+)?|-?\\d+([.,]\\d+)?)?";

    private String parent = "";
    private String kind = "massnahme";
    @NotBlank(message = "Handlungsfeld: Bitte wählen Sie ein Handlungsfeld.")
    private String handlungsfeld = "";
    @NotBlank(message = "Titel: Bitte geben Sie der Maßnahme einen Titel.")
    @Size(max = 300, message = "Titel: Bitte höchstens 300 Zeichen.")
    private String titel = "";
    @Size(max = 4000, message = "Beschreibung: Bitte höchstens 4000 Zeichen.")
    private String beschreibung = "";
    @Size(max = 300, message = "Federführung: Bitte höchstens 300 Zeichen.")
    private String federfuehrung = "";
    @Size(max = 2000, message = "Partner: Bitte höchstens 2000 Zeichen.")
    private String partner = "";
    @Pattern(regexp = DATE, message = "Beginn: Bitte ein Datum wie 2027-03-01.")
    @PlausibleDate(message = "Beginn: Bitte ein Datum zwischen 1900 und 2100.")
    private String beginn = "";
    @Pattern(regexp = DATE, message = "Ende: Bitte ein Datum wie 2028-12-31.")
    @PlausibleDate(message = "Ende: Bitte ein Datum zwischen 1900 und 2100.")
    private String ende = "";
    private String status = "geplant";
    @Pattern(regexp = "(\\d{1,3})?", message = "Fortschritt: Bitte eine ganze Zahl von 0 bis 100, oder leer für den Wert des Status.")
    private String fortschritt = "";
    @Pattern(regexp = DECIMAL, message = "Gewicht: Bitte eine Zahl größer als 0, z. B. 1 oder 2,5.")
    @DecimalText(min = "0.01", max = "999999.99", message = "Gewicht: Bitte eine Zahl von 0,01 bis 999.999,99.")
    private String gewicht = "1";
    @Pattern(regexp = DECIMAL, message = "Budget: Bitte einen Betrag in Euro, z. B. 12.500,00.")
    @DecimalText(min = "0", max = "999999999999.99", message = "Budget: Bitte einen Betrag von 0 bis 999.999.999.999,99 Euro.")
    private String budget = "";
    @Size(max = 1000, message = "Finanzierung: Bitte höchstens 1000 Zeichen.")
    private String finanzierung = "";
    @Size(max = 300, message = "Beschluss: Bitte höchstens 300 Zeichen.")
    private String beschluss = "";
    @Size(max = 300, message = "Indikator: Bitte höchstens 300 Zeichen.")
    private String indikator = "";
    @Size(max = 60, message = "Einheit: Bitte höchstens 60 Zeichen.")
    private String einheit = "";
    @Pattern(regexp = DECIMAL, message = "Ausgangswert: Bitte eine Zahl, z. B. 4 oder 3,5.")
    @DecimalText(min = "-999999999999.99", max = "999999999999.99", message = "Ausgangswert: Bitte höchstens zwölf Stellen vor dem Komma.")
    private String ausgangswert = "";
    @Pattern(regexp = DECIMAL, message = "Zielwert: Bitte eine Zahl, z. B. 19.")
    @DecimalText(min = "-999999999999.99", max = "999999999999.99", message = "Zielwert: Bitte höchstens zwölf Stellen vor dem Komma.")
    private String zielwert = "";
    @Pattern(regexp = DATE, message = "Zieldatum: Bitte ein Datum wie 2028-12-31.")
    @PlausibleDate(message = "Zieldatum: Bitte ein Datum zwischen 1900 und 2100.")
    private String zieldatum = "";
    @Size(max = 60, message = "Angebotsart der Lücke: Bitte höchstens 60 Zeichen.")
    private String lueckeAngebotsart = "";
    @Size(max = 100, message = "Gebiet der Lücke: Bitte höchstens 100 Zeichen.")
    private String lueckeGebiet = "";
    private boolean veroeffentlicht;
    private int version;

    static MeasureForm of(Measure m) {
        MeasureForm f = new MeasureForm();
        f.parent = m.parentId() == null ? "" : m.parentId().toString();
        f.kind = m.kind().code();
        f.handlungsfeld = m.handlungsfeld();
        f.titel = m.title();
        f.beschreibung = m.description();
        f.federfuehrung = m.ownerName();
        f.partner = m.partners();
        f.beginn = m.start() == null ? "" : m.start().toString();
        f.ende = m.end() == null ? "" : m.end().toString();
        f.status = m.status().code();
        f.fortschritt = m.progress() == null ? "" : m.progress().toString();
        f.gewicht = show(m.weight());
        f.budget = show(m.budget());
        f.finanzierung = m.funding();
        f.beschluss = m.decisionRef();
        f.indikator = m.indicatorName();
        f.einheit = m.indicatorUnit();
        f.ausgangswert = show(m.indicatorBaseline());
        f.zielwert = show(m.indicatorTarget());
        f.zieldatum = m.indicatorDeadline() == null ? "" : m.indicatorDeadline().toString();
        f.lueckeAngebotsart = m.gapOfferType() == null ? "" : m.gapOfferType();
        f.lueckeGebiet = m.gapArea() == null ? "" : m.gapArea();
        f.veroeffentlicht = m.published();
        f.version = m.version();
        return f;
    }

    /** The checked draft; what Bean Validation cannot say (a status or kind not in the list) is an {@link InvalidInput}. */
    MeasureDraft toDraft() {
        MeasureKind k = MeasureKind.ofCode(kind).orElseThrow(() -> new InvalidInput("kind", "Art: Bitte wählen Sie Ziel, Maßnahme oder Teilmaßnahme."));
        MeasureStatus s = MeasureStatus.ofCode(status).orElseThrow(() -> new InvalidInput("status", "Status: Bitte wählen Sie einen Status aus der Liste."));
        Long parentId = parent == null || parent.isBlank() ? null : parseId(parent);
        return new MeasureDraft(parentId, k, handlungsfeld.strip(), titel, beschreibung, federfuehrung, null, partner, date(beginn, "beginn", "Beginn"),
                date(ende, "ende", "Ende"), s, fortschritt.isBlank() ? null : Integer.valueOf(fortschritt.strip()), decimal(gewicht), decimal(budget),
                finanzierung, beschluss, indikator, einheit, decimal(ausgangswert), decimal(zielwert), date(zieldatum, "zieldatum", "Zieldatum"),
                blankToNull(lueckeAngebotsart), blankToNull(lueckeGebiet), veroeffentlicht);
    }

    static Long parseId(String s) {
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("parent", "Übergeordnet: Bitte wählen Sie aus der Liste.");
        }
    }

    static LocalDate date(String s, String field, String label) {
        if (s == null || s.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, label + ": Dieses Datum gibt es nicht; bitte wie 2027-03-01.");
        }
        if (!PlausibleDate.Years.plausible(day)) {
            throw new InvalidInput(field, label + ": Bitte ein Datum zwischen 1900 und 2100.");
        }
        return day;
    }

    /** German ("12.500,5") or plain ("12500.5") decimals. */
    static BigDecimal decimal(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.contains(",")) {
            t = t.replace(".", "").replace(',', '.');
        } else if (t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", "");
        }
        return new BigDecimal(t);
    }

    static String show(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }


    public String getParent() { return parent; }
    public void setParent(String parent) { this.parent = parent; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getHandlungsfeld() { return handlungsfeld; }
    public void setHandlungsfeld(String handlungsfeld) { this.handlungsfeld = handlungsfeld; }
    public String getTitel() { return titel; }
    public void setTitel(String titel) { this.titel = titel; }
    public String getBeschreibung() { return beschreibung; }
    public void setBeschreibung(String beschreibung) { this.beschreibung = beschreibung; }
    public String getFederfuehrung() { return federfuehrung; }
    public void setFederfuehrung(String federfuehrung) { this.federfuehrung = federfuehrung; }
    public String getPartner() { return partner; }
    public void setPartner(String partner) { this.partner = partner; }
    public String getBeginn() { return beginn; }
    public void setBeginn(String beginn) { this.beginn = beginn; }
    public String getEnde() { return ende; }
    public void setEnde(String ende) { this.ende = ende; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getFortschritt() { return fortschritt; }
    public void setFortschritt(String fortschritt) { this.fortschritt = fortschritt; }
    public String getGewicht() { return gewicht; }
    public void setGewicht(String gewicht) { this.gewicht = gewicht; }
    public String getBudget() { return budget; }
    public void setBudget(String budget) { this.budget = budget; }
    public String getFinanzierung() { return finanzierung; }
    public void setFinanzierung(String finanzierung) { this.finanzierung = finanzierung; }
    public String getBeschluss() { return beschluss; }
    public void setBeschluss(String beschluss) { this.beschluss = beschluss; }
    public String getIndikator() { return indikator; }
    public void setIndikator(String indikator) { this.indikator = indikator; }
    public String getEinheit() { return einheit; }
    public void setEinheit(String einheit) { this.einheit = einheit; }
    public String getAusgangswert() { return ausgangswert; }
    public void setAusgangswert(String ausgangswert) { this.ausgangswert = ausgangswert; }
    public String getZielwert() { return zielwert; }
    public void setZielwert(String zielwert) { this.zielwert = zielwert; }
    public String getZieldatum() { return zieldatum; }
    public void setZieldatum(String zieldatum) { this.zieldatum = zieldatum; }
    public String getLueckeAngebotsart() { return lueckeAngebotsart; }
    public void setLueckeAngebotsart(String lueckeAngebotsart) { this.lueckeAngebotsart = lueckeAngebotsart; }
    public String getLueckeGebiet() { return lueckeGebiet; }
    public void setLueckeGebiet(String lueckeGebiet) { this.lueckeGebiet = lueckeGebiet; }
    public boolean isVeroeffentlicht() { return veroeffentlicht; }
    public void setVeroeffentlicht(boolean veroeffentlicht) { this.veroeffentlicht = veroeffentlicht; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
