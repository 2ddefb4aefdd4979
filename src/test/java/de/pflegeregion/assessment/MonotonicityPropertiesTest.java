package de.pflegeregion.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property tests: the grade never drops when an ordinal answer of modules 1, 2, 3, 4.1–4.12, 5.16
 * or 6 worsens, whatever the age, continence and other answers; modules 7 and 8 never change it.
 */
class MonotonicityPropertiesTest {

    /** Ordinal criteria whose worse answer means more need. */
    private static final List<Criterion> ORDINAL = Criteria.all().stream()
            .filter(c -> c.isScored() && !c.scale().isFrequency())
            .filter(c -> !c.number().equals("4.13") && !c.number().equals("4.K"))
            .toList();

    private static final List<Criterion> UNSCORED = Criteria.all().stream().filter(c -> !c.isScored()).toList();

    private static Gen<Answers> answers() {
        Gen<Integer> age = integers().between(-400, 1200).map(a -> a < 0 ? (a < -200 ? null : -a % 140) : a);
        Gen<List<Integer>> levels = lists().of(integers().between(0, 3)).ofSize(Criteria.count());
        Gen<Frequency> frequency = integers().between(0, 10).zip(integers().between(0, 20),
                integers().between(0, 40), Frequency::new);
        Gen<List<Frequency>> frequencies = lists().of(frequency).ofSize(Criteria.count());
        Gen<Continence> continence = Generate.enumValues(Continence.class);
        Gen<Boolean> special = integers().between(0, 9).map(i -> i == 0);
        return age.zip(levels, frequencies, continence.zip(continence, List::of), special,
                (ageMonths, levelList, frequencyList, continences, isSpecial) -> {
                    Answers.Builder builder = Answers.builder().ageMonths(ageMonths).urinary(continences.get(0))
                            .faecal(continences.get(1)).specialConstellation(isSpecial);
                    for (int i = 0; i < Criteria.count(); i++) {
                        Criterion c = Criteria.all().get(i);
                        if (c.scale().isFrequency()) {
                            Frequency f = frequencyList.get(i);
                            builder.frequency(c.number(), c.scale() == AnswerScale.BESUCHE
                                    ? new Frequency(0, f.perWeek(), f.perMonth()) : f);
                        } else {
                            builder.level(c.number(), Math.min(levelList.get(i), c.scale().maxIndex()));
                        }
                    }
                    return builder.build();
                });
    }

    @Test
    void worseningAnOrdinalAnswerNeverLowersTheGrade() {
        qt().withExamples(3000).forAll(answers(), Generate.pick(ORDINAL)).checkAssert((answers, criterion) -> {
            int level = answers.level(criterion.number());
            if (level < criterion.scale().maxIndex()) {
                Assessment before = PflegegradCalculator.assess(answers);
                Assessment after = PflegegradCalculator.assess(
                        answers.toBuilder().level(criterion.number(), level + 1).build());
                assertThat(after.pflegegrad()).isGreaterThanOrEqualTo(before.pflegegrad());
                assertThat(after.totalPoints()).isGreaterThanOrEqualTo(before.totalPoints());
            }
        });
    }

    @Test
    void modules7And8NeverChangeTheResult() {
        qt().withExamples(1000).forAll(answers(), Generate.pick(UNSCORED), integers().between(0, 3))
                .checkAssert((answers, criterion, level) -> {
                    Assessment before = PflegegradCalculator.assess(answers);
                    Assessment after = PflegegradCalculator.assess(answers.toBuilder().level(criterion.number(), level).build());
                    assertThat(after.pflegegrad()).isEqualTo(before.pflegegrad());
                    assertThat(after.modules()).isEqualTo(before.modules());
                });
    }

    @Test
    void totalStaysWithinZeroToHundredAndGradeFollowsTheThresholds() {
        qt().withExamples(1000).forAll(answers()).checkAssert(answers -> {
            Assessment result = PflegegradCalculator.assess(answers);
            assertThat(result.totalPoints()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            if (!answers.specialConstellation() && answers.ageGroup() != AgeGroup.INFANT) {
                BigDecimal total = result.totalPoints();
                int expected = 0;
                for (String threshold : new String[] {"12.5", "27", "47.5", "70", "90"}) {
                    if (total.compareTo(new BigDecimal(threshold)) >= 0) {
                        expected++;
                    }
                }
                assertThat(result.pflegegrad()).isEqualTo(expected);
            }
        });
    }
}
