package de.pflegeregion.assessment.web;

import static de.pflegeregion.assessment.AssessmentModule.ALLTAGSLEBEN;
import static de.pflegeregion.assessment.AssessmentModule.AUSSERHAEUSLICHE_AKTIVITAETEN;
import static de.pflegeregion.assessment.AssessmentModule.HAUSHALTSFUEHRUNG;
import static de.pflegeregion.assessment.AssessmentModule.KOGNITION;
import static de.pflegeregion.assessment.AssessmentModule.KRANKHEITSBEDINGTE_ANFORDERUNGEN;
import static de.pflegeregion.assessment.AssessmentModule.MOBILITAET;
import static de.pflegeregion.assessment.AssessmentModule.SELBSTVERSORGUNG;
import static de.pflegeregion.assessment.AssessmentModule.VERHALTEN;

import java.util.List;
import java.util.Optional;

import de.pflegeregion.assessment.AgeGroup;
import de.pflegeregion.assessment.AssessmentModule;
import de.pflegeregion.assessment.web.QuestionnaireStep.Kind;

/** The pages of the questionnaire in order; small groups so a page fits on a phone screen. */
final class QuestionnaireSteps {

    static final List<QuestionnaireStep> ALL = List.of(
            new QuestionnaireStep("person", "Über die Person", null, List.of(), Kind.PERSON, false),
            criteria("mobilitaet", "Bewegen in der Wohnung", MOBILITAET, true, "1.1", "1.2", "1.3", "1.4", "1.5"),
            criteria("erkennen", "Erkennen und Orientierung", KOGNITION, false, "2.1", "2.2", "2.3", "2.4"),
            criteria("denken", "Handeln und Entscheiden", KOGNITION, false, "2.5", "2.6", "2.7", "2.8"),
            criteria("verstaendigung", "Sich verständigen", KOGNITION, true, "2.9", "2.10", "2.11"),
            criteria("unruhe", "Unruhe und Aggression", VERHALTEN, false, "3.1", "3.2", "3.3", "3.4", "3.5"),
            criteria("auffaelligkeiten", "Auffälliges Verhalten", VERHALTEN, false, "3.6", "3.7", "3.8", "3.9"),
            criteria("stimmung", "Ängste und Stimmung", VERHALTEN, true, "3.10", "3.11", "3.12", "3.13"),
            criteria("waschen", "Waschen und Körperpflege", SELBSTVERSORGUNG, false, "4.1", "4.2", "4.3", "4.4"),
            criteria("anziehen", "Anziehen und Essen vorbereiten", SELBSTVERSORGUNG, false, "4.5", "4.6", "4.7"),
            criteria("essen", "Essen, Trinken, Toilette", SELBSTVERSORGUNG, false, "4.8", "4.9", "4.10"),
            new QuestionnaireStep("kontinenz", "Blase und Darm", SELBSTVERSORGUNG, List.of(), Kind.CONTINENCE, false),
            criteria("inkontinenz", "Umgang mit Inkontinenz", SELBSTVERSORGUNG, false, "4.11", "4.12"),
            criteria("ernaehrung", "Ernährung über Sonde", SELBSTVERSORGUNG, true, "4.13", "4.K"),
            criteria("medikamente", "Medikamente und Messungen", KRANKHEITSBEDINGTE_ANFORDERUNGEN, false,
                    "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7"),
            criteria("wunden", "Wunden, Stoma, Therapie zu Hause", KRANKHEITSBEDINGTE_ANFORDERUNGEN, false,
                    "5.8", "5.9", "5.10", "5.11"),
            criteria("arztbesuche", "Behandlungen und Arztbesuche", KRANKHEITSBEDINGTE_ANFORDERUNGEN, false,
                    "5.12", "5.13", "5.14", "5.15", "5.K"),
            criteria("diaet", "Diät und Vorschriften", KRANKHEITSBEDINGTE_ANFORDERUNGEN, true, "5.16"),
            criteria("tagesablauf", "Tagesablauf und Ruhe", ALLTAGSLEBEN, false, "6.1", "6.2", "6.3"),
            criteria("kontakte", "Planen und Kontakte", ALLTAGSLEBEN, true, "6.4", "6.5", "6.6"),
            criteria("draussen", "Unterwegs sein", AUSSERHAEUSLICHE_AKTIVITAETEN, true,
                    "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7"),
            criteria("haushalt", "Haushalt", HAUSHALTSFUEHRUNG, true, "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7"));

    private QuestionnaireSteps() {
    }

    private static QuestionnaireStep criteria(String id, String title, AssessmentModule module, boolean notes,
            String... criteria) {
        return new QuestionnaireStep(id, title, module, List.of(criteria), Kind.CRITERIA, notes);
    }

    static Optional<QuestionnaireStep> byId(String id) {
        return ALL.stream().filter(step -> step.id().equals(id)).findFirst();
    }

    /** The steps that apply to this person, in order. */
    static List<QuestionnaireStep> forAge(AgeGroup ageGroup) {
        return ALL.stream().filter(step -> step.appliesTo(ageGroup)).toList();
    }

    static Optional<QuestionnaireStep> next(QuestionnaireStep step, AgeGroup ageGroup) {
        List<QuestionnaireStep> steps = forAge(ageGroup);
        int index = steps.indexOf(step);
        return index + 1 < steps.size() ? Optional.of(steps.get(index + 1)) : Optional.empty();
    }

    static Optional<QuestionnaireStep> previous(QuestionnaireStep step, AgeGroup ageGroup) {
        List<QuestionnaireStep> steps = forAge(ageGroup);
        int index = steps.indexOf(step);
        return index > 0 ? Optional.of(steps.get(index - 1)) : Optional.empty();
    }
}
