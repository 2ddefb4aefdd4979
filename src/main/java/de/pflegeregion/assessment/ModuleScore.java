package de.pflegeregion.assessment;

import java.math.BigDecimal;

/**
 * The score of one module: the sum of its Einzelpunkte, the Punktbereich (0–4) and the fixed
 * gewichtete Punkte of Anlage 2 SGB XI. {@code counted} is false for whichever of modules 2 and 3
 * has the lower weighted points (§ 15 (3)).
 */
public record ModuleScore(AssessmentModule module, int rawPoints, int band, BigDecimal weightedPoints,
        BigDecimal maxWeightedPoints, boolean counted) {

    /** § 15 (2) names of the Punktbereiche. */
    public String bandLabel() {
        return switch (band) {
            case 0 -> "keine Beeinträchtigungen";
            case 1 -> "geringe Beeinträchtigungen";
            case 2 -> "erhebliche Beeinträchtigungen";
            case 3 -> "schwere Beeinträchtigungen";
            default -> "schwerste Beeinträchtigungen";
        };
    }
}
