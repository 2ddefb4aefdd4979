package de.pflegeregion.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * Urinary or faecal continence. Anlage 1 SGB XI: 4.11 and 4.12 count only if the person is
 * "überwiegend inkontinent" or "vollständig inkontinent" or has a künstliche Ableitung.
 */
public enum Continence {
    KONTINENT("kontinent", "kontinent"),
    UEBERWIEGEND_KONTINENT("ueberwiegend-kontinent", "überwiegend kontinent"),
    UEBERWIEGEND_INKONTINENT("ueberwiegend-inkontinent", "überwiegend inkontinent"),
    VOLLSTAENDIG_INKONTINENT("vollstaendig-inkontinent", "vollständig inkontinent"),
    KUENSTLICHE_ABLEITUNG("kuenstliche-ableitung", "künstliche Ableitung (Dauerkatheter, Urostoma oder Stoma)");

    private final String code;
    private final String label;

    Continence(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether criterion 4.11 (urinary) or 4.12 (faecal) is scored at all. */
    public boolean countsForSelfCare() {
        return this == UEBERWIEGEND_INKONTINENT || this == VOLLSTAENDIG_INKONTINENT || this == KUENSTLICHE_ABLEITUNG;
    }

    public static Optional<Continence> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
