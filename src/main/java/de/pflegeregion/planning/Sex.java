package de.pflegeregion.planning;

/** Sex as the population and quota tables count it (GENESIS codes GESM/GESW, template m/w). */
public enum Sex {
    MALE("m", "männlich"),
    FEMALE("w", "weiblich");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** m/w; null for anything else. */
    public static Sex ofCode(String code) {
        for (Sex sex : values()) {
            if (sex.code.equalsIgnoreCase(code)) {
                return sex;
            }
        }
        return null;
    }
}
