package de.pflegeregion.assessment;

/** Age groups with different scoring rules; the age on the day of the assessment counts. */
public enum AgeGroup {
    /** Up to 18 months: modules 3, 5 and 4.K only, grade one higher (§ 15 (7) SGB XI). */
    INFANT,
    /** 18 months to the 11th birthday: compared with age-typical development (§ 15 (6) SGB XI, BRi chapter 5). */
    CHILD,
    /** 11 to 18 years: adult scoring, 5.K still counts. */
    ADOLESCENT,
    ADULT;

    static final int CHILD_FROM_MONTHS = 18;
    static final int ADOLESCENT_FROM_MONTHS = 11 * 12;
    static final int ADULT_FROM_MONTHS = 18 * 12;

    /** {@code null} age means an adult. */
    public static AgeGroup of(Integer ageMonths) {
        if (ageMonths == null || ageMonths >= ADULT_FROM_MONTHS) {
            return ADULT;
        }
        if (ageMonths < CHILD_FROM_MONTHS) {
            return INFANT;
        }
        return ageMonths < ADOLESCENT_FROM_MONTHS ? CHILD : ADOLESCENT;
    }

    public boolean isChild() {
        return this != ADULT;
    }
}
