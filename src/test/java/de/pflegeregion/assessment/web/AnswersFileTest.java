package de.pflegeregion.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.ui.ExtendedModelMap;

import tools.jackson.databind.json.JsonMapper;

/** Download and upload of the answers file keep every answer and note; bad files are explained. */
class AnswersFileTest {

    private final AnswersFile files = new AnswersFile(JsonMapper.builder().build());

    private String upload(String json, MockHttpSession session, ExtendedModelMap model) {
        return files.upload(new MockMultipartFile("datei", "a.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8)), session, model);
    }

    @Test
    void roundTripKeepsAnswersAndNotes() {
        MockHttpSession session = new MockHttpSession();
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(upload("""
                {"ageMonths": 24, "answers": {"4.8": 3, "1.1": 0, "5.K": {"perWeek": 1}}, "notes": {"4": "Isst nur püriert."}}""",
                session, model)).isEqualTo("redirect:/pflegegrad/pruefen");
        QuestionnaireAnswers stored = PflegegradPages.answers(session);
        assertThat(stored.note(4)).isEqualTo("Isst nur püriert.");
        assertThat(stored.isAnswered("1.1")).isTrue();
        assertThat(stored.level("4.8")).isEqualTo(3);

        String downloaded = new String(files.download(session).getBody(), StandardCharsets.UTF_8);
        MockHttpSession second = new MockHttpSession();
        upload(downloaded, second, new ExtendedModelMap());
        assertThat(PflegegradPages.answers(second).toJson()).isEqualTo(stored.toJson());
    }

    @Test
    void badFilesAreExplainedNamingTheEntry() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(upload("{\"answers\": {\"4.8\": 7}}", new MockHttpSession(), model)).isEqualTo("pflegegrad/start");
        assertThat((String) model.get("uploadError")).contains("answers.4.8");
        upload("kein json", new MockHttpSession(), model);
        assertThat((String) model.get("uploadError")).contains("kein gültiges JSON");
        upload("{\"notes\": {\"9\": \"x\"}}", new MockHttpSession(), model);
        assertThat((String) model.get("uploadError")).contains("notes.9");
    }
}
