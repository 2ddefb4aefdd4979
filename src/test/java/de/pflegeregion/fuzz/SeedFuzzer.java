package de.pflegeregion.fuzz;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Mutation fuzzing of a parser from its seed corpus (src/test/resources/fuzz/&lt;target&gt;/), driven by
 * QuickTheories: each example picks a seed and a mutation seed, stacks one to eight mutations (bit flips,
 * interesting bytes and tokens, deletions, duplications, splices with another seed, truncation) and hands
 * the result to the target, which must end in a clean result or the module's own rejection. QuickTheories
 * shrinks a failing example to small mutation choices and reports it. Bounded per target by
 * {@code -Dfuzz.runs} (default 2,000) and {@code -Dfuzz.seconds} (default 4); run longer with e.g.
 * {@code -Dfuzz.runs=1000000 -Dfuzz.seconds=600}.
 */
public final class SeedFuzzer {

    private static final byte[][] TOKENS = Stream.of(";", ",", "\"", "\n", "\r\n", "\t", "=", "{", "}", "[", "]", ":", "null", "true",
            "NaN", "-1", "0", "1e309", "-Infinity", "99999999999999999999", "\u0000", "\u00ff", "\ufeff", "\\u0000", "\"\"", "..",
            "9999-12-31", "0001-01-01", "2026-02-30", "ALT075UM", "GEMEIN", "09186", "Insgesamt", "-", ".", "x", "…", "%")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    private static final byte[] INTERESTING = {0, 1, 0x7f, (byte) 0x80, (byte) 0xff, (byte) 0xc3, (byte) 0xed, '"', ';', '\n', '\r'};

    private SeedFuzzer() {
    }

    /** Runs the target on every seed and then on mutated seeds; returns how many inputs ran. */
    public static long fuzz(String target, Consumer<byte[]> check) {
        List<byte[]> seeds = seeds(target);
        AtomicLong executions = new AtomicLong();
        for (byte[] seed : seeds) {
            check.accept(seed);
            executions.incrementAndGet();
        }
        check.accept(new byte[0]);
        executions.incrementAndGet();
        int runs = Integer.getInteger("fuzz.runs", 2_000);
        long seconds = Long.getLong("fuzz.seconds", 4);
        long start = System.nanoTime();
        qt().withFixedSeed(target.hashCode()).withExamples(runs).withTestingTime(seconds, TimeUnit.SECONDS)
                .forAll(integers().between(0, seeds.size() - 1), longs().all())
                .checkAssert((seed, choices) -> {
                    executions.incrementAndGet();
                    check.accept(mutate(seeds, seeds.get(seed), new SplittableRandom(choices)));
                });
        System.out.printf("FUZZ %s: %d executions in %d ms from %d seeds%n", target, executions.get(),
                (System.nanoTime() - start) / 1_000_000, seeds.size());
        return executions.get();
    }

    static byte[] mutate(List<byte[]> seeds, byte[] seed, SplittableRandom random) {
        byte[] data = seed.clone();
        int mutations = 1 + random.nextInt(8);
        for (int m = 0; m < mutations; m++) {
            int at = data.length == 0 ? 0 : random.nextInt(data.length);
            data = switch (random.nextInt(8)) {
                case 0 -> flip(data, at, random);
                case 1 -> insert(data, at, new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]});
                case 2 -> insert(data, at, TOKENS[random.nextInt(TOKENS.length)]);
                case 3 -> delete(data, at, 1 + random.nextInt(Math.max(1, Math.min(64, data.length - at))));
                case 4 -> insert(data, at, Arrays.copyOfRange(data, at, Math.min(data.length, at + 1 + random.nextInt(256))));
                case 5 -> splice(data, at, seeds.get(random.nextInt(seeds.size())), random);
                case 6 -> Arrays.copyOf(data, at);
                default -> replace(data, at, TOKENS[random.nextInt(TOKENS.length)]);
            };
        }
        return data;
    }

    private static byte[] flip(byte[] data, int at, SplittableRandom random) {
        if (data.length > 0) {
            data[at] ^= (byte) (1 << random.nextInt(8));
        }
        return data;
    }

    private static byte[] insert(byte[] data, int at, byte[] piece) {
        byte[] result = new byte[data.length + piece.length];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(piece, 0, result, at, piece.length);
        System.arraycopy(data, at, result, at + piece.length, data.length - at);
        return result;
    }

    private static byte[] delete(byte[] data, int at, int length) {
        int end = Math.min(data.length, at + length);
        byte[] result = new byte[data.length - (end - at)];
        System.arraycopy(data, 0, result, 0, at);
        System.arraycopy(data, end, result, at, data.length - end);
        return result;
    }

    private static byte[] replace(byte[] data, int at, byte[] piece) {
        byte[] result = delete(data, at, piece.length);
        return insert(result, Math.min(at, result.length), piece);
    }

    private static byte[] splice(byte[] data, int at, byte[] other, SplittableRandom random) {
        int from = other.length == 0 ? 0 : random.nextInt(other.length);
        return insert(Arrays.copyOf(data, at), at, Arrays.copyOfRange(other, from, other.length));
    }

    /** The seed corpus of a target, in file name order. */
    static List<byte[]> seeds(String target) {
        URL folder = SeedFuzzer.class.getResource("/fuzz/" + target);
        if (folder == null) {
            throw new IllegalStateException("No seed corpus src/test/resources/fuzz/" + target);
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<byte[]> seeds = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    seeds.add(in.readAllBytes());
                }
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
