package de.pflegeregion.assessment;

/** A single different answer that would change the Pflegegrad on its own. */
public record GradeChange(Criterion criterion, String currentAnswer, String changedAnswer, int pflegegrad) {

    public boolean raisesGrade(int currentGrade) {
        return pflegegrad > currentGrade;
    }
}
