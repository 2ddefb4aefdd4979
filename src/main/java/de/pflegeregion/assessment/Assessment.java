package de.pflegeregion.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The scored result of one self-assessment, able to explain itself. Created by {@link PflegegradCalculator}. */
public final class Assessment {

    private static final BigDecimal[] QUARTERS = new BigDecimal[401];

    static {
        for (int q = 0; q < QUARTERS.length; q++) {
            BigDecimal value = BigDecimal.valueOf(q * 25L, 2).stripTrailingZeros();
            QUARTERS[q] = value.scale() < 0 ? value.setScale(0) : value;
        }
    }

    private static final int[] MAX_WEIGHTED_QUARTERS = {0, 40, 60, 60, 160, 80, 60};

    private final Answers answers;
    private final int[] rawPoints;
    private final int[] weightedQuarters;
    private final boolean module3Counts;
    private final int totalQuarters;
    private final int gradeByPoints;
    private final int pflegegrad;
    private final int[] groupSums;
    private final int[] groupPoints;

    Assessment(Answers answers, int[] rawPoints, int[] weightedQuarters, boolean module3Counts,
            int totalQuarters, int gradeByPoints, int pflegegrad, int[] groupSums, int[] groupPoints) {
        this.answers = answers;
        this.rawPoints = rawPoints;
        this.weightedQuarters = weightedQuarters;
        this.module3Counts = module3Counts;
        this.totalQuarters = totalQuarters;
        this.gradeByPoints = gradeByPoints;
        this.pflegegrad = pflegegrad;
        this.groupSums = groupSums;
        this.groupPoints = groupPoints;
    }

    static BigDecimal quarters(int quarters) {
        return QUARTERS[quarters];
    }

    public Answers answers() {
        return answers;
    }

    /** Pflegegrad 1–5, or 0 if no grade is reached. */
    public int pflegegrad() {
        return pflegegrad;
    }

    /** Gesamtpunkte 0–100, exact. */
    public BigDecimal totalPoints() {
        return quarters(totalQuarters);
    }

    /** True if the grade is 5 only because of the besondere Bedarfskonstellation (§ 15 (4)). */
    public boolean specialConstellationApplied() {
        return pflegegrad == 5 && gradeByPoints < 5;
    }

    /** True for children up to 18 months, who are placed one grade higher (§ 15 (7)). */
    public boolean infantRule() {
        return answers.ageGroup() == AgeGroup.INFANT;
    }

    /** Which of modules 2 and 3 counts (the one with higher weighted points; module 2 on a tie). */
    public AssessmentModule countedOf2And3() {
        return module3Counts ? AssessmentModule.VERHALTEN : AssessmentModule.KOGNITION;
    }

    public List<ModuleScore> modules() {
        List<ModuleScore> modules = new ArrayList<>(6);
        for (int m = 1; m <= 6; m++) {
            boolean counted = m == 2 ? !module3Counts : m != 3 || module3Counts;
            modules.add(new ModuleScore(AssessmentModule.of(m), rawPoints[m], Anlage2.band(m, rawPoints[m]),
                    quarters(weightedQuarters[m]), quarters(MAX_WEIGHTED_QUARTERS[m]), counted));
        }
        return modules;
    }

    public ModuleScore module(int number) {
        return modules().get(number - 1);
    }

    /** Einzelpunkte of one criterion (0 for module 5 frequency criteria, scored per group). */
    public int points(String criterion) {
        return PflegegradCalculator.criterionPoints(answers)[Criteria.indexOf(criterion)];
    }

    public List<CriterionScore> criterionScores() {
        List<CriterionScore> scores = new ArrayList<>(Criteria.count());
        int[] criterionPoints = PflegegradCalculator.criterionPoints(answers);
        int[] norms = answers.ageGroup() == AgeGroup.CHILD ? AgeTables.norms(answers.ageMonths()) : null;
        for (int i = 0; i < Criteria.count(); i++) {
            Criterion c = Criteria.all().get(i);
            AnswerLevel typical = norms != null && PflegegradCalculator.kindAt(i) == PflegegradCalculator.Kind.SELF_CARE_LIKE
                    ? c.scale().levels().get(norms[i]) : null;
            scores.add(new CriterionScore(c, describeAnswer(c, answers), criterionPoints[i], isAssessed(i), typical));
        }
        return scores;
    }

    /** The three frequency groups of module 5. */
    public List<FrequencyGroupScore> frequencyGroups() {
        String visits = answers.ageGroup().isChild() ? "5.12–5.15 und 5.K" : "5.12–5.15";
        return List.of(
                new FrequencyGroupScore("5.1–5.7", perDay(groupSums[0]), "Maßnahmen pro Tag", groupPoints[0]),
                new FrequencyGroupScore("5.8–5.11", perDay(groupSums[1]), "Maßnahmen pro Tag", groupPoints[1]),
                new FrequencyGroupScore(visits, BigDecimal.valueOf(groupSums[2], 1), "Punkte", groupPoints[2]));
    }

    private static BigDecimal perDay(int units) {
        return BigDecimal.valueOf(units).divide(BigDecimal.valueOf(PflegegradCalculator.PER_DAY), 2, RoundingMode.HALF_UP);
    }

    /** The next higher grade reachable by points, or empty at grade 5. */
    public OptionalInt nextGrade() {
        return pflegegrad >= 5 ? OptionalInt.empty() : OptionalInt.of(infantRule() && pflegegrad == 0 ? 2 : pflegegrad + 1);
    }

    /** Gesamtpunkte missing to the next grade, or empty at grade 5. */
    public Optional<BigDecimal> pointsToNextGrade() {
        if (nextGrade().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(quarters(Anlage2.gradeFromQuarters(nextGrade().getAsInt(), infantRule()) - totalQuarters));
    }

    /** Gesamtpunkte above the lower threshold of the current grade (how far it is from dropping), or empty. */
    public Optional<BigDecimal> pointsAboveGradeThreshold() {
        if (gradeByPoints == 0 || specialConstellationApplied()) {
            return Optional.empty();
        }
        return Optional.of(quarters(totalQuarters - Anlage2.gradeFromQuarters(pflegegrad, infantRule())));
    }

    /** § 15 (3) SGB XI description of the grade. */
    public String gradeMeaning() {
        return meaningOf(pflegegrad);
    }

    public static String meaningOf(int pflegegrad) {
        return switch (pflegegrad) {
            case 0 -> "kein Pflegegrad: die Beeinträchtigungen erreichen nicht 12,5 Gesamtpunkte";
            case 1 -> "geringe Beeinträchtigungen der Selbständigkeit oder der Fähigkeiten";
            case 2 -> "erhebliche Beeinträchtigungen der Selbständigkeit oder der Fähigkeiten";
            case 3 -> "schwere Beeinträchtigungen der Selbständigkeit oder der Fähigkeiten";
            case 4 -> "schwerste Beeinträchtigungen der Selbständigkeit oder der Fähigkeiten";
            default -> "schwerste Beeinträchtigungen der Selbständigkeit oder der Fähigkeiten mit besonderen "
                    + "Anforderungen an die pflegerische Versorgung";
        };
    }

    /** Whether a criterion is assessed for this person at all and can change the result. */
    boolean isAssessed(int i) {
        AgeGroup ageGroup = answers.ageGroup();
        boolean infant = ageGroup == AgeGroup.INFANT;
        return switch (PflegegradCalculator.kindAt(i)) {
            case UNSCORED -> false;
            case SELF_CARE_LIKE -> !infant && continenceAllows(i)
                    && (ageGroup != AgeGroup.CHILD || AgeTables.norms(answers.ageMonths())[i] < 3);
            case TUBE_FEEDING -> !infant;
            case INFANT_FEEDING -> infant;
            case VISIT -> !Criteria.all().get(i).isChildrenOnly() || ageGroup.isChild();
            default -> true;
        };
    }

    private boolean continenceAllows(int i) {
        String number = Criteria.all().get(i).number();
        return switch (number) {
            case "4.11" -> answers.urinary().countsForSelfCare();
            case "4.12" -> answers.faecal().countsForSelfCare();
            default -> true;
        };
    }

    /** The answer in words, as on the Einschätzungsbogen. */
    public static String describeAnswer(Criterion c, Answers answers) {
        if (!c.scale().isFrequency()) {
            return c.scale().levels().get(answers.level(c.number())).label();
        }
        Frequency f = answers.frequency(c.number());
        if (f.isNone()) {
            return "entfällt oder selbständig";
        }
        List<String> parts = new ArrayList<>(3);
        if (f.perDay() > 0) {
            parts.add(c.scale() == AnswerScale.ZEIT_UND_TECHNIKINTENSIV ? "täglich" : f.perDay() + "-mal pro Tag");
        }
        if (f.perWeek() > 0) {
            parts.add(f.perWeek() + "-mal pro Woche");
        }
        if (f.perMonth() > 0) {
            parts.add(f.perMonth() + "-mal pro Monat");
        }
        return String.join(", ", parts);
    }
}
