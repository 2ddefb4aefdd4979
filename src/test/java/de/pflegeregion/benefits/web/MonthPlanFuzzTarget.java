package de.pflegeregion.benefits.web;

import de.pflegeregion.fuzz.ApplicationJson;
import de.pflegeregion.platform.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jazzer entry point (src/test/fuzz/jazzer.sh) for the body of {@code POST /api/v1/benefits/monatsplan}:
 * the handler itself with the application's mapper and validator. A {@link JacksonException} from reading
 * the body is Spring's 400, an {@link InvalidInput} the API's 400 naming the field; the plan is then written
 * as the API would. Anything else thrown is a finding. Beside the handler because it is package-private.
 */
public final class MonthPlanFuzzTarget {

    private static final JsonMapper JSON = ApplicationJson.mapper();
    private static final BenefitsApi API = new BenefitsApi(JSON, ApplicationJson.validator());

    private MonthPlanFuzzTarget() {
    }

    /** Jazzer calls this before the first input, so starting the mapper's context does not count as a slow input. */
    public static void fuzzerInitialize() {
        ApplicationJson.mapper();
    }

    public static void fuzzerTestOneInput(byte[] data) {
        JsonNode body;
        try {
            body = JSON.readTree(data);
        } catch (JacksonException unreadable) {
            return;
        }
        try {
            JSON.writeValueAsBytes(API.monthPlan(body));
        } catch (InvalidInput clean) {
            // the API's 400 naming the field
        }
    }
}
