package de.pflegeregion.planning;

/** The population file layouts the import recognises by their header. */
public enum PopulationLayout {
    /** Regionalstatistik / GENESIS flat file, German column names, value column CODE__Label__Unit */
    GENESIS_OLD("GENESIS-Flatfile (altes Layout)"),
    /** GENESIS-Online flat file, English column names, region GEOGM4 as 12-digit ARS */
    GENESIS_NEW("GENESIS-Flatfile (neues Layout)"),
    /** area_key;area_name;year;sex;age_from;age_to;count */
    TEMPLATE("Pflegeregion-Vorlage");

    private final String label;

    PopulationLayout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
