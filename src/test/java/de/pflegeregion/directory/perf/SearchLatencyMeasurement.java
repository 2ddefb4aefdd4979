package de.pflegeregion.directory.perf;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import de.pflegeregion.PflegeregionApplication;
import de.pflegeregion.directory.OfferQuery;
import de.pflegeregion.directory.OfferSearch;
import de.pflegeregion.directory.internal.OfferIndex;

/**
 * Server-side search latency: starts the application (on a random port, unused) on a database filled by
 * {@link SyntheticRegister} and times {@link OfferSearch#search} around each call, single-threaded.
 *
 * <pre>
 * java -cp ... de.pflegeregion.directory.perf.SearchLatencyMeasurement \
 *     jdbc:postgresql://127.0.0.1:5432/pflegeregion_perf postgres target/perf-queries.txt 20000
 * </pre>
 */
public final class SearchLatencyMeasurement {

    private SearchLatencyMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        List<OfferQuery> queries = Files.readAllLines(Path.of(args[2])).stream().map(SearchLatencyMeasurement::query).toList();
        int rounds = Integer.parseInt(args[3]);
        SpringApplication app = new SpringApplication(PflegeregionApplication.class);
        try (ConfigurableApplicationContext context = app.run("--spring.datasource.url=" + args[0],
                "--spring.datasource.username=" + args[1], "--spring.datasource.password=", "--server.port=0", "--logging.level.root=WARN")) {
            OfferSearch search = context.getBean(OfferSearch.class);
            OfferIndex index = context.getBean(OfferIndex.class);
            long loadStart = System.nanoTime();
            index.reload();
            System.out.printf("index load: %d offers in %d ms%n", index.size(), (System.nanoTime() - loadStart) / 1_000_000);
            for (int i = 0; i < 2000; i++) {
                search.search(queries.get(i % queries.size()));
            }
            long[] nanos = new long[rounds];
            long hits = 0;
            for (int i = 0; i < rounds; i++) {
                OfferQuery q = queries.get(i % queries.size());
                long t = System.nanoTime();
                hits += search.search(q).total();
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf("%d searches, %.0f matches on average: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    rounds, (double) hits / rounds, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[rounds - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private static OfferQuery query(String path) {
        String near = null;
        Double radius = null;
        List<String> types = new ArrayList<>();
        boolean free = false;
        for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            switch (kv[0]) {
                case "near" -> near = value;
                case "radiusKm" -> radius = Double.valueOf(value);
                case "type" -> types.add(value);
                case "freePlaces" -> free = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException(pair);
            }
        }
        return new OfferQuery(near, radius, types, free, null, null, null);
    }
}
