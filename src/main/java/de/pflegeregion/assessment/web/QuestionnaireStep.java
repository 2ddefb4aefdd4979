package de.pflegeregion.assessment.web;

import java.util.List;

import de.pflegeregion.assessment.AgeGroup;
import de.pflegeregion.assessment.AssessmentModule;
import de.pflegeregion.assessment.Criteria;
import de.pflegeregion.assessment.Criterion;

/**
 * One page of the questionnaire: a small group of criteria of one module. The person page and the
 * continence questions are steps of their own kind.
 *
 * @param notes whether the page ends with the module's "Wichtige Notizen" field
 */
record QuestionnaireStep(String id, String title, AssessmentModule module, List<String> criteria, Kind kind,
        boolean notes) {

    enum Kind { PERSON, CRITERIA, CONTINENCE }

    List<Criterion> criteriaFor(AgeGroup ageGroup) {
        return criteria.stream().map(Criteria::get).filter(c -> applies(c, ageGroup)).toList();
    }

    /** 4.K only up to 18 months, 5.K only for children; modules 1, 2, 4.1–4.13 and 6 not for infants (§ 15 (7)). */
    static boolean applies(Criterion c, AgeGroup ageGroup) {
        if (c.number().equals("4.K")) {
            return ageGroup == AgeGroup.INFANT;
        }
        if (c.number().equals("5.K")) {
            return ageGroup.isChild();
        }
        if (ageGroup == AgeGroup.INFANT) {
            int module = c.module().number();
            return module == 3 || module == 5 || module >= 7;
        }
        return true;
    }

    boolean appliesTo(AgeGroup ageGroup) {
        return switch (kind) {
            case PERSON -> true;
            case CONTINENCE -> ageGroup != AgeGroup.INFANT;
            case CRITERIA -> !criteriaFor(ageGroup).isEmpty();
        };
    }
}
