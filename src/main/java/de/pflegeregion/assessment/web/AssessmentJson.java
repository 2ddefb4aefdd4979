package de.pflegeregion.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.pflegeregion.assessment.AnswerScale;
import de.pflegeregion.assessment.Answers;
import de.pflegeregion.assessment.Assessment;
import de.pflegeregion.assessment.Continence;
import de.pflegeregion.assessment.Criteria;
import de.pflegeregion.assessment.Criterion;
import de.pflegeregion.assessment.CriterionScore;
import de.pflegeregion.assessment.Frequency;
import de.pflegeregion.assessment.GradeChange;
import de.pflegeregion.platform.InvalidInput;
import tools.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Maps the JSON of the assessment API (also the format of the answers file citizens download and
 * upload) to the engine's {@link Answers} and back, and results to {@link AssessmentResponse}.
 */
public final class AssessmentJson {

    private AssessmentJson() {
    }

    /** Validates and converts a request; bad input → {@link InvalidInput} naming the field. */
    public static Answers toAnswers(AssessmentRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "Der Inhalt der Anfrage fehlt.");
        }
        try {
            Answers.Builder builder = Answers.builder();
            builder.ageMonths(optionalInt(request.ageMonths(), "ageMonths"));
            builder.specialConstellation(optionalBoolean(request.specialConstellation(), "specialConstellation"));
            if (request.continence() != null) {
                builder.urinary(continence(request.continence().urinary(), "continence.urinary"));
                builder.faecal(continence(request.continence().faecal(), "continence.faecal"));
            }
            if (request.answers() != null) {
                request.answers().forEach((number, value) -> answer(builder, number, value));
            }
            return builder.build();
        } catch (InvalidInput e) {
            throw new InvalidInput(e.field(), e.getMessage());
        }
    }

    private static void answer(Answers.Builder builder, String number, JsonNode value) {
        String field = "answers." + number;
        Criterion criterion = Criteria.byNumber(number).orElseThrow(() -> new InvalidInput(field,
                "Das Kriterium „" + number + "“ gibt es im Begutachtungsinstrument nicht."));
        if (criterion.scale() == AnswerScale.JA_NEIN) {
            if (value == null || !value.isBoolean()) {
                throw new InvalidInput(field, "Bei „" + number + "“ ist true oder false anzugeben.");
            }
            builder.feedingProblems(value.booleanValue());
        } else if (criterion.scale().isFrequency()) {
            builder.frequency(number, frequency(criterion, value, field));
        } else {
            if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new InvalidInput(field, "Bei „" + number
                        + "“ ist eine ganze Zahl von 0 bis " + criterion.scale().maxIndex() + " anzugeben.");
            }
            builder.level(number, value.intValue());
        }
    }

    private static Frequency frequency(Criterion criterion, JsonNode value, String field) {
        if (value == null || !value.isObject()) {
            throw new InvalidInput(field, "Bei „" + criterion.number()
                    + "“ ist ein Objekt mit der Häufigkeit anzugeben, z. B. {\"perWeek\": 2}.");
        }
        int perDay = 0;
        int perWeek = 0;
        int perMonth = 0;
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String key = entry.getKey();
            String keyField = field + "." + key;
            switch (key) {
                case "perWeek" -> perWeek = count(entry.getValue(), keyField);
                case "perMonth" -> perMonth = count(entry.getValue(), keyField);
                case "perDay" -> {
                    if (criterion.scale() != AnswerScale.MASSNAHMEN) {
                        throw unknownKey(criterion, keyField);
                    }
                    perDay = count(entry.getValue(), keyField);
                }
                case "daily" -> {
                    if (criterion.scale() != AnswerScale.ZEIT_UND_TECHNIKINTENSIV) {
                        throw unknownKey(criterion, keyField);
                    }
                    if (!entry.getValue().isBoolean()) {
                        throw new InvalidInput(keyField, "„daily“ muss true oder false sein.");
                    }
                    perDay = entry.getValue().booleanValue() ? 1 : 0;
                }
                default -> throw unknownKey(criterion, keyField);
            }
        }
        return new Frequency(perDay, perWeek, perMonth);
    }

    private static InvalidInput unknownKey(Criterion criterion, String field) {
        String allowed = switch (criterion.scale()) {
            case MASSNAHMEN -> "perDay, perWeek, perMonth";
            case ZEIT_UND_TECHNIKINTENSIV -> "daily, perWeek, perMonth";
            default -> "perWeek, perMonth";
        };
        return new InvalidInput(field, "Bei „" + criterion.number() + "“ sind nur " + allowed + " möglich.");
    }

    private static int count(JsonNode value, String field) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidInput(field, "Die Anzahl muss eine ganze Zahl sein.");
        }
        int count = value.intValue();
        if (count < 0) {
            throw new InvalidInput(field, "Die Anzahl darf nicht negativ sein.");
        }
        return count;
    }

    private static Integer optionalInt(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidInput(field, "„" + field + "“ muss eine ganze Zahl sein.");
        }
        return value.intValue();
    }

    private static boolean optionalBoolean(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidInput(field, "„" + field + "“ muss true oder false sein.");
        }
        return value.booleanValue();
    }

    private static Continence continence(String code, String field) {
        if (code == null) {
            return Continence.KONTINENT;
        }
        return Continence.ofCode(code).orElseThrow(() -> new InvalidInput(field,
                "„" + code + "“ ist keine gültige Angabe. Möglich sind: kontinent, ueberwiegend-kontinent, "
                        + "ueberwiegend-inkontinent, vollstaendig-inkontinent, kuenstliche-ableitung."));
    }

    /** The answers file: the request of POST /api/v1/assessment plus the notes per module; written by the ObjectMapper. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AnswersDocument(Integer ageMonths, boolean specialConstellation, AssessmentRequest.ContinenceAnswer continence,
            Map<String, Object> answers, Map<String, String> notes) {
    }

    /** A frequency answer as in the request: {@code daily} for 5.15, {@code perDay} for 5.1–5.7 only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FrequencyAnswer(Boolean daily, Integer perDay, int perWeek, int perMonth) {
    }

    /** The answers in the request format, listing only answers that differ from the default; no notes. */
    static AnswersDocument toDocument(Answers answers) {
        Map<String, Object> answerValues = new LinkedHashMap<>();
        for (Criterion criterion : Criteria.all()) {
            String number = criterion.number();
            if (criterion.scale() == AnswerScale.JA_NEIN) {
                if (answers.level(number) == 1) {
                    answerValues.put(number, true);
                }
            } else if (criterion.scale().isFrequency()) {
                Frequency f = answers.frequency(number);
                if (!f.isNone()) {
                    answerValues.put(number, new FrequencyAnswer(
                            criterion.scale() == AnswerScale.ZEIT_UND_TECHNIKINTENSIV ? f.perDay() > 0 : null,
                            criterion.scale() == AnswerScale.MASSNAHMEN ? f.perDay() : null, f.perWeek(), f.perMonth()));
                }
            } else if (answers.level(number) != 0) {
                answerValues.put(number, answers.level(number));
            }
        }
        return new AnswersDocument(answers.ageMonths(), answers.specialConstellation(),
                new AssessmentRequest.ContinenceAnswer(answers.urinary().code(), answers.faecal().code()), answerValues, null);
    }

    /** The API view of a result; {@code gradeChanges} only when asked for, as it scores every alternative answer. */
    public static AssessmentResponse toResponse(Assessment result, List<GradeChange> gradeChanges) {
        List<AssessmentResponse.ModuleResult> modules = result.modules().stream()
                .map(m -> new AssessmentResponse.ModuleResult(m.module().number(), m.module().title(), m.rawPoints(),
                        m.weightedPoints(), m.counted()))
                .toList();
        List<AssessmentResponse.CriterionResult> criteria = new ArrayList<>();
        for (CriterionScore score : result.criterionScores()) {
            if (score.points() > 0 || isAnswered(score.criterion(), result.answers())) {
                criteria.add(new AssessmentResponse.CriterionResult(score.criterion().number(), score.criterion().name(),
                        score.answer(), score.points(), score.assessed(),
                        score.ageTypicalLevel() == null ? null : score.ageTypicalLevel().label()));
            }
        }
        List<AssessmentResponse.FrequencyGroupResult> groups = result.frequencyGroups().stream()
                .map(g -> new AssessmentResponse.FrequencyGroupResult(g.criteria(), g.sum(), g.unit(), g.points()))
                .toList();
        List<AssessmentResponse.GradeChangeResult> changes = gradeChanges == null ? null : gradeChanges.stream()
                .map(c -> new AssessmentResponse.GradeChangeResult(c.criterion().number(), c.criterion().name(),
                        c.currentAnswer(), c.changedAnswer(), c.pflegegrad()))
                .toList();
        return new AssessmentResponse(modules, result.totalPoints(), result.pflegegrad(), result.gradeMeaning(),
                result.countedOf2And3().number(), result.specialConstellationApplied(),
                result.nextGrade().isPresent() ? result.nextGrade().getAsInt() : null,
                result.pointsToNextGrade().orElse(null), result.pointsAboveGradeThreshold().orElse(null),
                criteria, groups, changes);
    }

    private static boolean isAnswered(Criterion criterion, Answers answers) {
        return criterion.scale().isFrequency() ? !answers.frequency(criterion.number()).isNone()
                : answers.level(criterion.number()) != 0;
    }
}
