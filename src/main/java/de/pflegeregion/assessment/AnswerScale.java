package de.pflegeregion.assessment;

import java.util.List;

/**
 * The answer scales of the Begutachtungsinstrument (Anlage 1 SGB XI; level meanings as defined in
 * the Begutachtungs-Richtlinien and explained in the Einschätzungsbogen of the Landkreis
 * Pfaffenhofen, paraphrased). Ordinal scales are answered with a category index, frequency scales
 * with counts per day, week or month.
 */
public enum AnswerScale {

    /** Modules 1, 4 (4.1–4.12), 6, 7 and 8. */
    SELBSTAENDIGKEIT(List.of(
            new AnswerLevel(0, "selbständig",
                    "Die Person kann die Handlung in der Regel allein durchführen, eventuell mit Hilfsmitteln."),
            new AnswerLevel(1, "überwiegend selbständig",
                    "Die Person schafft den größten Teil allein; nötig ist nur punktuelle Hilfe, zum Beispiel Zurechtlegen, "
                            + "eine Aufforderung, teilweise Beaufsichtigung oder Anwesenheit wegen Sturzgefahr."),
            new AnswerLevel(2, "überwiegend unselbständig",
                    "Die Person kann nur einen kleinen Teil selbst beitragen; eine andere Person muss ständig anleiten, "
                            + "beaufsichtigen oder große Teile der Handlung übernehmen."),
            new AnswerLevel(3, "unselbständig",
                    "Die Person kann die Handlung in der Regel weder selbst durchführen noch steuern, auch nicht in Teilen.")),
            false),

    /** Criterion 5.16: like {@link #SELBSTAENDIGKEIT}, but the first category reads "entfällt oder selbständig". */
    SELBSTAENDIGKEIT_ODER_ENTFAELLT(List.of(
            new AnswerLevel(0, "entfällt oder selbständig",
                    "Es gibt keine solche Vorschrift, oder die Person hält sie ohne Hilfe ein."),
            new AnswerLevel(1, "überwiegend selbständig",
                    "Die Person hält die Vorschrift meist allein ein; gelegentlich braucht sie eine Erinnerung oder Kontrolle."),
            new AnswerLevel(2, "überwiegend unselbständig",
                    "Die Person braucht meistens Anleitung, Beaufsichtigung oder Kontrolle, um die Vorschrift einzuhalten."),
            new AnswerLevel(3, "unselbständig",
                    "Die Person kann die Vorschrift ohne ständige Hilfe durch andere nicht einhalten.")),
            false),

    /** Module 2. */
    FAEHIGKEIT(List.of(
            new AnswerLevel(0, "Fähigkeit vorhanden/unbeeinträchtigt",
                    "Die Fähigkeit ist (nahezu) vollständig vorhanden."),
            new AnswerLevel(1, "Fähigkeit größtenteils vorhanden",
                    "Die Fähigkeit ist meistens oder in den meisten Situationen da; Schwierigkeiten gibt es erst bei höheren "
                            + "oder komplexeren Anforderungen."),
            new AnswerLevel(2, "Fähigkeit in geringem Maße vorhanden",
                    "Die Fähigkeit ist stark beeinträchtigt, aber erkennbar vorhanden; es gibt häufig Schwierigkeiten, "
                            + "nur geringe Anforderungen werden bewältigt."),
            new AnswerLevel(3, "Fähigkeit nicht vorhanden",
                    "Die Fähigkeit fehlt oder ist nur in sehr geringem Maße oder sehr selten vorhanden.")),
            false),

    /** Module 3: how often personal support is needed because of the behaviour (Anlage 1, Modul 3). */
    HAEUFIGKEIT(List.of(
            new AnswerLevel(0, "nie oder sehr selten",
                    "Hilfe durch andere ist deswegen nicht oder nur sehr vereinzelt nötig."),
            new AnswerLevel(1, "selten",
                    "Hilfe ist ein- bis dreimal innerhalb von zwei Wochen nötig."),
            new AnswerLevel(2, "häufig",
                    "Hilfe ist zweimal bis mehrmals in der Woche nötig, aber nicht täglich."),
            new AnswerLevel(3, "täglich",
                    "Hilfe ist jeden Tag nötig.")),
            false),

    /** Criterion 4.13 (Anlage 1: entfällt 0, teilweise 6, vollständig 3 Einzelpunkte). */
    SONDENERNAEHRUNG(List.of(
            new AnswerLevel(0, "entfällt",
                    "Keine tägliche Ernährung über Sonde oder Vene auf Dauer, oder die Person versorgt sich damit selbst "
                            + "(auch: nicht täglich oder nicht auf Dauer)."),
            new AnswerLevel(1, "teilweise",
                    "Täglich Ernährung über Sonde oder Vene mit Hilfe, zusätzlich zum Essen und Trinken über den Mund."),
            new AnswerLevel(2, "vollständig",
                    "Die Ernährung erfolgt ausschließlich oder nahezu ausschließlich über Sonde oder Vene.")),
            false),

    /** Criterion 4.K, children up to 18 months. */
    JA_NEIN(List.of(
            new AnswerLevel(0, "nein", "Es bestehen keine gravierenden Probleme bei der Nahrungsaufnahme."),
            new AnswerLevel(1, "ja",
                    "Die Nahrungsaufnahme ist so schwierig, dass der Aufwand das für das Alter übliche Maß in Häufigkeit "
                            + "oder Zeit deutlich übersteigt.")),
            false),

    /** Criteria 5.1–5.11: measures per day, week or month the person cannot carry out alone. */
    MASSNAHMEN(List.of(), true),

    /** Criterion 5.12: daily (60 points), per week (× 8.6) or per month (× 2). */
    ZEIT_UND_TECHNIKINTENSIV(List.of(), true),

    /** Criteria 5.13–5.15 and 5.K: visits per week or month. */
    BESUCHE(List.of(), true);

    private final List<AnswerLevel> levels;
    private final boolean frequency;

    AnswerScale(List<AnswerLevel> levels, boolean frequency) {
        this.levels = levels;
        this.frequency = frequency;
    }

    /** The categories of an ordinal scale, index 0 first; empty for frequency scales. */
    public List<AnswerLevel> levels() {
        return levels;
    }

    public boolean isFrequency() {
        return frequency;
    }

    /** Highest valid category index of an ordinal scale. */
    public int maxIndex() {
        return levels.size() - 1;
    }
}
