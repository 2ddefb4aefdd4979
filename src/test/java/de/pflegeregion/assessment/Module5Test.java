package de.pflegeregion.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every boundary of the module 5 frequency arithmetic of Anlage 1 SGB XI, on the correct side. */
class Module5Test {

    private static int module5(Answers.Builder builder) {
        return PflegegradCalculator.assess(builder.build()).module(5).rawPoints();
    }

    @ParameterizedTest(name = "5.1–5.7: {0}/day {1}/week {2}/month → {3}")
    @CsvSource({
            "0, 0, 0, 0",
            "0, 6, 0, 0",    // 6/7 a day: less than once daily
            "0, 7, 0, 1",    // 7 a week = exactly once a day
            "0, 0, 29, 0",
            "0, 0, 30, 1",   // 30 a month = exactly once a day
            "1, 0, 0, 1",
            "3, 0, 0, 1",    // up to three times daily
            "0, 21, 0, 1",   // 21 a week = exactly 3 a day
            "3, 0, 1, 2",    // 3 1/30 a day: more than three
            "0, 22, 0, 2",
            "8, 0, 0, 2",    // up to eight times daily
            "0, 56, 0, 2",
            "0, 0, 240, 2",  // 240 a month = exactly 8 a day
            "8, 0, 1, 3",
            "0, 57, 0, 3",
            "9, 0, 0, 3"})
    void dailyMeasures(int perDay, int perWeek, int perMonth, int points) {
        assertThat(module5(Answers.builder().frequency("5.1", new Frequency(perDay, perWeek, perMonth))))
                .isEqualTo(points);
    }

    @Test
    void dailyMeasuresAreSummedAcrossCriteriaBeforeConverting() {
        // Anlage 1 example: three medications and one blood sugar test a day = four measures → 2 points.
        assertThat(module5(Answers.builder().frequency("5.1", new Frequency(3, 0, 0))
                .frequency("5.6", new Frequency(1, 0, 0)))).isEqualTo(2);
        // 4 a week + 3 a week = 7 a week = once a day.
        assertThat(module5(Answers.builder().frequency("5.2", new Frequency(0, 4, 0))
                .frequency("5.7", new Frequency(0, 3, 0)))).isEqualTo(1);
    }

    @ParameterizedTest(name = "5.8–5.11: {0}/day {1}/week {2}/month → {3}")
    @CsvSource({
            "0, 0, 0, 0",
            "0, 0, 4, 0",    // 4/30 a day is less than once a week (1/7)
            "0, 0, 5, 1",
            "0, 1, 0, 1",    // once a week
            "0, 6, 0, 1",
            "0, 0, 29, 1",
            "0, 7, 0, 2",    // once a day
            "0, 0, 30, 2",
            "1, 0, 0, 2",
            "2, 6, 0, 2",    // 2 6/7 a day: under three
            "0, 20, 0, 2",
            "0, 21, 0, 3",   // exactly three a day
            "3, 0, 0, 3",
            "0, 0, 90, 3"})
    void weeklyMeasures(int perDay, int perWeek, int perMonth, int points) {
        assertThat(module5(Answers.builder().frequency("5.8", new Frequency(perDay, perWeek, perMonth))))
                .isEqualTo(points);
    }

    @ParameterizedTest(name = "5.13 {0}/week {1}/month → {2}")
    @CsvSource({
            "0, 4, 0",   // 4 points
            "1, 0, 1",   // 4.3 exactly
            "0, 5, 1",
            "1, 4, 1",   // 8.3
            "2, 0, 2",   // 8.6 exactly
            "2, 4, 2",   // 12.6
            "3, 0, 3",   // 3 × 4.3 = 12.9 exactly
            "13, 4, 3",  // 59.9
            "13, 5, 6",  // 60.9
            "0, 60, 6"}) // 60 exactly
    void visits(int perWeek, int perMonth, int points) {
        assertThat(module5(Answers.builder().frequency("5.13", new Frequency(0, perWeek, perMonth))))
                .isEqualTo(points);
    }

    @Test
    void timeIntensiveMeasuresAndLongVisits() {
        assertThat(module5(Answers.builder().frequency("5.12", new Frequency(1, 0, 0)))).isEqualTo(6);
        assertThat(module5(Answers.builder().frequency("5.12", new Frequency(0, 6, 0)))).isEqualTo(3); // 51.6
        assertThat(module5(Answers.builder().frequency("5.12", new Frequency(0, 7, 0)))).isEqualTo(6); // 60.2
        assertThat(module5(Answers.builder().frequency("5.12", new Frequency(0, 0, 2)))).isEqualTo(0); // 4
        assertThat(module5(Answers.builder().frequency("5.12", new Frequency(0, 0, 3)))).isEqualTo(1); // 6
        assertThat(module5(Answers.builder().frequency("5.15", new Frequency(0, 1, 0)))).isEqualTo(2); // 8.6
        assertThat(module5(Answers.builder().frequency("5.15", new Frequency(0, 0, 30)))).isEqualTo(6); // 60
        assertThat(module5(Answers.builder().frequency("5.15", new Frequency(0, 0, 29))
                .frequency("5.14", new Frequency(0, 0, 1)))).isEqualTo(3); // 59
        assertThat(module5(Answers.builder().frequency("5.14", new Frequency(0, 1, 0))
                .frequency("5.13", new Frequency(0, 1, 0)))).isEqualTo(2); // 8.6
    }

    @Test
    void earlyInterventionVisitsCountForChildrenOnly() {
        Frequency weekly = new Frequency(0, 1, 0);
        assertThat(module5(Answers.builder().frequency("5.K", weekly))).isZero();
        assertThat(module5(Answers.builder().ageMonths(48).frequency("5.K", weekly))).isEqualTo(1);
        assertThat(module5(Answers.builder().ageMonths(12).frequency("5.K", weekly))).isEqualTo(1);
        assertThat(module5(Answers.builder().ageMonths(215).frequency("5.K", weekly))).isEqualTo(1);
        assertThat(module5(Answers.builder().ageMonths(216).frequency("5.K", weekly))).isZero();
    }

    @Test
    void dietAndFrequencyGroupsAddUp() {
        Assessment result = PflegegradCalculator.assess(Answers.builder().level("5.16", 3)
                .frequency("5.1", new Frequency(9, 0, 0)).frequency("5.8", new Frequency(3, 0, 0))
                .frequency("5.12", new Frequency(1, 0, 0)).build());
        assertThat(result.module(5).rawPoints()).isEqualTo(15);
        assertThat(result.module(5).weightedPoints()).isEqualByComparingTo("20");
        assertThat(result.frequencyGroups()).extracting(FrequencyGroupScore::points).containsExactly(3, 3, 6);
    }
}
