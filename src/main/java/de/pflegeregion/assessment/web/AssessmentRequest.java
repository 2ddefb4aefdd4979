package de.pflegeregion.assessment.web;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Body of {@code POST /api/v1/assessment} (contract: docs/assessment.md). Values stay JSON nodes
 * so that each wrong type is reported with the exact field name instead of being coerced.
 *
 * @param ageMonths            age in completed months; absent for an adult
 * @param specialConstellation Gebrauchsunfähigkeit beider Arme und beider Beine
 * @param answers              criterion number → category index, boolean (4.K) or frequency object
 */
public record AssessmentRequest(JsonNode ageMonths, JsonNode specialConstellation, ContinenceAnswer continence,
        Map<String, JsonNode> answers) {

    /** Urinary and faecal continence codes, e.g. "ueberwiegend-inkontinent"; absent = "kontinent". */
    public record ContinenceAnswer(String urinary, String faecal) {
    }
}
