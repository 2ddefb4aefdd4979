package de.pflegeregion.assessment;

/** One answer category of a criterion: its statutory label and what it means in the assessment. */
public record AnswerLevel(int index, String label, String meaning) {
}
