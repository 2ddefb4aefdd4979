package de.pflegeregion.assessment.web;

import de.pflegeregion.site.GermanNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

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
import de.pflegeregion.site.GermanTime;
import de.pflegeregion.site.PdfRenderer;
import jakarta.servlet.http.HttpSession;

/**
 * The filled-in Einschätzungsbogen as a tagged PDF (PDF/UA) to take to the visit of the Medizinischer
 * Dienst: every module with the answers ticked, the "Wichtige Notizen" and the estimated result.
 */
@Controller
class EinschaetzungsbogenPdf {

    private final PdfRenderer pdf;
    private final CountySettings county;
    private final Clock clock;

    EinschaetzungsbogenPdf(PdfRenderer pdf, CountySettings county, Clock clock) {
        this.pdf = pdf;
        this.county = county;
        this.clock = clock;
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
        Map<String, Object> context = new HashMap<>();
        context.put("modules", modules(stored, answers));
        context.put("result", PflegegradCalculator.assess(answers));
        context.put("person", PflegegradPages.personText(stored));
        context.put("special", stored.specialConstellation());
        context.put("urinary", answers.urinary().label());
        context.put("faecal", answers.faecal().label());
        context.put("date", GermanTime.date(LocalDate.now(clock)));
        context.put("county", county);
        context.put("num", GermanNumbers.INSTANCE);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("einschaetzungsbogen.pdf").build().toString())
                .body(pdf.render("pflegegrad/einschaetzungsbogen", context));
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
