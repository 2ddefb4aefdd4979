package de.pflegeregion.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a self-assessment exactly as § 15 SGB XI with Anlage 1 and 2. Pure functions over
 * integers: module 5 frequencies are counted in 1/210 of a day (210 = lcm(7, 30)) and in tenths of
 * points, weighted points in quarter points, so every statutory boundary lands exactly.
 */
public final class PflegegradCalculator {

    enum Kind { SELF_CARE_LIKE, BEHAVIOUR, TUBE_FEEDING, INFANT_FEEDING, DAILY_MEASURE, WEEKLY_MEASURE,
        TIME_INTENSIVE, VISIT, DIET, UNSCORED }

    /** 5.1–5.7 and 5.8–5.11: one measure per day = 210 units, per week = 30, per month = 7. */
    static final int PER_DAY = 210;
    static final int PER_WEEK = 30;
    static final int PER_MONTH = 7;

    private static final int N = Criteria.count();
    private static final Kind[] KIND = new Kind[N];
    private static final int[][] POINTS = new int[N][];
    private static final int[] MODULE = new int[N];
    private static final int[] WEEK_TENTHS = new int[N];
    private static final int[] MONTH_TENTHS = new int[N];
    private static final int URINARY = Criteria.indexOf("4.11");
    private static final int FAECAL = Criteria.indexOf("4.12");
    private static final int EARLY_INTERVENTION = Criteria.indexOf("5.K");

    static {
        for (int i = 0; i < N; i++) {
            Criterion c = Criteria.all().get(i);
            MODULE[i] = c.module().number();
            POINTS[i] = c.points().stream().mapToInt(Integer::intValue).toArray();
            KIND[i] = kindOf(c);
        }
        // Anlage 1, 5.12: weekly × 8.6, monthly × 2 (daily: 60); 5.13, 5.14, 5.K: × 4.3 / × 1; 5.15: × 8.6 / × 2.
        setVisitFactors("5.12", 86, 20);
        setVisitFactors("5.13", 43, 10);
        setVisitFactors("5.14", 43, 10);
        setVisitFactors("5.15", 86, 20);
        setVisitFactors("5.K", 43, 10);
    }

    private PflegegradCalculator() {
    }

    private static Kind kindOf(Criterion c) {
        if (!c.isScored()) {
            return Kind.UNSCORED;
        }
        return switch (c.number()) {
            case "4.13" -> Kind.TUBE_FEEDING;
            case "4.K" -> Kind.INFANT_FEEDING;
            case "5.12" -> Kind.TIME_INTENSIVE;
            case "5.16" -> Kind.DIET;
            default -> switch (c.scale()) {
                case HAEUFIGKEIT -> Kind.BEHAVIOUR;
                case BESUCHE -> Kind.VISIT;
                case MASSNAHMEN -> numberAfterDot(c) <= 7 ? Kind.DAILY_MEASURE : Kind.WEEKLY_MEASURE;
                default -> Kind.SELF_CARE_LIKE;
            };
        };
    }

    private static int numberAfterDot(Criterion c) {
        return Integer.parseInt(c.number().substring(c.number().indexOf('.') + 1));
    }

    private static void setVisitFactors(String criterion, int weekTenths, int monthTenths) {
        WEEK_TENTHS[Criteria.indexOf(criterion)] = weekTenths;
        MONTH_TENTHS[Criteria.indexOf(criterion)] = monthTenths;
    }

    /** Scores the answers. */
    public static Assessment assess(Answers answers) {
        int[] tally = tally(answers, null);
        int[] groupPoints = {dailyMeasurePoints(tally[7]), weeklyMeasurePoints(tally[8]), visitPoints(tally[9])};
        int[] raw = new int[7];
        System.arraycopy(tally, 0, raw, 0, 7);
        raw[5] += groupPoints[0] + groupPoints[1] + groupPoints[2];
        int[] weighted = new int[7];
        for (int m = 1; m <= 6; m++) {
            weighted[m] = Anlage2.weightedQuarters(m, raw[m]);
        }
        // § 15 (3): modules 2 and 3 count once, with the higher weighted points.
        boolean module3Counts = weighted[3] > weighted[2];
        int total = weighted[1] + Math.max(weighted[2], weighted[3]) + weighted[4] + weighted[5] + weighted[6];
        boolean infant = answers.ageGroup() == AgeGroup.INFANT;
        int byPoints = Anlage2.grade(total, infant);
        // § 15 (4) with BRi: Gebrauchsunfähigkeit beider Arme und beider Beine gives Pflegegrad 5.
        int grade = answers.specialConstellation() ? 5 : byPoints;
        return new Assessment(answers, raw, weighted, module3Counts, total, byPoints, grade,
                new int[] {tally[7], tally[8], tally[9]}, groupPoints);
    }

    /** Einzelpunkte per criterion index (module 5 frequency criteria: 0, they are scored per group). */
    static int[] criterionPoints(Answers answers) {
        int[] points = new int[N];
        tally(answers, points);
        return points;
    }

    /**
     * One pass over all criteria: raw sums of modules 1–6 (index 1–6, module 5 without its frequency
     * groups) and the three module 5 group sums (index 7–9); fills {@code points} per criterion if given.
     */
    private static int[] tally(Answers answers, int[] points) {
        AgeGroup ageGroup = answers.ageGroup();
        boolean infant = ageGroup == AgeGroup.INFANT;
        int[] norms = ageGroup == AgeGroup.CHILD ? AgeTables.norms(answers.ageMonths()) : null;
        boolean urinaryCounts = answers.urinary().countsForSelfCare();
        boolean faecalCounts = answers.faecal().countsForSelfCare();
        int[] tally = new int[10];
        for (int i = 0; i < N; i++) {
            int p;
            switch (KIND[i]) {
                case SELF_CARE_LIKE -> {
                    // § 15 (7): modules 1, 2, 4.1–4.13 and 6 are not assessed up to 18 months.
                    if (infant || (i == URINARY && !urinaryCounts) || (i == FAECAL && !faecalCounts)) {
                        continue;
                    }
                    int level = answers.levelAt(i);
                    // § 15 (6), BRi 5: children score only the distance to the age-typical level.
                    p = POINTS[i][norms == null ? level : Math.max(0, level - norms[i])];
                }
                case TUBE_FEEDING -> {
                    if (infant) {
                        continue;
                    }
                    p = POINTS[i][answers.levelAt(i)];
                }
                case INFANT_FEEDING -> {
                    if (!infant) {
                        continue;
                    }
                    p = POINTS[i][answers.levelAt(i)];
                }
                case BEHAVIOUR, DIET -> p = POINTS[i][answers.levelAt(i)];
                case DAILY_MEASURE -> {
                    tally[7] += units(answers.frequencyAt(i));
                    continue;
                }
                case WEEKLY_MEASURE -> {
                    tally[8] += units(answers.frequencyAt(i));
                    continue;
                }
                case TIME_INTENSIVE -> {
                    Frequency f = answers.frequencyAt(i);
                    tally[9] += (f.perDay() > 0 ? 600 : 0) + WEEK_TENTHS[i] * f.perWeek() + MONTH_TENTHS[i] * f.perMonth();
                    continue;
                }
                case VISIT -> {
                    // Anlage 1: 5.K is added for children only.
                    if (i == EARLY_INTERVENTION && !ageGroup.isChild()) {
                        continue;
                    }
                    Frequency f = answers.frequencyAt(i);
                    tally[9] += WEEK_TENTHS[i] * f.perWeek() + MONTH_TENTHS[i] * f.perMonth();
                    continue;
                }
                default -> {
                    continue;
                }
            }
            if (points != null) {
                points[i] = p;
            }
            tally[MODULE[i]] += p;
        }
        return tally;
    }

    static int units(Frequency f) {
        return PER_DAY * f.perDay() + PER_WEEK * f.perWeek() + PER_MONTH * f.perMonth();
    }

    /** 5.1–5.7 per day: under 1 → 0, 1 to 3 → 1, over 3 to 8 → 2, over 8 → 3. */
    static int dailyMeasurePoints(int units) {
        if (units < PER_DAY) {
            return 0;
        }
        if (units <= 3 * PER_DAY) {
            return 1;
        }
        return units <= 8 * PER_DAY ? 2 : 3;
    }

    /** 5.8–5.11 per day: under once a week → 0, weekly → 1, 1 to under 3 per day → 2, 3 or more → 3. */
    static int weeklyMeasurePoints(int units) {
        if (units < PER_WEEK) {
            return 0;
        }
        if (units < PER_DAY) {
            return 1;
        }
        return units < 3 * PER_DAY ? 2 : 3;
    }

    /** 5.12–5.15 (children: 5.K) point sum in tenths: under 4.3 → 0, 8.6 → 1, 12.9 → 2, 60 → 3, else 6. */
    static int visitPoints(int tenths) {
        if (tenths < 43) {
            return 0;
        }
        if (tenths < 86) {
            return 1;
        }
        if (tenths < 129) {
            return 2;
        }
        return tenths < 600 ? 3 : 6;
    }

    /**
     * Every single different answer that would change the Pflegegrad on its own: for each assessed
     * criterion the nearest answer that raises and the nearest that lowers the grade.
     */
    public static List<GradeChange> gradeChanges(Answers answers) {
        Assessment current = assess(answers);
        int grade = current.pflegegrad();
        List<GradeChange> changes = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            Criterion c = Criteria.all().get(i);
            if (!current.isAssessed(i)) {
                continue;
            }
            String from = Assessment.describeAnswer(c, answers);
            for (Answers candidate : c.scale().isFrequency() ? frequencyAlternatives(c, answers)
                    : levelAlternatives(c, answers)) {
                int candidateGrade = assess(candidate).pflegegrad();
                if (candidateGrade != grade && !alreadyFound(changes, c, candidateGrade > grade, grade)) {
                    changes.add(new GradeChange(c, from, Assessment.describeAnswer(c, candidate), candidateGrade));
                }
            }
        }
        return changes;
    }

    private static boolean alreadyFound(List<GradeChange> changes, Criterion c, boolean up, int grade) {
        for (GradeChange change : changes) {
            if (change.criterion() == c && change.raisesGrade(grade) == up) {
                return true;
            }
        }
        return false;
    }

    /** Other levels ordered by distance from the current one, so the nearest change is found first. */
    private static List<Answers> levelAlternatives(Criterion c, Answers answers) {
        int current = answers.level(c.number());
        List<Answers> result = new ArrayList<>();
        for (int distance = 1; distance <= c.scale().maxIndex(); distance++) {
            for (int level : new int[] {current + distance, current - distance}) {
                if (level >= 0 && level <= c.scale().maxIndex()) {
                    result.add(answers.toBuilder().level(c.number(), level).build());
                }
            }
        }
        return result;
    }

    /** One more per month, per week or per day, or none at all. */
    private static List<Answers> frequencyAlternatives(Criterion c, Answers answers) {
        Frequency f = answers.frequency(c.number());
        List<Answers> result = new ArrayList<>();
        if (f.perMonth() < Answers.MAX_COUNT) {
            result.add(with(answers, c, new Frequency(f.perDay(), f.perWeek(), f.perMonth() + 1)));
        }
        if (f.perWeek() < Answers.MAX_COUNT) {
            result.add(with(answers, c, new Frequency(f.perDay(), f.perWeek() + 1, f.perMonth())));
        }
        if (c.scale() != AnswerScale.BESUCHE && f.perDay() < Answers.MAX_COUNT) {
            result.add(with(answers, c, new Frequency(f.perDay() + 1, f.perWeek(), f.perMonth())));
        }
        if (!f.isNone()) {
            result.add(with(answers, c, Frequency.NONE));
        }
        return result;
    }

    private static Answers with(Answers answers, Criterion c, Frequency frequency) {
        return answers.toBuilder().frequency(c.number(), frequency).build();
    }

    static Kind kindAt(int index) {
        return KIND[index];
    }
}
