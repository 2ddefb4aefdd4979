package de.pflegeregion.assessment;

import de.pflegeregion.platform.InvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden cases from § 15 SGB XI with Anlage 1 and 2 and from the Einschätzungsbogen (seed 004). */
class PflegegradCalculatorTest {

    private static Answers.Builder adult() {
        return Answers.builder();
    }

    private static Assessment assess(Answers.Builder builder) {
        return PflegegradCalculator.assess(builder.build());
    }

    @Test
    void nothingAnsweredGivesNoGrade() {
        Assessment result = assess(adult());
        assertThat(result.totalPoints()).isEqualByComparingTo("0");
        assertThat(result.pflegegrad()).isZero();
        assertThat(result.modules()).hasSize(6);
    }

    @ParameterizedTest(name = "Treppensteigen level {0} gives {1} Einzelpunkte and {2} weighted points")
    @CsvSource({"0, 0, 0", "1, 1, 0", "2, 2, 2.5", "3, 3, 2.5"})
    void treppensteigenLevels(int level, int points, String weighted) {
        Assessment result = assess(adult().level("1.5", level));
        assertThat(result.points("1.5")).isEqualTo(points);
        assertThat(result.module(1).rawPoints()).isEqualTo(points);
        assertThat(result.module(1).weightedPoints()).isEqualByComparingTo(weighted);
    }

    @ParameterizedTest(name = "Steuern von mehrschrittigen Alltagshandlungen level {0} gives {1} points")
    @CsvSource({"0, 0, 0", "1, 1, 0", "2, 2, 3.75", "3, 3, 3.75"})
    void steuernVonMehrschrittigenAlltagshandlungen(int level, int points, String weighted) {
        Assessment result = assess(adult().level("2.5", level));
        assertThat(result.points("2.5")).isEqualTo(points);
        assertThat(result.module(2).weightedPoints()).isEqualByComparingTo(weighted);
    }

    @ParameterizedTest(name = "module 3 frequency {0} gives {1} points")
    @CsvSource({"0, 0", "1, 1", "2, 3", "3, 5"})
    void behaviourScoresZeroOneThreeFive(int level, int points) {
        assertThat(assess(adult().level("3.2", level)).points("3.2")).isEqualTo(points);
    }

    @ParameterizedTest(name = "Essen {0} → {1}, Trinken/Toilette {0} → {2}")
    @CsvSource({"0, 0, 0", "1, 3, 2", "2, 6, 4", "3, 9, 6"})
    void essenCountsTripleTrinkenAndToiletteDouble(int level, int essen, int doubled) {
        Assessment result = assess(adult().level("4.8", level).level("4.9", level).level("4.10", level));
        assertThat(result.points("4.8")).isEqualTo(essen);
        assertThat(result.points("4.9")).isEqualTo(doubled);
        assertThat(result.points("4.10")).isEqualTo(doubled);
    }

    @ParameterizedTest(name = "4.13 answer {0} gives {1} points")
    @CsvSource({"0, 0", "1, 6", "2, 3"})
    void tubeFeedingScoresZeroSixThree(int level, int points) {
        assertThat(assess(adult().level("4.13", level)).points("4.13")).isEqualTo(points);
    }

    @ParameterizedTest(name = "continence {0}: 4.11 and 4.12 count = {1}")
    @CsvSource({"KONTINENT, false", "UEBERWIEGEND_KONTINENT, false", "UEBERWIEGEND_INKONTINENT, true",
            "VOLLSTAENDIG_INKONTINENT, true", "KUENSTLICHE_ABLEITUNG, true"})
    void incontinenceGatesCriteria411And412(Continence continence, boolean counts) {
        Assessment urinary = assess(adult().urinary(continence).level("4.11", 3).level("4.12", 3));
        assertThat(urinary.points("4.11")).isEqualTo(counts ? 3 : 0);
        assertThat(urinary.points("4.12")).isZero();
        Assessment faecal = assess(adult().faecal(continence).level("4.11", 3).level("4.12", 3));
        assertThat(faecal.points("4.12")).isEqualTo(counts ? 3 : 0);
        assertThat(faecal.points("4.11")).isZero();
    }

    /** Anlage 2: every band boundary of every module, raw sum → fixed weighted points. */
    @ParameterizedTest(name = "module {0}: raw {1} → {2}")
    @CsvSource({
            "1, 0, 0", "1, 1, 0", "1, 2, 2.5", "1, 3, 2.5", "1, 4, 5", "1, 5, 5", "1, 6, 7.5", "1, 9, 7.5",
            "1, 10, 10", "1, 15, 10",
            "2, 1, 0", "2, 2, 3.75", "2, 5, 3.75", "2, 6, 7.5", "2, 10, 7.5", "2, 11, 11.25", "2, 16, 11.25",
            "2, 17, 15", "2, 33, 15",
            "3, 0, 0", "3, 1, 3.75", "3, 2, 3.75", "3, 3, 7.5", "3, 4, 7.5", "3, 5, 11.25", "3, 6, 11.25",
            "3, 7, 15", "3, 65, 15",
            "4, 2, 0", "4, 3, 10", "4, 7, 10", "4, 8, 20", "4, 18, 20", "4, 19, 30", "4, 36, 30", "4, 37, 40",
            "4, 54, 40",
            "5, 0, 0", "5, 1, 5", "5, 2, 10", "5, 3, 10", "5, 4, 15", "5, 5, 15", "5, 6, 20", "5, 15, 20",
            "6, 0, 0", "6, 1, 3.75", "6, 3, 3.75", "6, 4, 7.5", "6, 6, 7.5", "6, 7, 11.25", "6, 11, 11.25",
            "6, 12, 15", "6, 18, 15"})
    void anlage2WeightedPoints(int module, int raw, String weighted) {
        assertThat(Assessment.quarters(Anlage2.weightedQuarters(module, raw))).isEqualByComparingTo(weighted);
    }

    @ParameterizedTest(name = "{0} quarter points → Pflegegrad {1}, infant {2}")
    @CsvSource({"0, 0, 0", "49, 0, 0", "50, 1, 2", "107, 1, 2", "108, 2, 3", "189, 2, 3", "190, 3, 4",
            "279, 3, 4", "280, 4, 5", "359, 4, 5", "360, 5, 5", "400, 5, 5"})
    void gradeThresholds(int quarters, int grade, int infantGrade) {
        assertThat(Anlage2.grade(quarters, false)).isEqualTo(grade);
        assertThat(Anlage2.grade(quarters, true)).isEqualTo(infantGrade);
    }

    /** Each threshold of § 15 (3) reached exactly and missed by the smallest possible step (1.25 points). */
    @Test
    void gradeThresholdsWithFullAnswers() {
        // 4.1 unselbständig: module 4 raw 3 → 10; Treppensteigen überwiegend unselbständig: module 1 raw 2 → 2.5.
        Assessment exactly12point5 = assess(adult().level("4.1", 3).level("1.5", 2));
        assertThat(exactly12point5.totalPoints()).isEqualByComparingTo("12.5");
        assertThat(exactly12point5.pflegegrad()).isEqualTo(1);
        Assessment below = assess(adult().level("4.1", 3).level("6.1", 1));
        assertThat(below.totalPoints()).isEqualByComparingTo("13.75");
        assertThat(assess(adult().level("4.1", 3)).pflegegrad()).isZero();

        // 26.25 = 20 (module 4 raw 8) + 2.5 + 3.75; 27.5 = 20 + 7.5.
        Assessment just26 = assess(adult().level("4.8", 2).level("4.1", 2).level("1.5", 2).level("6.1", 1));
        assertThat(just26.totalPoints()).isEqualByComparingTo("26.25");
        assertThat(just26.pflegegrad()).isEqualTo(1);
        Assessment at27point5 = assess(adult().level("4.8", 2).level("4.1", 2).level("1.1", 3).level("1.5", 3));
        assertThat(at27point5.totalPoints()).isEqualByComparingTo("27.5");
        assertThat(at27point5.pflegegrad()).isEqualTo(2);

        // 47.5 = 30 (module 4 raw 19) + 10 (module 1 raw 10) + 7.5 (module 6 raw 4); 46.25 with module 6 at 6.25 impossible, so 30 + 10 + 3.75 + 2.5 → use 46.25 = 30 + 7.5 + 3.75 + 5 (module 5 raw 1).
        Answers.Builder m4raw19 = adult().level("4.8", 3).level("4.9", 3).level("4.10", 2);
        Assessment at47point5 = assess(m4raw19.level("1.1", 3).level("1.2", 3).level("1.3", 3).level("1.4", 1)
                .level("6.1", 2).level("6.2", 2));
        assertThat(at47point5.totalPoints()).isEqualByComparingTo("47.5");
        assertThat(at47point5.pflegegrad()).isEqualTo(3);
        Assessment below47point5 = assess(adult().level("4.8", 3).level("4.9", 3).level("4.10", 2)
                .level("1.1", 3).level("1.2", 3).level("6.1", 1).level("5.16", 1));
        assertThat(below47point5.totalPoints()).isEqualByComparingTo("46.25");
        assertThat(below47point5.pflegegrad()).isEqualTo(2);

        // 70 = 40 (module 4 raw 37) + 10 + 15 (module 6 raw 12) + 5 (module 5 raw 1).
        Answers.Builder m4raw37 = adult().level("4.1", 3).level("4.2", 3).level("4.3", 3).level("4.4", 3)
                .level("4.5", 3).level("4.6", 3).level("4.7", 3).level("4.8", 3).level("4.9", 3).level("4.10", 2);
        Assessment at70 = assess(m4raw37.level("1.1", 3).level("1.2", 3).level("1.3", 3).level("1.4", 1)
                .level("6.1", 3).level("6.2", 3).level("6.3", 3).level("6.4", 3).level("5.16", 1));
        assertThat(at70.totalPoints()).isEqualByComparingTo("70");
        assertThat(at70.pflegegrad()).isEqualTo(4);
        Assessment below70 = assess(at70.answers().toBuilder().level("5.16", 0).level("3.1", 1));
        assertThat(below70.totalPoints()).isEqualByComparingTo("68.75");
        assertThat(below70.pflegegrad()).isEqualTo(3);

        // 90 = 70 + 15 (module 2 raw 17) + 5 (module 5 raw 1 → raw 2 gives 10).
        Answers.Builder cognitive = at70.answers().toBuilder().level("2.1", 3).level("2.2", 3).level("2.3", 3)
                .level("2.4", 3).level("2.5", 3).level("2.6", 2);
        Assessment at90 = assess(cognitive.level("5.16", 2));
        assertThat(at90.totalPoints()).isEqualByComparingTo("90");
        assertThat(at90.pflegegrad()).isEqualTo(5);
        Assessment below90 = assess(at90.answers().toBuilder().level("5.16", 1).level("3.1", 1));
        assertThat(below90.totalPoints()).isEqualByComparingTo("85");
        assertThat(below90.pflegegrad()).isEqualTo(4);
    }

    @Test
    void higherOfModules2And3Counts() {
        Assessment cognition = assess(adult().level("2.1", 3).level("2.2", 3).level("3.1", 1));
        assertThat(cognition.countedOf2And3()).isEqualTo(AssessmentModule.KOGNITION);
        assertThat(cognition.totalPoints()).isEqualByComparingTo("7.5");
        assertThat(cognition.module(3).counted()).isFalse();

        Assessment behaviour = assess(adult().level("2.1", 3).level("3.1", 3).level("3.2", 2));
        assertThat(behaviour.countedOf2And3()).isEqualTo(AssessmentModule.VERHALTEN);
        assertThat(behaviour.totalPoints()).isEqualByComparingTo("15");
        assertThat(behaviour.module(2).counted()).isFalse();
    }

    @Test
    void specialConstellationGivesPflegegrad5() {
        Assessment result = assess(adult().specialConstellation(true));
        assertThat(result.pflegegrad()).isEqualTo(5);
        assertThat(result.specialConstellationApplied()).isTrue();
        assertThat(result.totalPoints()).isEqualByComparingTo("0");
    }

    @Test
    void modules7And8AreRecordedButNotScored() {
        Answers.Builder builder = adult();
        Criteria.ofModule(AssessmentModule.AUSSERHAEUSLICHE_AKTIVITAETEN).forEach(c -> builder.level(c.number(), 3));
        Criteria.ofModule(AssessmentModule.HAUSHALTSFUEHRUNG).forEach(c -> builder.level(c.number(), 3));
        Assessment result = assess(builder);
        assertThat(result.totalPoints()).isEqualByComparingTo("0");
        assertThat(result.answers().level("8.1")).isEqualTo(3);
    }

    /**
     * Georg P. (seed 004): 71, stroke, left side completely paralysed, cannot speak intelligible
     * sentences, moves only his right arm and leg; dependent in all areas of daily life. The answers
     * below are our reading of that description; worked out by hand:
     * module 1: 2+2+3+3+3 = 13 → 10; module 2: 2.9 = 2, 2.11 = 3, 2.7 = 1 → 6 → 7.5;
     * module 3: 3.11 selten = 1 → 3.75 (module 2 counts); module 4: 4.1–4.7 = 2+2+3+3+3+3+3 = 19,
     * Essen überw. selbständig 3, Trinken überw. selbständig 2, Toilette unselbständig 6, 4.11 (überwiegend
     * inkontinent) 3 → 33 → 30; module 5: 3 medications a day → 1, physiotherapy twice a week (8.6)
     * plus one doctor's visit a month (1) = 9.6 → 2, so raw 3 → 10; module 6: 2+1+2+2+2+3 = 12 → 15.
     * Total 10 + 7.5 + 30 + 10 + 15 = 72.5 → Pflegegrad 4.
     */
    static Answers georgP() {
        return Answers.builder().ageMonths(71 * 12).urinary(Continence.UEBERWIEGEND_INKONTINENT)
                .level("1.1", 2).level("1.2", 2).level("1.3", 3).level("1.4", 3).level("1.5", 3)
                .level("2.7", 1).level("2.9", 2).level("2.11", 3)
                .level("3.11", 1)
                .level("4.1", 2).level("4.2", 2).level("4.3", 3).level("4.4", 3).level("4.5", 3).level("4.6", 3)
                .level("4.7", 3).level("4.8", 1).level("4.9", 1).level("4.10", 3).level("4.11", 3)
                .frequency("5.1", new Frequency(3, 0, 0))
                .frequency("5.14", new Frequency(0, 2, 0))
                .frequency("5.13", new Frequency(0, 0, 1))
                .level("6.1", 2).level("6.2", 1).level("6.3", 2).level("6.4", 2).level("6.5", 2).level("6.6", 3)
                .level("7.1", 3).level("8.1", 3)
                .build();
    }

    @Test
    void georgP_fromSeed004() {
        Assessment result = PflegegradCalculator.assess(georgP());
        assertThat(result.modules()).extracting(ModuleScore::rawPoints).containsExactly(13, 6, 1, 33, 3, 12);
        assertThat(result.modules()).extracting(ModuleScore::weightedPoints)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10"), new BigDecimal("7.5"), new BigDecimal("3.75"),
                        new BigDecimal("30"), new BigDecimal("10"), new BigDecimal("15"));
        assertThat(result.countedOf2And3()).isEqualTo(AssessmentModule.KOGNITION);
        assertThat(result.totalPoints()).isEqualByComparingTo("72.5");
        assertThat(result.pflegegrad()).isEqualTo(4);
        assertThat(result.pointsToNextGrade()).contains(new BigDecimal("17.5"));
        assertThat(result.pointsAboveGradeThreshold()).contains(new BigDecimal("2.5"));
    }

    @Test
    void explainsWhichSingleAnswersChangeTheGrade() {
        // 12.5 points exactly: Pflegegrad 1; Treppensteigen one level better drops it to 0.
        Answers answers = adult().level("4.1", 3).level("1.5", 2).build();
        var changes = PflegegradCalculator.gradeChanges(answers);
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.criterion().number()).isEqualTo("1.5");
            assertThat(change.changedAnswer()).isEqualTo("überwiegend selbständig");
            assertThat(change.pflegegrad()).isZero();
        });
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.criterion().number()).isEqualTo("5.12");
            assertThat(change.changedAnswer()).isEqualTo("täglich");
            assertThat(change.pflegegrad()).isEqualTo(2);
        });
        assertThat(changes).noneSatisfy(change -> assertThat(change.criterion().module().isScored()).isFalse());
        assertThat(changes).extracting(change -> change.criterion().number()).containsExactly("1.5", "4.1", "5.12");
    }

    @Test
    void rejectsBadAnswersNamingTheField() {
        assertThatThrownBy(() -> adult().level("9.1", 1)).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("answers.9.1");
        assertThatThrownBy(() -> adult().level("1.1", 4)).extracting("field").isEqualTo("answers.1.1");
        assertThatThrownBy(() -> adult().level("4.13", 3)).extracting("field").isEqualTo("answers.4.13");
        assertThatThrownBy(() -> adult().level("1.1", -1)).extracting("field").isEqualTo("answers.1.1");
        assertThatThrownBy(() -> adult().frequency("5.1", new Frequency(0, -1, 0)))
                .extracting("field").isEqualTo("answers.5.1.perWeek");
        assertThatThrownBy(() -> adult().level("5.1", 1)).extracting("field").isEqualTo("answers.5.1");
        assertThatThrownBy(() -> adult().frequency("1.1", Frequency.NONE)).extracting("field").isEqualTo("answers.1.1");
        assertThatThrownBy(() -> adult().ageMonths(-1)).extracting("field").isEqualTo("ageMonths");
    }
}
