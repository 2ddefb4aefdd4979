package de.pflegeregion.assessment.web;

import de.pflegeregion.assessment.Criterion;

/**
 * One question on a page as the template shows it: the criterion, the selected category (or the
 * frequency inputs as typed) and an error message if the input was not accepted.
 */
record QuestionView(Criterion criterion, String fieldId, Integer selected, String perDay, String perWeek,
        String perMonth, boolean daily, String error) {

    public String fieldName() {
        return "antwort-" + criterion.number();
    }
}
