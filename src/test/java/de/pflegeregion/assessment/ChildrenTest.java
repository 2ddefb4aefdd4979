package de.pflegeregion.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Children: the worked examples of children-age-tables.md (BRi chapter 5) and § 15 (6), (7) SGB XI. */
class ChildrenTest {

    private static Assessment assess(Answers.Builder builder) {
        return PflegegradCalculator.assess(builder.build());
    }

    @Test
    void essenAtTwoYearsScoresDistanceToAgeNormTimesThree() {
        // Norm at 24 months: überwiegend selbständig (20 Mon–<2 J 6 M); 3 − 1 = 2, × 3 = 6 (BRi example 2).
        assertThat(assess(Answers.builder().ageMonths(24).level("4.8", 3)).points("4.8")).isEqualTo(6);
        // At 3 years the norm is selbständig: 9, as for an adult.
        assertThat(assess(Answers.builder().ageMonths(36).level("4.8", 3)).points("4.8")).isEqualTo(9);
    }

    @Test
    void workedExamplesOfTheAgeTables() {
        assertThat(assess(Answers.builder().ageMonths(48).level("4.1", 3)).points("4.1")).isEqualTo(2);
        assertThat(assess(Answers.builder().ageMonths(36).level("2.3", 3)).points("2.3")).isEqualTo(1);
        assertThat(assess(Answers.builder().ageMonths(20).level("2.8", 3)).points("2.8")).isZero();
        // Toilette (× 2): child überwiegend unselbständig, norm selbständig at 6 years → 4 (BRi example 3).
        assertThat(assess(Answers.builder().ageMonths(72).level("4.10", 2)).points("4.10")).isEqualTo(4);
        // Child and norm both überwiegend unselbständig → 0 (BRi example 4): Toilette at 2 years.
        assertThat(assess(Answers.builder().ageMonths(24).level("4.10", 2)).points("4.10")).isZero();
    }

    @ParameterizedTest(name = "Treppensteigen unselbständig at {0} months → {1}")
    @CsvSource({"17, 0", "18, 2", "29, 2", "30, 3", "131, 3"})
    void treppensteigenForChildren(int ageMonths, int points) {
        assertThat(assess(Answers.builder().ageMonths(ageMonths).level("1.5", 3)).points("1.5")).isEqualTo(points);
    }

    @Test
    void fromElevenYearsTheAdultScaleApplies() {
        // Ruhen und Schlafen: norm überwiegend selbständig until 11 years.
        assertThat(assess(Answers.builder().ageMonths(131).level("6.2", 1)).points("6.2")).isZero();
        assertThat(assess(Answers.builder().ageMonths(132).level("6.2", 1)).points("6.2")).isEqualTo(1);
    }

    @Test
    void incontinenceUnderFiveYearsIsNotAssessed() {
        Answers.Builder child = Answers.builder().urinary(Continence.VOLLSTAENDIG_INKONTINENT).level("4.11", 3);
        assertThat(assess(child.ageMonths(59)).points("4.11")).isZero();
        assertThat(assess(child.ageMonths(60)).points("4.11")).isEqualTo(3);
    }

    @Test
    void infantsAreScoredOnModules3And5And4KOnlyAndOneGradeHigher() {
        Answers.Builder infant = Answers.builder().ageMonths(10).feedingProblems(true)
                .level("1.1", 3).level("2.1", 3).level("4.8", 3).level("6.1", 3);
        Assessment result = assess(infant);
        assertThat(result.module(1).rawPoints()).isZero();
        assertThat(result.module(2).rawPoints()).isZero();
        assertThat(result.module(6).rawPoints()).isZero();
        assertThat(result.module(4).rawPoints()).isEqualTo(20);
        assertThat(result.module(4).weightedPoints()).isEqualByComparingTo("30");
        // 30 points: Pflegegrad 2 by § 15 (3), Pflegegrad 3 by § 15 (7).
        assertThat(result.totalPoints()).isEqualByComparingTo("30");
        assertThat(result.pflegegrad()).isEqualTo(3);
        assertThat(result.pointsToNextGrade()).contains(new java.math.BigDecimal("17.5"));
    }

    @Test
    void infantBelowTwelvePointFiveHasNoGrade() {
        // Module 3 raw 8 → 15 points: Pflegegrad 1 by § 15 (3), 2 by § 15 (7).
        Assessment result = assess(Answers.builder().ageMonths(6).level("3.2", 3).level("3.1", 2));
        assertThat(result.totalPoints()).isEqualByComparingTo("15");
        assertThat(result.pflegegrad()).isEqualTo(2);
        Assessment below = assess(Answers.builder().ageMonths(6).level("3.2", 3));
        assertThat(below.totalPoints()).isEqualByComparingTo("11.25");
        assertThat(below.pflegegrad()).isZero();
        assertThat(below.nextGrade()).hasValue(2);
        assertThat(below.pointsToNextGrade()).contains(new java.math.BigDecimal("1.25"));
    }

    @Test
    void feedingProblemsOfInfantsDoNotCountFromEighteenMonths() {
        assertThat(assess(Answers.builder().ageMonths(17).feedingProblems(true)).module(4).rawPoints()).isEqualTo(20);
        assertThat(assess(Answers.builder().ageMonths(18).feedingProblems(true)).module(4).rawPoints()).isZero();
    }

    @Test
    void ageTablesAreReadFromData() {
        assertThat(AgeTables.rows()).hasSize(35);
        assertThat(AgeTables.parseMonths("2J6M")).isEqualTo(30);
        assertThat(AgeTables.parseMonths("6W")).isEqualTo(2);
        assertThat(AgeTables.parseMonths("15M")).isEqualTo(15);
        var scores = assess(Answers.builder().ageMonths(24).level("4.8", 3)).criterionScores();
        assertThat(scores).filteredOn(s -> s.criterion().number().equals("4.8"))
                .singleElement().extracting(s -> s.ageTypicalLevel().label()).isEqualTo("überwiegend selbständig");
    }

    @Test
    void ageTableRowWithAnEmptyLastCellIsReadWithThatCell() throws Exception {
        var rows = AgeTables.read(new java.io.StringReader("""
                # comment
                kriterium;ueberwiegend-unselbstaendig-ab;ueberwiegend-selbstaendig-ab;selbstaendig-ab;verlaesslichkeit
                1.1;1M;3M;9M;
                """));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.criterion()).isEqualTo("1.1");
            assertThat(row.fromMonths()).containsExactly(1, 3, 9);
            assertThat(row.reliability()).isEmpty();
        });
    }
}
