package de.pflegeregion.assessment;

/**
 * Anlage 2 SGB XI (Bewertungssystematik), in force since 2017-01-01: for each of modules 1–6 the
 * lowest raw sum of Punktbereiche 1–4 and the fixed gewichtete Punkte of Punktbereiche 0–4, and
 * the grade thresholds of § 15 (3). Weighted points are held in quarter points so all arithmetic is
 * exact integer arithmetic (2.5, 3.75, 11.25 … are whole quarters).
 */
final class Anlage2 {

    /** Lowest raw sum of Punktbereich 1, 2, 3, 4; index = module number − 1. */
    private static final int[][] BAND_FROM = {
            {2, 4, 6, 10},
            {2, 6, 11, 17},
            {1, 3, 5, 7},
            {3, 8, 19, 37},
            {1, 2, 4, 6},
            {1, 4, 7, 12}};

    /** Gewichtete Punkte of Punktbereich 0–4 in quarter points (e.g. 2.5 = 10). */
    private static final int[][] WEIGHTED_QUARTERS = {
            {0, 10, 20, 30, 40},
            {0, 15, 30, 45, 60},
            {0, 15, 30, 45, 60},
            {0, 40, 80, 120, 160},
            {0, 20, 40, 60, 80},
            {0, 15, 30, 45, 60}};

    /** § 15 (3): Gesamtpunkte from which Pflegegrad 1 … 5 applies, in quarter points (12.5, 27, 47.5, 70, 90). */
    static final int[] GRADE_FROM_QUARTERS = {50, 108, 190, 280, 360};

    private Anlage2() {
    }

    /** Punktbereich 0–4 of a raw module sum. */
    static int band(int module, int rawPoints) {
        int[] from = BAND_FROM[module - 1];
        int band = 0;
        while (band < 4 && rawPoints >= from[band]) {
            band++;
        }
        return band;
    }

    static int weightedQuarters(int module, int rawPoints) {
        return WEIGHTED_QUARTERS[module - 1][band(module, rawPoints)];
    }

    /**
     * Grade for Gesamtpunkte in quarter points: § 15 (3), or § 15 (7) for children up to 18 months
     * (one grade higher from 12.5 points, at most 5).
     */
    static int grade(int totalQuarters, boolean infant) {
        int grade = 0;
        while (grade < 5 && totalQuarters >= GRADE_FROM_QUARTERS[grade]) {
            grade++;
        }
        return infant && grade > 0 ? Math.min(5, grade + 1) : grade;
    }

    /** Lowest Gesamtpunkte (quarters) that give at least the given grade, for adults or infants. */
    static int gradeFromQuarters(int grade, boolean infant) {
        int statutoryGrade = infant ? Math.max(1, grade - 1) : grade;
        return GRADE_FROM_QUARTERS[statutoryGrade - 1];
    }
}
