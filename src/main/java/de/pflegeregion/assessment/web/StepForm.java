package de.pflegeregion.assessment.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.validator.constraints.Range;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import de.pflegeregion.assessment.Continence;
import de.pflegeregion.assessment.Criterion;
import de.pflegeregion.assessment.Frequency;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Size;

/**
 * One questionnaire page as sent, bound by Spring's {@link DataBinder} and checked with Bean Validation.
 * The page's field names stay those of the form ("antwort-1.1", "antwort-5.1-tag"); they are bound to
 * {@code stufe[1.1]} and {@code tag[5.1]}. Every rejected input gets a message naming the question.
 */
final class StepForm {

    private static final SpringValidatorAdapter VALIDATOR =
            new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());
    /** "antwort-5.1" is a category, "antwort-5.1-tag" (-woche, -monat, -taeglich) a frequency part. */
    private static final Pattern ANSWER = Pattern.compile("antwort-([0-9]+\\.[0-9K]+)(?:-(tag|woche|monat|taeglich))?");

    String person;
    @Range(min = 0, max = 17)
    Integer alterJahre;
    @Range(min = 0, max = 11)
    Integer alterMonate;
    String besondereKonstellation;
    String harn;
    String stuhl;
    @Size(max = PflegegradPages.MAX_NOTE_LENGTH)
    String notizen;
    final Map<String, Integer> stufe = new LinkedHashMap<>();
    final Map<String, @Range(min = 0, max = 1000) Integer> tag = new LinkedHashMap<>();
    final Map<String, @Range(min = 0, max = 1000) Integer> woche = new LinkedHashMap<>();
    final Map<String, @Range(min = 0, max = 1000) Integer> monat = new LinkedHashMap<>();
    final Map<String, String> taeglich = new LinkedHashMap<>();

    private BindingResult result;

    /** Reads one page's form into the answers; with an error, nothing of the page is taken and {@code errors} says why. */
    static void apply(QuestionnaireStep step, Map<String, String> sent, QuestionnaireAnswers answers, Map<String, String> errors) {
        StepForm form = bind(sent);
        switch (step.kind()) {
            case PERSON -> form.person(answers, errors);
            case CONTINENCE -> form.continence(answers, errors);
            case CRITERIA -> form.criteria(step, answers, errors);
        }
        if (step.notes()) {
            if (form.rejected("notizen")) {
                errors.put("notizen", "Wichtige Notizen: Bitte schreiben Sie höchstens " + PflegegradPages.MAX_NOTE_LENGTH
                        + " Zeichen.");
            } else if (errors.isEmpty()) {
                answers.note(step.module().number(), form.notizen == null ? "" : form.notizen);
            }
        }
    }

    private static StepForm bind(Map<String, String> sent) {
        MutablePropertyValues values = new MutablePropertyValues();
        sent.forEach((name, value) -> {
            Matcher answer = ANSWER.matcher(name);
            if (answer.matches()) {
                values.add((answer.group(2) == null ? "stufe" : answer.group(2)) + "[" + answer.group(1) + "]", value);
            } else {
                values.add(name, value);
            }
        });
        StepForm form = new StepForm();
        DataBinder binder = new DataBinder(form, "stepForm");
        binder.initDirectFieldAccess();
        binder.registerCustomEditor(Integer.class, new CustomNumberEditor(Integer.class, true));
        binder.setValidator(VALIDATOR);
        binder.bind(values);
        binder.validate();
        form.result = binder.getBindingResult();
        return form;
    }

    /** Binding or validation rejected the field; container element errors carry a suffix after the key. */
    private boolean rejected(String field) {
        return result.getFieldErrors().stream().anyMatch(error -> error.getField().startsWith(field));
    }

    private void person(QuestionnaireAnswers answers, Map<String, String> errors) {
        boolean special = "ja".equals(besondereKonstellation);
        if ("erwachsen".equals(person)) {
            answers.person(null, special);
            return;
        }
        if (!"kind".equals(person)) {
            errors.put("person", "Für wen ist die Einschätzung: Bitte wählen Sie eine Antwort aus.");
            return;
        }
        if (alterJahre == null || rejected("alterJahre")) {
            errors.put("alterJahre", "Alter in Jahren: Bitte geben Sie eine ganze Zahl von 0 bis 17 ein. "
                    + "Ab 18 Jahren wählen Sie bitte „Erwachsene Person“.");
        }
        if (rejected("alterMonate")) {
            errors.put("alterMonate", "Und Monate: Bitte geben Sie eine ganze Zahl von 0 bis 11 ein.");
        }
        if (errors.isEmpty()) {
            answers.person(alterJahre * 12 + (alterMonate == null ? 0 : alterMonate), special);
        }
    }

    private void continence(QuestionnaireAnswers answers, Map<String, String> errors) {
        String urinary = harn == null ? Continence.KONTINENT.code() : harn;
        String faecal = stuhl == null ? Continence.KONTINENT.code() : stuhl;
        if (Continence.ofCode(urinary).isEmpty()) {
            errors.put("harn", "Blase: Bitte wählen Sie eine der Antworten aus.");
        }
        if (Continence.ofCode(faecal).isEmpty()) {
            errors.put("stuhl", "Darm: Bitte wählen Sie eine der Antworten aus.");
        }
        if (errors.isEmpty()) {
            answers.continence(urinary, faecal);
        }
    }

    private void criteria(QuestionnaireStep step, QuestionnaireAnswers answers, Map<String, String> errors) {
        Map<String, Runnable> updates = new LinkedHashMap<>();
        for (Criterion c : step.criteriaFor(answers.ageGroup())) {
            String number = c.number();
            String name = "antwort-" + number;
            if (c.scale().isFrequency()) {
                if (rejected("tag[" + number + "]") || rejected("woche[" + number + "]") || rejected("monat[" + number + "]")) {
                    errors.put(name, c.name() + ": Bitte geben Sie ganze Zahlen von 0 bis 1000 ein oder lassen Sie das Feld leer.");
                    continue;
                }
                int perDay = switch (c.scale()) {
                    case ZEIT_UND_TECHNIKINTENSIV -> "ja".equals(taeglich.get(number)) ? 1 : 0;
                    case BESUCHE -> 0;
                    default -> count(tag, number);
                };
                Frequency f = new Frequency(perDay, count(woche, number), count(monat, number));
                updates.put(number, () -> answers.frequency(number, f));
            } else if (stufe.containsKey(number) || rejected("stufe[" + number + "]")) {
                Integer level = stufe.get(number);
                if (level == null || level < 0 || level > c.scale().maxIndex() || rejected("stufe[" + number + "]")) {
                    errors.put(name, c.name() + ": Bitte wählen Sie eine der Antworten aus.");
                } else {
                    updates.put(number, () -> answers.level(number, level));
                }
            }
        }
        if (errors.isEmpty()) {
            updates.values().forEach(Runnable::run);
        }
    }

    private static int count(Map<String, Integer> counts, String number) {
        Integer count = counts.get(number);
        return count == null ? 0 : count;
    }
}
