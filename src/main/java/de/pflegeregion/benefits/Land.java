package de.pflegeregion.benefits;

import java.util.Locale;
import java.util.Optional;

/** The 16 Länder by their official two-letter code. */
public enum Land {
    BW("Baden-Württemberg"), BY("Bayern"), BE("Berlin"), BB("Brandenburg"), HB("Bremen"), HH("Hamburg"),
    HE("Hessen"), MV("Mecklenburg-Vorpommern"), NI("Niedersachsen"), NW("Nordrhein-Westfalen"),
    RP("Rheinland-Pfalz"), SL("Saarland"), SN("Sachsen"), ST("Sachsen-Anhalt"), SH("Schleswig-Holstein"),
    TH("Thüringen");

    private final String germanName;

    Land(String germanName) {
        this.germanName = germanName;
    }

    public String germanName() {
        return germanName;
    }

    public static Optional<Land> fromCode(String code) {
        for (Land land : values()) {
            if (land.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(land);
            }
        }
        return Optional.empty();
    }
}
