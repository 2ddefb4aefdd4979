package de.pflegeregion.assessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import de.pflegeregion.assessment.Answers;
import de.pflegeregion.assessment.web.AssessmentJson;
import de.pflegeregion.assessment.web.AssessmentRequest;
import de.pflegeregion.platform.InvalidInput;
import jakarta.servlet.http.HttpSession;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers as a file the citizen keeps: download from the session, upload back into it. The
 * format is the request of POST /api/v1/assessment plus "notes"; nothing is stored on the server.
 */
@Controller
@RequestMapping("/pflegegrad")
class AnswersFile {

    static final String FILE_NAME = "pflegegrad-antworten.json";
    private static final long MAX_BYTES = 64 * 1024;

    private final JsonMapper json;

    AnswersFile(JsonMapper json) {
        this.json = json;
    }

    @GetMapping("/antworten.json")
    ResponseEntity<byte[]> download(HttpSession session) {
        byte[] body = json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(PflegegradPages.answers(session).toJson()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(FILE_NAME).build().toString())
                .body(body);
    }

    @PostMapping("/antworten")
    String upload(@RequestParam(name = "datei", required = false) MultipartFile file, HttpSession session, Model model) {
        try {
            QuestionnaireAnswers answers = read(file);
            PflegegradPages.store(session, answers);
            return "redirect:/pflegegrad/pruefen";
        } catch (UnreadableFile e) {
            model.addAttribute("uploadError", "Datei mit Ihren Antworten: " + e.getMessage());
            model.addAttribute("started", session.getAttribute(QuestionnaireAnswers.SESSION_KEY) != null);
            model.addAttribute("firstStep", QuestionnaireSteps.ALL.getFirst());
            return "pflegegrad/start";
        }
    }

    // package-private for the fuzz target beside it in src/test
    QuestionnaireAnswers read(MultipartFile file) throws UnreadableFile {
        if (file == null || file.isEmpty()) {
            throw new UnreadableFile("Bitte wählen Sie eine Datei aus.");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new UnreadableFile("Die Datei ist zu groß. Bitte wählen Sie die gespeicherte Datei " + FILE_NAME + ".");
        }
        JsonNode root;
        try (InputStream in = file.getInputStream()) {
            root = json.readTree(in);
        } catch (IOException | JacksonException e) {
            throw new UnreadableFile("Die Datei ist keine gespeicherte Antwort-Datei (kein gültiges JSON).");
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableFile("Die Datei ist keine gespeicherte Antwort-Datei.");
        }
        try {
            AssessmentRequest request = json.treeToValue(root, AssessmentRequest.class);
            Answers answers = AssessmentJson.toAnswers(request);
            List<String> answered = request.answers() == null ? List.of() : new ArrayList<>(request.answers().keySet());
            return QuestionnaireAnswers.of(answers, answered, notes(root.get("notes")));
        } catch (InvalidInput e) {
            throw new UnreadableFile("Der Eintrag „" + e.field() + "“ passt nicht. " + e.getMessage());
        } catch (JacksonException e) {
            throw new UnreadableFile("Die Datei ist keine gespeicherte Antwort-Datei.");
        }
    }

    private static Map<Integer, String> notes(JsonNode node) throws UnreadableFile {
        Map<Integer, String> notes = new TreeMap<>();
        if (node == null || node.isNull()) {
            return notes;
        }
        if (!node.isObject()) {
            throw new UnreadableFile("Der Eintrag „notes“ passt nicht.");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getKey().matches("[1-8]") || !entry.getValue().isString()
                    || entry.getValue().asString().length() > PflegegradPages.MAX_NOTE_LENGTH) {
                throw new UnreadableFile("Der Eintrag „notes." + entry.getKey() + "“ passt nicht.");
            }
            notes.put(Integer.valueOf(entry.getKey()), entry.getValue().asString());
        }
        return notes;
    }

    /** A file that is not a readable answers file; the message is shown to the citizen. */
    static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }
}
