package de.pflegeregion.web.pflegegrad;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import de.pflegeregion.assessment.AgeGroup;
import de.pflegeregion.assessment.AnswerScale;
import de.pflegeregion.assessment.Answers;
import de.pflegeregion.assessment.Assessment;
import de.pflegeregion.assessment.AssessmentModule;
import de.pflegeregion.assessment.Criteria;
import de.pflegeregion.assessment.Criterion;
import de.pflegeregion.assessment.Frequency;
import de.pflegeregion.assessment.PflegegradCalculator;
import de.pflegeregion.platform.CountySettings;
import jakarta.servlet.http.HttpSession;

/**
 * The filled-in Einschätzungsbogen as a tagged PDF (PDF/UA) to take to the visit of the Medizinischer
 * Dienst: every module with the answers ticked, the "Wichtige Notizen" and the estimated result.
 */
@Controller
class EinschaetzungsbogenPdf {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final CountySettings county;

    EinschaetzungsbogenPdf(ITemplateEngine templates, CountySettings county) {
        this.templates = templates;
        this.county = county;
    }

    /** One module on the form. */
    record FormModule(AssessmentModule module, List<String> columns, List<FormRow> rows, String note) {
    }

    /**
     * One criterion: a tick per column, the counts for frequency criteria, or the answer in words
     * where the criterion has its own scale (4.13, 4.K, 5.16).
     */
    record FormRow(Criterion criterion, List<Boolean> ticks, List<String> counts, String answerInWords) {
    }

    @GetMapping("/pflegegrad/einschaetzungsbogen.pdf")
    ResponseEntity<byte[]> pdf(HttpSession session) {
        QuestionnaireAnswers stored = PflegegradPages.answers(session);
        Answers answers = stored.toAnswers();
        Context context = new Context();
        context.setVariable("modules", modules(stored, answers));
        context.setVariable("result", PflegegradCalculator.assess(answers));
        context.setVariable("person", PflegegradPages.personText(stored));
        context.setVariable("special", stored.specialConstellation());
        context.setVariable("urinary", answers.urinary().label());
        context.setVariable("faecal", answers.faecal().label());
        context.setVariable("date", LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        context.setVariable("county", county);
        context.setVariable("num", GermanNumbers.INSTANCE);
        String html = templates.process("pflegegrad/einschaetzungsbogen", context);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("einschaetzungsbogen.pdf").build().toString())
                .body(render(html));
    }

    static byte[] render(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // PDF/UA: tagged structure, document title and language, embedded fonts.
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.withProducer("Pflegeregion");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        return EinschaetzungsbogenPdf.class.getResourceAsStream("/fonts/" + file);
    }

    private static List<FormModule> modules(QuestionnaireAnswers stored, Answers answers) {
        AgeGroup ageGroup = stored.ageGroup();
        List<FormModule> modules = new ArrayList<>();
        for (AssessmentModule module : AssessmentModule.values()) {
            List<Criterion> criteria = Criteria.ofModule(module).stream()
                    .filter(c -> QuestionnaireStep.applies(c, ageGroup)).toList();
            if (criteria.isEmpty()) {
                continue;
            }
            List<String> columns = module == AssessmentModule.KRANKHEITSBEDINGTE_ANFORDERUNGEN
                    ? List.of("entfällt oder selbständig", "pro Tag", "pro Woche", "pro Monat")
                    : criteria.getFirst().scale().levels().stream().map(l -> l.label()).toList();
            AnswerScale mainScale = criteria.getFirst().scale();
            List<FormRow> rows = new ArrayList<>();
            for (Criterion c : criteria) {
                rows.add(c.scale() == mainScale || (c.scale().isFrequency() && mainScale.isFrequency())
                        ? row(c, answers, columns.size(), stored.isAnswered(c.number()))
                        : new FormRow(c, List.of(), List.of(), stored.isAnswered(c.number())
                                ? Assessment.describeAnswer(c, answers) : "nicht beantwortet"));
            }
            modules.add(new FormModule(module, columns, rows, stored.note(module.number())));
        }
        return modules;
    }

    /** Unanswered criteria stay blank on the form, so the person can still fill them in by hand. */
    private static FormRow row(Criterion c, Answers answers, int columns, boolean answered) {
        List<Boolean> ticks = new ArrayList<>();
        List<String> counts = List.of();
        if (c.scale().isFrequency()) {
            Frequency f = answers.frequency(c.number());
            ticks.add(answered && f.isNone());
            String day = c.scale() == AnswerScale.ZEIT_UND_TECHNIKINTENSIV ? (f.perDay() > 0 ? "täglich" : "")
                    : c.scale() == AnswerScale.BESUCHE ? "–" : blankIfZero(f.perDay());
            counts = List.of(day, blankIfZero(f.perWeek()), blankIfZero(f.perMonth()));
        } else {
            int level = answers.level(c.number());
            for (int i = 0; i < columns; i++) {
                ticks.add(answered && i == level);
            }
        }
        return new FormRow(c, ticks, counts, null);
    }

    private static String blankIfZero(int count) {
        return count == 0 ? "" : String.valueOf(count);
    }
}
