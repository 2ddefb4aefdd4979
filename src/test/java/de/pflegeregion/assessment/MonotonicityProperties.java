package de.pflegeregion.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The grade never drops when an ordinal answer worsens; modules 7 and 8 never change the result. */
class MonotonicityProperties {

    /** Ordinal criteria whose worse answer means more need: modules 1, 2, 3, 4.1–4.12, 5.16, 6. */
    private static final List<Criterion> ORDINAL = Criteria.all().stream()
            .filter(c -> c.isScored() && !c.scale().isFrequency())
            .filter(c -> !c.number().equals("4.13") && !c.number().equals("4.K"))
            .toList();

    private static final List<Criterion> UNSCORED = Criteria.all().stream().filter(c -> !c.isScored()).toList();

    @Provide
    Arbitrary<Answers> answers() {
        Arbitrary<Integer> age = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.integers().between(0, 1200),
                Arbitraries.integers().between(0, 140));
        Arbitrary<List<Integer>> levels = Arbitraries.integers().between(0, 3).list().ofSize(Criteria.count());
        Arbitrary<Frequency> frequency = Combinators.combine(Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 40)).as(Frequency::new);
        Arbitrary<List<Frequency>> frequencies = frequency.list().ofSize(Criteria.count());
        Arbitrary<Continence> continence = Arbitraries.of(Continence.class);
        return Combinators.combine(age, levels, frequencies, continence, continence, Arbitraries.of(true, false, false, false))
                .as((ageMonths, levelList, frequencyList, urinary, faecal, special) -> {
                    Answers.Builder builder = Answers.builder().ageMonths(ageMonths).urinary(urinary).faecal(faecal)
                            .specialConstellation(special);
                    for (int i = 0; i < Criteria.count(); i++) {
                        Criterion c = Criteria.all().get(i);
                        if (c.scale().isFrequency()) {
                            Frequency f = frequencyList.get(i);
                            builder.frequency(c.number(), c.scale() == AnswerScale.BESUCHE ? new Frequency(0, f.perWeek(), f.perMonth()) : f);
                        } else {
                            builder.level(c.number(), Math.min(levelList.get(i), c.scale().maxIndex()));
                        }
                    }
                    return builder.build();
                });
    }

    @Provide
    Arbitrary<Criterion> ordinalCriterion() {
        return Arbitraries.of(ORDINAL);
    }

    @Provide
    Arbitrary<Criterion> unscoredCriterion() {
        return Arbitraries.of(UNSCORED);
    }

    @Property(tries = 2000)
    void worseningAnOrdinalAnswerNeverLowersTheGrade(@ForAll("answers") Answers answers,
            @ForAll("ordinalCriterion") Criterion criterion) {
        int level = answers.level(criterion.number());
        if (level == criterion.scale().maxIndex()) {
            return;
        }
        Assessment before = PflegegradCalculator.assess(answers);
        Assessment after = PflegegradCalculator.assess(answers.toBuilder().level(criterion.number(), level + 1).build());
        assertThat(after.pflegegrad()).isGreaterThanOrEqualTo(before.pflegegrad());
        assertThat(after.totalPoints()).isGreaterThanOrEqualTo(before.totalPoints());
    }

    @Property(tries = 1000)
    void modules7And8NeverChangeTheResult(@ForAll("answers") Answers answers,
            @ForAll("unscoredCriterion") Criterion criterion, @ForAll("level") int level) {
        Assessment before = PflegegradCalculator.assess(answers);
        Assessment after = PflegegradCalculator.assess(answers.toBuilder().level(criterion.number(), level).build());
        assertThat(after.pflegegrad()).isEqualTo(before.pflegegrad());
        assertThat(after.totalPoints()).isEqualByComparingTo(before.totalPoints());
        assertThat(after.modules()).isEqualTo(before.modules());
    }

    @Provide
    Arbitrary<Integer> level() {
        return Arbitraries.integers().between(0, 3);
    }

    @Property(tries = 500)
    void totalIsBetweenZeroAndHundredAndGradeMatchesThresholds(@ForAll("answers") Answers answers) {
        Assessment result = PflegegradCalculator.assess(answers);
        assertThat(result.totalPoints()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
        if (!answers.specialConstellation() && answers.ageGroup() != AgeGroup.INFANT) {
            double total = result.totalPoints().doubleValue();
            int expected = total >= 90 ? 5 : total >= 70 ? 4 : total >= 47.5 ? 3 : total >= 27 ? 2 : total >= 12.5 ? 1 : 0;
            assertThat(result.pflegegrad()).isEqualTo(expected);
        }
    }
}
