package de.pflegeregion.assessment.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * Response of {@code POST /api/v1/assessment}: the contract fields {@code modules}, {@code totalPoints}
 * and {@code pflegegrad}, plus the explanation of the result.
 */
public record AssessmentResponse(
        List<ModuleResult> modules,
        BigDecimal totalPoints,
        int pflegegrad,
        String pflegegradMeaning,
        int countedModuleOf2And3,
        boolean specialConstellationApplied,
        Integer nextPflegegrad,
        BigDecimal pointsToNextPflegegrad,
        BigDecimal pointsAboveGradeThreshold,
        List<CriterionResult> criteria,
        List<FrequencyGroupResult> module5Groups,
        List<GradeChangeResult> gradeChanges) {

    public record ModuleResult(int module, String title, int rawPoints, BigDecimal weightedPoints, boolean counted) {
    }

    /** One answered criterion that was assessed: its answer in words and its Einzelpunkte. */
    public record CriterionResult(String criterion, String name, String answer, int points, boolean assessed,
            String ageTypicalLevel) {
    }

    public record FrequencyGroupResult(String criteria, BigDecimal sum, String unit, int points) {
    }

    /** A single different answer that would on its own give {@code pflegegrad}. */
    public record GradeChangeResult(String criterion, String name, String currentAnswer, String changedAnswer,
            int pflegegrad) {
    }
}
