package de.pflegeregion.assessment.web;

import org.springframework.mock.web.MockMultipartFile;

import de.pflegeregion.assessment.PflegegradCalculator;
import de.pflegeregion.fuzz.ApplicationJson;

/**
 * Jazzer entry point (src/test/fuzz/jazzer.sh) for the questionnaire's answers file: the upload's own
 * reading ({@link AnswersFile#read}) with the application's mapper; a file is taken over or refused with
 * the page's message ({@link AnswersFile.UnreadableFile}); what was taken over is scored and written back
 * as the check page and the download do. Anything else thrown is a finding. Beside the controller
 * because the reading is package-private.
 */
public final class AnswersFileFuzzTarget {

    private static final AnswersFile UPLOAD = new AnswersFile(ApplicationJson.mapper());

    private AnswersFileFuzzTarget() {
    }

    /** Jazzer calls this before the first input, so starting the mapper's context does not count as a slow input. */
    public static void fuzzerInitialize() {
        ApplicationJson.mapper();
    }

    public static void fuzzerTestOneInput(byte[] data) {
        QuestionnaireAnswers answers;
        try {
            answers = UPLOAD.read(new MockMultipartFile("datei", AnswersFile.FILE_NAME, "application/json", data));
        } catch (AnswersFile.UnreadableFile clean) {
            return;
        }
        PflegegradCalculator.assess(answers.toAnswers());
        ApplicationJson.mapper().writeValueAsBytes(answers.toJson());
    }
}
