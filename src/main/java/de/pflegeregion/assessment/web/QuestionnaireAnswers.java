package de.pflegeregion.assessment.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import de.pflegeregion.assessment.AgeGroup;
import de.pflegeregion.assessment.AnswerScale;
import de.pflegeregion.assessment.Answers;
import de.pflegeregion.assessment.Continence;
import de.pflegeregion.assessment.Criteria;
import de.pflegeregion.assessment.Criterion;
import de.pflegeregion.assessment.Frequency;

/**
 * What a citizen has answered so far, kept only in the HTTP session (serialisable for Spring
 * Session). Unanswered criteria count as "selbständig"; answered ones are remembered even when 0 so
 * the check page can tell them apart.
 */
final class QuestionnaireAnswers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_KEY = QuestionnaireAnswers.class.getName();

    private Integer ageMonths;
    private boolean personAnswered;
    private boolean specialConstellation;
    private String urinary = Continence.KONTINENT.code();
    private String faecal = Continence.KONTINENT.code();
    private final LinkedHashMap<String, Integer> levels = new LinkedHashMap<>();
    private final LinkedHashMap<String, int[]> frequencies = new LinkedHashMap<>();
    private final TreeMap<Integer, String> notes = new TreeMap<>();

    Integer ageMonths() {
        return ageMonths;
    }

    boolean personAnswered() {
        return personAnswered;
    }

    void person(Integer ageMonths, boolean specialConstellation) {
        this.ageMonths = ageMonths;
        this.specialConstellation = specialConstellation;
        this.personAnswered = true;
    }

    public boolean specialConstellation() {
        return specialConstellation;
    }

    public AgeGroup ageGroup() {
        return AgeGroup.of(ageMonths);
    }

    public String urinary() {
        return urinary;
    }

    public String faecal() {
        return faecal;
    }

    void continence(String urinary, String faecal) {
        this.urinary = urinary;
        this.faecal = faecal;
    }

    Integer level(String criterion) {
        return levels.get(criterion);
    }

    void level(String criterion, int level) {
        levels.put(criterion, level);
    }

    Frequency frequency(String criterion) {
        int[] f = frequencies.get(criterion);
        return f == null ? null : new Frequency(f[0], f[1], f[2]);
    }

    void frequency(String criterion, Frequency f) {
        frequencies.put(criterion, new int[] {f.perDay(), f.perWeek(), f.perMonth()});
    }

    boolean isAnswered(String criterion) {
        return levels.containsKey(criterion) || frequencies.containsKey(criterion);
    }

    String note(int module) {
        return notes.getOrDefault(module, "");
    }

    void note(int module, String text) {
        if (text == null || text.isBlank()) {
            notes.remove(module);
        } else {
            notes.put(module, text.strip());
        }
    }

    /** The answers for the engine; valid by construction because every page validates its input. */
    Answers toAnswers() {
        Answers.Builder builder = Answers.builder().ageMonths(ageMonths).specialConstellation(specialConstellation)
                .urinary(Continence.ofCode(urinary).orElse(Continence.KONTINENT))
                .faecal(Continence.ofCode(faecal).orElse(Continence.KONTINENT));
        levels.forEach(builder::level);
        frequencies.forEach((criterion, f) -> builder.frequency(criterion, new Frequency(f[0], f[1], f[2])));
        return builder.build();
    }

    /** Takes over everything from an uploaded answers file (already validated as {@code answers}). */
    static QuestionnaireAnswers of(Answers answers, Iterable<String> answeredCriteria, Map<Integer, String> notes) {
        QuestionnaireAnswers result = new QuestionnaireAnswers();
        result.person(answers.ageMonths(), answers.specialConstellation());
        result.continence(answers.urinary().code(), answers.faecal().code());
        for (String number : answeredCriteria) {
            Criterion criterion = Criteria.get(number);
            if (criterion.scale().isFrequency()) {
                result.frequency(number, answers.frequency(number));
            } else {
                result.level(number, answers.level(number));
            }
        }
        notes.forEach(result::note);
        return result;
    }

    /** The answers file: the request format of POST /api/v1/assessment plus the notes per module. */
    AssessmentJson.AnswersDocument toJson() {
        AssessmentJson.AnswersDocument document = AssessmentJson.toDocument(toAnswers());
        // every answered category is written, also "selbständig", so the check page can tell it was answered
        levels.forEach((number, level) -> document.answers().put(number,
                Criteria.get(number).scale() == AnswerScale.JA_NEIN ? (Object) (level == 1) : level));
        Map<String, String> noteTexts = new LinkedHashMap<>();
        notes.forEach((module, text) -> noteTexts.put(String.valueOf(module), text));
        return new AssessmentJson.AnswersDocument(document.ageMonths(), document.specialConstellation(), document.continence(),
                document.answers(), noteTexts);
    }
}
