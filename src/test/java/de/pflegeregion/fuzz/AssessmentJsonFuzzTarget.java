package de.pflegeregion.fuzz;

import de.pflegeregion.assessment.Answers;
import de.pflegeregion.assessment.PflegegradCalculator;
import de.pflegeregion.assessment.web.AssessmentJson;
import de.pflegeregion.assessment.web.AssessmentRequest;
import de.pflegeregion.platform.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jazzer entry point for the body of {@code POST /api/v1/assessment}: read by the application's mapper
 * (a {@link JacksonException} is the 400 Spring answers for an unreadable body), converted or refused with
 * {@link InvalidInput} (400 naming the field), then scored and written as the API would. Anything else
 * thrown is a finding.
 */
public final class AssessmentJsonFuzzTarget {

    private static final JsonMapper JSON = ApplicationJson.mapper();

    private AssessmentJsonFuzzTarget() {
    }

    /** Jazzer calls this before the first input, so starting the mapper's context does not count as a slow input. */
    public static void fuzzerInitialize() {
        ApplicationJson.mapper();
    }

    public static void fuzzerTestOneInput(byte[] data) {
        AssessmentRequest request;
        try {
            request = data.length == 0 ? null : JSON.readValue(data, AssessmentRequest.class);
        } catch (JacksonException unreadable) {
            return;
        }
        Answers answers;
        try {
            answers = AssessmentJson.toAnswers(request);
        } catch (InvalidInput clean) {
            return;
        }
        JSON.writeValueAsBytes(AssessmentJson.toResponse(PflegegradCalculator.assess(answers), null));
    }
}
