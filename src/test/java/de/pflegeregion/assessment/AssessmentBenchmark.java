package de.pflegeregion.assessment;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Assessments scored per second on one thread, for an adult (Georg P.), a child and an infant. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AssessmentBenchmark {

    private Answers adult;
    private Answers child;
    private Answers infant;

    @Setup
    public void setUp() {
        adult = PflegegradCalculatorTest.georgP();
        child = adult.toBuilder().ageMonths(50).frequency("5.K", new Frequency(0, 1, 0)).build();
        infant = Answers.builder().ageMonths(10).feedingProblems(true).level("3.2", 3)
                .frequency("5.1", new Frequency(4, 0, 0)).build();
    }

    @Benchmark
    public int scoreAdult() {
        return score(adult);
    }

    @Benchmark
    public int scoreChild() {
        return score(child);
    }

    @Benchmark
    public int scoreInfant() {
        return score(infant);
    }

    /** Grade plus the per-module view the API returns, so the result is fully built. */
    private static int score(Answers answers) {
        Assessment result = PflegegradCalculator.assess(answers);
        return result.pflegegrad() + result.modules().size() + result.totalPoints().scale();
    }
}
