package de.pflegeregion.planning.web;

import java.util.Map;

/** German labels of offer types and settings on planning pages and exports. */
final class PlanningLabels {

    private static final Map<String, String> TYPES = Map.of(
            "vollstationaer", "Vollstationäre Pflege",
            "kurzzeitpflege", "Kurzzeitpflege",
            "tagespflege", "Tagespflege",
            "nachtpflege", "Nachtpflege",
            "wohngruppe", "Ambulant betreute Wohngruppe",
            "ambulant", "Ambulanter Pflegedienst");

    private PlanningLabels() {
    }

    static String type(String code) {
        return TYPES.getOrDefault(code, code);
    }
}
