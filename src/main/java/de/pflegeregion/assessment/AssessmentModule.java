package de.pflegeregion.assessment;

/** The eight modules of the Begutachtungsinstrument; § 15 (2) SGB XI weights modules 1–6. */
public enum AssessmentModule {
    MOBILITAET(1, "Mobilität",
            "Wie gut kann sich die Person in der Wohnung bewegen und ihre Körperhaltung ändern?"),
    KOGNITION(2, "Kognitive und kommunikative Fähigkeiten",
            "Wie gut findet sich die Person im Alltag zurecht, versteht sie andere und kann sie sich mitteilen?"),
    VERHALTEN(3, "Verhaltensweisen und psychische Problemlagen",
            "Wie oft braucht die Person Hilfe wegen ihres Verhaltens oder seelischer Probleme?"),
    SELBSTVERSORGUNG(4, "Selbstversorgung",
            "Wie selbständig kann sich die Person waschen, anziehen, essen, trinken und zur Toilette gehen?"),
    KRANKHEITSBEDINGTE_ANFORDERUNGEN(5,
            "Bewältigung von und selbständiger Umgang mit krankheits- oder therapiebedingten Anforderungen und Belastungen",
            "Welche Hilfe braucht die Person bei Medikamenten, Behandlungen und Arztbesuchen?"),
    ALLTAGSLEBEN(6, "Gestaltung des Alltagslebens und sozialer Kontakte",
            "Wie selbständig kann die Person ihren Tag planen, ruhen, sich beschäftigen und Kontakte pflegen?"),
    AUSSERHAEUSLICHE_AKTIVITAETEN(7, "Außerhäusliche Aktivitäten",
            "Wie selbständig kann die Person die Wohnung verlassen und draußen unterwegs sein? (zählt nicht für den Pflegegrad)"),
    HAUSHALTSFUEHRUNG(8, "Haushaltsführung",
            "Wie selbständig kann die Person ihren Haushalt führen? (zählt nicht für den Pflegegrad)");

    private final int number;
    private final String title;
    private final String question;

    AssessmentModule(int number, String title, String question) {
        this.number = number;
        this.title = title;
        this.question = question;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** The question the module answers, in plain language. */
    public String question() {
        return question;
    }

    public boolean isScored() {
        return number <= 6;
    }

    public static AssessmentModule of(int number) {
        return values()[number - 1];
    }
}
