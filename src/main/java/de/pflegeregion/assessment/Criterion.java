package de.pflegeregion.assessment;

import java.util.List;

/**
 * One criterion of the Begutachtungsinstrument.
 *
 * @param number      the Ziffer of Anlage 1 SGB XI ("1.1" … "6.6", "4.K", "5.K") or of modules 7 and 8
 * @param name        the official name
 * @param points      Einzelpunkte per category index for ordinal criteria (Anlage 1); empty for
 *                    frequency criteria, which are scored in groups, and for modules 7 and 8
 * @param explanation a short plain-language explanation for citizens
 */
public record Criterion(String number, AssessmentModule module, String name, AnswerScale scale, List<Integer> points,
        String explanation) {

    /** Modules 7 and 8 are recorded for care planning only (§ 15 SGB XI scores modules 1–6). */
    public boolean isScored() {
        return module.isScored();
    }

    /** Criteria only assessed for children: 4.K (up to 18 months) and 5.K. */
    public boolean isChildrenOnly() {
        return number.endsWith(".K");
    }
}
