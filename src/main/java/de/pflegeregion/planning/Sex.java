package de.pflegeregion.planning;

/** Sex as the population and quota tables count it (GENESIS codes GESM/GESW, template m/w). */
public enum Sex implements Coded {
    MALE("m", "männlich"),
    FEMALE("w", "weiblich");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** m/w; null for anything else. */
    public static Sex ofCode(String code) {
        return Coded.byCode(Sex.class, code == null ? null : code.toLowerCase(java.util.Locale.ROOT));
    }
}
