package de.pflegeregion.network;

/** The actor groups of the network spec ("Akteur"): which part of the care landscape an institution belongs to. */
public enum ActorGroup {
    PFLEGEKASSE("Pflegekasse"),
    AMBULANTER_DIENST("Ambulanter Dienst"),
    HEIM("Pflegeheim"),
    TAGESPFLEGE("Tagespflege"),
    BERATUNGSSTELLE("Beratungsstelle / Pflegestützpunkt"),
    AERZTESCHAFT("Ärzteschaft"),
    KRANKENHAUS("Krankenhaus"),
    KOMMUNE("Kommune"),
    KREISVERWALTUNG("Kreisverwaltung"),
    ARBEITSAGENTUR("Agentur für Arbeit / Jobcenter"),
    SCHULE("Schule / Ausbildung"),
    WOHLFAHRTSVERBAND("Wohlfahrtsverband"),
    KIRCHE("Kirche"),
    EHRENAMT("Ehrenamt / Verein"),
    WOHNUNGSWIRTSCHAFT("Wohnungswirtschaft"),
    SELBSTVERTRETUNG("Selbstvertretung"),
    WISSENSCHAFT("Wissenschaft"),
    SONSTIGE("Sonstige");

    private final String label;

    ActorGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
