package de.pflegeregion.benefits;

/** The federal benefits the catalogue lists, with their API key and a one-line plain-German explanation. */
public enum BenefitKind {
    PFLEGEGELD("pflegegeld", "Pflegegeld", Per.MONTH,
            "Geld für Sie, wenn Angehörige oder Bekannte die Pflege zu Hause übernehmen."),
    PFLEGESACHLEISTUNG("pflegesachleistung", "Pflegesachleistung", Per.MONTH,
            "Die Pflegekasse bezahlt einen Pflegedienst bis zu diesem Betrag."),
    TAGESPFLEGE("tagespflege", "Tages- und Nachtpflege", Per.MONTH,
            "Für die Pflege in einer Tages- oder Nachtpflege, zusätzlich zu Pflegegeld oder Pflegedienst."),
    ENTLASTUNGSBETRAG("entlastungsbetrag", "Entlastungsbetrag", Per.MONTH,
            "Für anerkannte Hilfen im Alltag; was Sie nicht nutzen, können Sie bis zum 30. Juni des Folgejahres nutzen."),
    PFLEGEHILFSMITTEL("pflegehilfsmittel", "Pflegehilfsmittel zum Verbrauch", Per.MONTH,
            "Für Dinge wie Einmalhandschuhe, Desinfektionsmittel oder Bettschutzeinlagen."),
    WOHNUMFELDVERBESSERUNG("wohnumfeldverbesserung", "Wohnumfeldverbesserung", Per.MEASURE,
            "Zuschuss für einen Umbau der Wohnung, zum Beispiel für ein barrierefreies Bad."),
    VERHINDERUNGSPFLEGE("verhinderungspflege", "Verhinderungspflege", Per.YEAR,
            "Für eine Ersatzpflege, wenn Ihre Pflegeperson Urlaub macht oder krank ist."),
    KURZZEITPFLEGE("kurzzeitpflege", "Kurzzeitpflege", Per.YEAR,
            "Für eine kurze Zeit in einem Pflegeheim, zum Beispiel nach einem Krankenhausaufenthalt."),
    GEMEINSAMER_JAHRESBETRAG("gemeinsamerJahresbetrag", "Gemeinsamer Jahresbetrag", Per.YEAR,
            "Ein gemeinsamer Betrag für Verhinderungspflege und Kurzzeitpflege."),
    VOLLSTATIONAER("vollstationaer", "Vollstationäre Pflege", Per.MONTH,
            "Für die Pflege im Pflegeheim; bei Pflegegrad 1 ist es ein Zuschuss."),
    WOHNGRUPPENZUSCHLAG("wohngruppenzuschlag", "Wohngruppenzuschlag", Per.MONTH,
            "Zuschlag, wenn Sie in einer ambulant betreuten Wohngruppe leben."),
    UMWANDLUNGSANSPRUCH("umwandlungsanspruch", "Umwandlungsanspruch", Per.MONTH,
            "Bis zu 40 Prozent der Pflegesachleistung können Sie für anerkannte Hilfen im Alltag nutzen."),
    VERHINDERUNGSPFLEGE_ANGEHOERIGE("verhinderungspflegeAngehoerige", "Verhinderungspflege durch nahe Angehörige",
            Per.YEAR, "Höchstbetrag, wenn nahe Angehörige die Ersatzpflege übernehmen; nachgewiesene Kosten kommen dazu."),
    VERHINDERUNGSPFLEGE_AUFSTOCKUNG("verhinderungspflegeAufstockung", "Aufstockung der Verhinderungspflege",
            Per.YEAR, "So viel dürfen Sie zusätzlich aus nicht genutzter Kurzzeitpflege nehmen."),
    KURZZEITPFLEGE_AUFSTOCKUNG("kurzzeitpflegeAufstockung", "Aufstockung der Kurzzeitpflege", Per.YEAR,
            "So viel dürfen Sie zusätzlich aus nicht genutzter Verhinderungspflege nehmen."),
    WOHNUMFELD_GEMEINSAM_MAX("wohnumfeldverbesserungWohngruppeMax", "Wohnumfeldverbesserung in einer Wohngruppe",
            Per.MEASURE, "Höchstbetrag je Umbau, wenn mehrere Pflegebedürftige zusammen wohnen."),
    ANSCHUBFINANZIERUNG("anschubfinanzierung", "Anschubfinanzierung für Wohngruppen", Per.ONCE,
            "Einmalig für den Umbau, wenn Sie eine ambulant betreute Wohngruppe mit gründen."),
    ANSCHUBFINANZIERUNG_GRUPPE_MAX("anschubfinanzierungWohngruppeMax", "Anschubfinanzierung je Wohngruppe",
            Per.ONCE, "Höchstbetrag der Anschubfinanzierung für eine ganze Wohngruppe."),
    DIGITALE_PFLEGEANWENDUNGEN("digitalePflegeanwendungen", "Digitale Pflegeanwendungen", Per.MONTH,
            "Für zugelassene Pflege-Apps und die Hilfe bei ihrer Nutzung."),
    DIPA_UNTERSTUETZUNG("dipaUnterstuetzung", "Unterstützung bei digitalen Pflegeanwendungen", Per.MONTH,
            "Für die Hilfe eines Pflegedienstes bei der Nutzung einer Pflege-App.");

    private final String key;
    private final String title;
    private final Per per;
    private final String explanation;

    BenefitKind(String key, String title, Per per, String explanation) {
        this.key = key;
        this.title = title;
        this.per = per;
        this.explanation = explanation;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public Per per() {
        return per;
    }

    public String explanation() {
        return explanation;
    }
}
