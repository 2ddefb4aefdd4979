package de.pflegeregion.assessment.web;

import de.pflegeregion.site.GermanNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.pflegeregion.assessment.AgeGroup;
import de.pflegeregion.assessment.Answers;
import de.pflegeregion.assessment.Assessment;
import de.pflegeregion.assessment.AssessmentModule;
import de.pflegeregion.assessment.Continence;
import de.pflegeregion.assessment.Criterion;
import de.pflegeregion.assessment.Frequency;
import de.pflegeregion.assessment.PflegegradCalculator;
import de.pflegeregion.site.SiteNavigation;
import jakarta.servlet.http.HttpSession;

/**
 * The Pflegegrad questionnaire: one small group of questions per page, answers only in the HTTP
 * session, a check page and the explained result. Works without JavaScript.
 */
@Controller
@RequestMapping("/pflegegrad")
class PflegegradPages {

    static final int MAX_NOTE_LENGTH = 2000;

    private final SiteNavigation navigation;

    PflegegradPages(SiteNavigation navigation) {
        this.navigation = navigation;
    }

    static QuestionnaireAnswers answers(HttpSession session) {
        Object stored = session.getAttribute(QuestionnaireAnswers.SESSION_KEY);
        return stored instanceof QuestionnaireAnswers answers ? answers : new QuestionnaireAnswers();
    }

    /** Spring Session persists an attribute only when it is set again. */
    static void store(HttpSession session, QuestionnaireAnswers answers) {
        session.setAttribute(QuestionnaireAnswers.SESSION_KEY, answers);
    }

    @GetMapping
    String start(HttpSession session, Model model) {
        model.addAttribute("started", session.getAttribute(QuestionnaireAnswers.SESSION_KEY) != null);
        model.addAttribute("firstStep", QuestionnaireSteps.ALL.getFirst());
        return "pflegegrad/start";
    }

    @PostMapping("/neu")
    String restart(HttpSession session) {
        store(session, new QuestionnaireAnswers());
        return "redirect:/pflegegrad/schritt/person";
    }

    @GetMapping("/schritt/{id}")
    String step(@PathVariable String id, HttpSession session, Model model) {
        QuestionnaireAnswers answers = answers(session);
        Optional<QuestionnaireStep> step = applicableStep(id, answers);
        if (step.isEmpty()) {
            return "redirect:/pflegegrad/schritt/person";
        }
        return render(step.get(), answers, stored(step.get(), answers), Map.of(), model);
    }

    @PostMapping("/schritt/{id}")
    String saveStep(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            @RequestParam(name = "aktion", defaultValue = "weiter") String action, HttpSession session, Model model) {
        QuestionnaireAnswers answers = answers(session);
        Optional<QuestionnaireStep> found = applicableStep(id, answers);
        if (found.isEmpty()) {
            return "redirect:/pflegegrad/schritt/person";
        }
        QuestionnaireStep step = found.get();
        Map<String, String> errors = new LinkedHashMap<>();
        StepForm.apply(step, form.toSingleValueMap(), answers, errors);
        if (!errors.isEmpty()) {
            return render(step, answers, form.toSingleValueMap(), errors, model);
        }
        store(session, answers);
        AgeGroup ageGroup = answers.ageGroup();
        Optional<QuestionnaireStep> target = "zurueck".equals(action)
                ? QuestionnaireSteps.previous(step, ageGroup) : QuestionnaireSteps.next(step, ageGroup);
        if (target.isPresent()) {
            return "redirect:/pflegegrad/schritt/" + target.get().id();
        }
        return "zurueck".equals(action) ? "redirect:/pflegegrad" : "redirect:/pflegegrad/pruefen";
    }

    private static Optional<QuestionnaireStep> applicableStep(String id, QuestionnaireAnswers answers) {
        return QuestionnaireSteps.byId(id).filter(step -> step.appliesTo(answers.ageGroup()))
                .filter(step -> step.kind() == QuestionnaireStep.Kind.PERSON || answers.personAnswered());
    }

    /** The stored answers of a step in the form's field names, to fill the inputs. */
    private static Map<String, String> stored(QuestionnaireStep step, QuestionnaireAnswers answers) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (step.kind()) {
            case PERSON -> {
                if (answers.personAnswered()) {
                    Integer age = answers.ageMonths();
                    values.put("person", age == null ? "erwachsen" : "kind");
                    if (age != null) {
                        values.put("alterJahre", String.valueOf(age / 12));
                        values.put("alterMonate", String.valueOf(age % 12));
                    }
                    values.put("besondereKonstellation", answers.specialConstellation() ? "ja" : "nein");
                }
            }
            case CONTINENCE -> {
                values.put("harn", answers.urinary());
                values.put("stuhl", answers.faecal());
            }
            case CRITERIA -> {
                for (Criterion c : step.criteriaFor(answers.ageGroup())) {
                    String name = "antwort-" + c.number();
                    if (c.scale().isFrequency()) {
                        Frequency f = answers.frequency(c.number());
                        if (f != null) {
                            values.put(name + "-tag", String.valueOf(f.perDay()));
                            values.put(name + "-woche", String.valueOf(f.perWeek()));
                            values.put(name + "-monat", String.valueOf(f.perMonth()));
                            if (f.perDay() > 0) {
                                values.put(name + "-taeglich", "ja");
                            }
                        }
                    } else if (answers.level(c.number()) != null) {
                        values.put(name, String.valueOf(answers.level(c.number())));
                    }
                }
            }
        }
        if (step.notes()) {
            values.put("notizen", answers.note(step.module().number()));
        }
        return values;
    }

    private String render(QuestionnaireStep step, QuestionnaireAnswers answers, Map<String, String> values,
            Map<String, String> errors, Model model) {
        List<QuestionnaireStep> steps = QuestionnaireSteps.forAge(answers.ageGroup());
        List<QuestionView> questions = new ArrayList<>();
        if (step.kind() == QuestionnaireStep.Kind.CRITERIA) {
            for (Criterion c : step.criteriaFor(answers.ageGroup())) {
                String name = "antwort-" + c.number();
                String selected = values.get(name);
                questions.add(new QuestionView(c, "antwort-" + c.number().replace('.', '-'),
                        selected == null || !selected.matches("[0-3]") ? null : Integer.valueOf(selected),
                        values.getOrDefault(name + "-tag", ""), values.getOrDefault(name + "-woche", ""),
                        values.getOrDefault(name + "-monat", ""), "ja".equals(values.get(name + "-taeglich")),
                        errors.get(name)));
            }
        }
        model.addAttribute("step", step);
        model.addAttribute("stepNumber", steps.indexOf(step) + 1);
        model.addAttribute("stepCount", steps.size());
        model.addAttribute("questions", questions);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("continenceOptions", Continence.values());
        model.addAttribute("module", step.module());
        return "pflegegrad/step";
    }

    @GetMapping("/pruefen")
    String check(HttpSession session, Model model) {
        QuestionnaireAnswers answers = answers(session);
        if (!answers.personAnswered()) {
            return "redirect:/pflegegrad";
        }
        model.addAttribute("sections", CheckSection.of(answers));
        model.addAttribute("answers", answers);
        model.addAttribute("personText", personText(answers));
        model.addAttribute("urinary", Continence.ofCode(answers.urinary()).orElse(Continence.KONTINENT).label());
        model.addAttribute("faecal", Continence.ofCode(answers.faecal()).orElse(Continence.KONTINENT).label());
        return "pflegegrad/check";
    }

    @GetMapping("/ergebnis")
    String result(HttpSession session, Model model) {
        QuestionnaireAnswers stored = answers(session);
        if (!stored.personAnswered()) {
            return "redirect:/pflegegrad";
        }
        Answers answers = stored.toAnswers();
        Assessment result = PflegegradCalculator.assess(answers);
        model.addAttribute("result", result);
        model.addAttribute("explanation", ResultExplanation.of(result, PflegegradCalculator.gradeChanges(answers)));
        model.addAttribute("chart", ModuleChart.of(result));
        model.addAttribute("num", GermanNumbers.INSTANCE);
        model.addAttribute("benefitsLink", result.pflegegrad() > 0 && navigation.serves("/leistungen")
                ? "/leistungen?pflegegrad=" + result.pflegegrad() : null);
        return "pflegegrad/result";
    }

    static String personText(QuestionnaireAnswers answers) {
        Integer age = answers.ageMonths();
        if (age == null) {
            return "Erwachsene Person (18 Jahre oder älter)";
        }
        return "Kind oder Jugendliche Person, " + age / 12 + " Jahre und " + age % 12 + " Monate alt";
    }

    /** One module on the check page: each question with the answer in words. */
    record CheckSection(AssessmentModule module, String stepId, List<CheckRow> rows, String note) {

        record CheckRow(Criterion criterion, String answer, boolean answered, String stepId) {
        }

        static List<CheckSection> of(QuestionnaireAnswers stored) {
            Answers answers = stored.toAnswers();
            AgeGroup ageGroup = stored.ageGroup();
            List<CheckSection> sections = new ArrayList<>();
            for (AssessmentModule module : AssessmentModule.values()) {
                List<CheckRow> rows = new ArrayList<>();
                String firstStep = null;
                for (QuestionnaireStep step : QuestionnaireSteps.forAge(ageGroup)) {
                    if (step.module() != module || step.kind() != QuestionnaireStep.Kind.CRITERIA) {
                        continue;
                    }
                    firstStep = firstStep == null ? step.id() : firstStep;
                    for (Criterion c : step.criteriaFor(ageGroup)) {
                        boolean answered = stored.isAnswered(c.number());
                        rows.add(new CheckRow(c, answered ? Assessment.describeAnswer(c, answers)
                                : "nicht beantwortet (zählt wie „selbständig“ oder „entfällt“)", answered, step.id()));
                    }
                }
                if (!rows.isEmpty()) {
                    sections.add(new CheckSection(module, firstStep, rows, stored.note(module.number())));
                }
            }
            return sections;
        }
    }
}
