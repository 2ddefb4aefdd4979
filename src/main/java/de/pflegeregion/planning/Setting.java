package de.pflegeregion.planning;

/** Where people in need of care are cared for, as the Pflegestatistik counts them (§ 109 SGB XI). */
public enum Setting implements Coded {
    /** Pflegegeld only, Pflegegrad 2–5 (§ 37 SGB XI) */
    PFLEGEGELD("pflegegeld", "Pflegegeld (ohne Dienst)"),
    /** with an ambulant care or support service (§ 36 SGB XI) */
    AMBULANT("ambulant", "mit ambulantem Dienst"),
    /** in a Pflegeheim (§ 43 SGB XI) */
    VOLLSTATIONAER("vollstationaer", "vollstationär"),
    /** Pflegegrad 1 without facility services; absent from most published tables */
    PG1_OHNE("pg1_ohne", "Pflegegrad 1 ohne Einrichtung");

    private final String code;
    private final String label;

    Setting(String code, String label) {
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

    /** The setting of a code, null if there is none. */
    public static Setting ofCode(String code) {
        return Coded.byCode(Setting.class, code);
    }
}
