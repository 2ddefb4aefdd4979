package de.pflegeregion.planning;

/**
 * A planning benchmark for one offer type; none is a legal norm, so each names its source.
 *
 * @param ageFrom the age A for {@link BenchmarkMethod#PER_100_RESIDENTS}, else null
 */
public record Benchmark(BenchmarkMethod method, double value, Integer ageFrom, String source) {
}
