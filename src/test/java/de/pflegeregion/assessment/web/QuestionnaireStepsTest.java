package de.pflegeregion.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.pflegeregion.assessment.AgeGroup;
import de.pflegeregion.assessment.Criteria;
import de.pflegeregion.assessment.Criterion;

/** Every criterion is asked exactly once, and only where it applies to the person's age (§ 15 (6), (7)). */
class QuestionnaireStepsTest {

    private static List<String> asked(AgeGroup ageGroup) {
        return QuestionnaireSteps.forAge(ageGroup).stream()
                .flatMap(step -> step.criteriaFor(ageGroup).stream()).map(Criterion::number).toList();
    }

    @Test
    void adultsAreAskedEveryCriterionExceptTheChildrensOnes() {
        List<String> expected = Criteria.all().stream().map(Criterion::number)
                .filter(n -> !n.endsWith(".K")).toList();
        assertThat(asked(AgeGroup.ADULT)).containsExactlyElementsOf(expected);
        assertThat(QuestionnaireSteps.forAge(AgeGroup.ADULT)).hasSize(22);
    }

    @Test
    void childrenAreAskedAboutEarlyIntervention() {
        assertThat(asked(AgeGroup.CHILD)).contains("5.K").doesNotContain("4.K");
        assertThat(asked(AgeGroup.ADOLESCENT)).contains("5.K").contains("4.13");
    }

    @Test
    void infantsAreAskedModules3And5And4KOnlyPlusTheUnscoredModules() {
        assertThat(asked(AgeGroup.INFANT)).allSatisfy(number -> assertThat(number)
                .matches("3\\..*|4\\.K|5\\..*|7\\..*|8\\..*"));
        assertThat(asked(AgeGroup.INFANT)).contains("4.K", "5.K", "3.1", "5.16");
        assertThat(QuestionnaireSteps.forAge(AgeGroup.INFANT)).extracting(QuestionnaireStep::id)
                .doesNotContain("mobilitaet", "kontinenz", "waschen", "tagesablauf");
    }

    @Test
    void formRejectsBadNumbersNamingTheQuestionAndKeepsEarlierAnswers() {
        QuestionnaireAnswers answers = new QuestionnaireAnswers();
        answers.person(null, false);
        answers.frequency("5.1", new de.pflegeregion.assessment.Frequency(2, 0, 0));
        QuestionnaireStep step = QuestionnaireSteps.byId("medikamente").orElseThrow();
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        StepForm.apply(step, Map.of("antwort-5.1-tag", "drei", "antwort-5.2-woche", "1"), answers, errors);
        assertThat(errors).containsOnlyKeys("antwort-5.1");
        assertThat(errors.get("antwort-5.1")).startsWith("Medikation");
        assertThat(answers.frequency("5.1").perDay()).isEqualTo(2);
        assertThat(answers.frequency("5.2")).isNull();

        errors.clear();
        StepForm.apply(step, Map.of("antwort-5.1-tag", "3", "antwort-5.2-woche", "1"), answers, errors);
        assertThat(errors).isEmpty();
        assertThat(answers.frequency("5.2").perWeek()).isEqualTo(1);
    }
}
