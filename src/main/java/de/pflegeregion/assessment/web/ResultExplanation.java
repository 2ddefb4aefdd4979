package de.pflegeregion.assessment.web;

import de.pflegeregion.site.GermanNumbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import de.pflegeregion.assessment.AgeGroup;
import de.pflegeregion.assessment.Assessment;
import de.pflegeregion.assessment.AssessmentModule;
import de.pflegeregion.assessment.GradeChange;
import de.pflegeregion.assessment.ModuleScore;

/** The result in plain language: why this grade, how close the neighbouring grades are, what would change it. */
record ResultExplanation(List<String> reasons, List<String> wouldRaise, List<String> wouldLower) {

    private static final int MAX_CHANGES = 8;

    static ResultExplanation of(Assessment result, List<GradeChange> changes) {
        List<String> reasons = new ArrayList<>();
        AgeGroup ageGroup = result.answers().ageGroup();
        if (ageGroup == AgeGroup.INFANT) {
            reasons.add("Bei Kindern bis 18 Monate zählen nur das Verhalten (Modul 3), die Behandlungen (Modul 5) und "
                    + "gravierende Probleme beim Füttern. Dafür wird das Kind einen Pflegegrad höher eingestuft "
                    + "(§ 15 Absatz 7 SGB XI).");
        } else if (ageGroup == AgeGroup.CHILD) {
            reasons.add("Bei Kindern unter 11 Jahren zählt nur, was das Kind weniger selbständig kann als ein gesundes "
                    + "Kind im gleichen Alter (§ 15 Absatz 6 SGB XI).");
        }
        ModuleScore largest = result.modules().stream().filter(ModuleScore::counted)
                .max(Comparator.comparing(ModuleScore::weightedPoints)).orElseThrow();
        if (largest.weightedPoints().signum() > 0) {
            reasons.add("Die meisten Punkte kommen aus Modul " + largest.module().number() + " („"
                    + largest.module().title() + "“): " + GermanNumbers.points(largest.weightedPoints()) + " Punkte.");
        }
        ModuleScore cognition = result.module(2);
        ModuleScore behaviour = result.module(3);
        AssessmentModule counted = result.countedOf2And3();
        reasons.add("Von Modul 2 (" + GermanNumbers.points(cognition.weightedPoints()) + " Punkte) und Modul 3 ("
                + GermanNumbers.points(behaviour.weightedPoints()) + " Punkte) zählt nur das höhere Ergebnis, hier Modul "
                + counted.number() + ".");
        if (result.specialConstellationApplied()) {
            reasons.add("Weil beide Arme und beide Beine nicht mehr gebraucht werden können, gilt Pflegegrad 5, "
                    + "auch wenn die Punkte darunter liegen (besondere Bedarfskonstellation, § 15 Absatz 4 SGB XI).");
        }
        boolean urinaryIgnored = !result.answers().urinary().countsForSelfCare() && result.answers().level("4.11") > 0;
        boolean faecalIgnored = !result.answers().faecal().countsForSelfCare() && result.answers().level("4.12") > 0;
        if (ageGroup != AgeGroup.INFANT && (urinaryIgnored || faecalIgnored)) {
            reasons.add("Der Umgang mit Inkontinenz zählt nur, wenn die Person überwiegend oder vollständig inkontinent "
                    + "ist oder einen Katheter oder ein Stoma hat. Ihre Antwort dazu wurde deshalb nicht gezählt.");
        }
        result.pointsToNextGrade().ifPresent(missing -> reasons.add("Bis Pflegegrad " + result.nextGrade().getAsInt()
                + " fehlen " + GermanNumbers.points(missing) + " Punkte."));
        result.pointsAboveGradeThreshold().ifPresent(above -> reasons.add("Sie liegen "
                + GermanNumbers.points(above) + " Punkte über der Grenze für Pflegegrad " + result.pflegegrad() + "."));
        int grade = result.pflegegrad();
        return new ResultExplanation(reasons, describe(changes, grade, true), describe(changes, grade, false));
    }

    private static List<String> describe(List<GradeChange> changes, int grade, boolean up) {
        return changes.stream().filter(change -> change.raisesGrade(grade) == up).limit(MAX_CHANGES)
                .map(change -> "„" + change.criterion().name() + "“ (" + change.criterion().number() + "): „"
                        + change.changedAnswer() + "“ statt „" + change.currentAnswer() + "“ ergäbe "
                        + (change.pflegegrad() == 0 ? "keinen Pflegegrad" : "Pflegegrad " + change.pflegegrad()) + ".")
                .toList();
    }
}
