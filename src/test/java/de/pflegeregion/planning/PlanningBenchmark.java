package de.pflegeregion.planning;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The national forecast (11,000 areas × 17 bands × 2 sexes, every year 2023–2047 = 25 years, 4
 * settings) on one thread, and reading a generated all-Germany GENESIS file (≈ 561,000 lines) for
 * one county. Run the import with {@code -jvmArgs -Xmx256m} to prove the heap bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PlanningBenchmark {

    static final int AREAS = 11_000;
    static final int FIRST_YEAR = 2023;
    static final int YEARS = 25;

    private Forecaster national;
    private Path germany;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        QuotaSet bayern = ShippedData.quotas(ShippedData.QUOTA_SETS.getFirst());
        Map<String, Map<Integer, Pyramid>> bestand = new HashMap<>();
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < AREAS; i++) {
            String key = "%08d".formatted(1_000_000 + i);
            double[] male = new double[17];
            double[] female = new double[17];
            for (int b = 0; b < 17; b++) {
                male[b] = 50 + (i * 7 + b * 13) % 400;
                female[b] = 55 + (i * 11 + b * 5) % 400;
            }
            bestand.put(key, Map.of(FIRST_YEAR, new Pyramid(PopulationFiles.GENESIS_BANDS, male, female, true)));
            areas.add(new Area(key, "Gemeinde " + i, new GeoPoint(47.5 + (i % 100) * 0.07, 6 + (i / 100) * 0.08), Area.PointSource.GAZETTEER));
        }
        // a Land-level projection reaching 2047 (the shipped one ends 2040): 2025 and 2040 of Bayern, and 2047 as 2040
        Map<Integer, Pyramid> years = new HashMap<>();
        Map<Integer, Pyramid> shipped = landProjection();
        years.putAll(shipped);
        years.put(FIRST_YEAR + YEARS - 1, shipped.get(2040));
        PlanningSettings settings = PaperCounty.settings(-0.005, 0.1, 2035, 20);
        national = new Forecaster(new ForecastInput("00000", areas, new PopulationSeries(bestand, Map.of(), null,
                new Projection(Projection.Level.LAND, "BEV-VARIANTE-02", years)), bayern, settings, PaperCounty.staffRatios(),
                PaperCounty.offers(), Map.of()));
        // the stated volume, or the figure means nothing
        ForecastResult first = national.forecast(FIRST_YEAR, Scenario.TREND);
        if (national.possibleYears().size() != YEARS || first.areas().size() != AREAS
                || bestand.values().stream().anyMatch(y -> y.get(FIRST_YEAR).bands().size() != 17)) {
            throw new IllegalStateException("not the national volume: " + national.possibleYears() + ", " + first.areas().size() + " areas");
        }
        germany = Files.createTempFile("deutschland-12411-02-03-5", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(germany, StandardCharsets.UTF_8)) {
            out.write(PopulationFiles.OLD_HEADER);
            out.newLine();
            for (int i = 0; i < AREAS; i++) {
                String key = i < 19 ? "09186%03d".formatted(100 + i) : "%08d".formatted(1_000_000 + i);
                for (String line : PopulationFiles.oldLayoutArea("GEMEIN", key, "Gemeinde " + i, "31.12.2023")) {
                    out.write(line);
                    out.newLine();
                }
            }
        }
    }

    private static Map<Integer, Pyramid> landProjection() {
        PopulationContent c = PopulationFile.read(new java.io.ByteArrayInputStream(ShippedData.landProjectionAsTemplate("09186").orElseThrow()
                .getBytes(StandardCharsets.UTF_8)), "09186", "BEV-VARIANTE-02");
        List<AgeBand> bands = c.cells().stream().map(PopulationCell::band).distinct().sorted().toList();
        Map<Integer, Pyramid> years = new HashMap<>();
        for (int year : c.years()) {
            double[] male = new double[bands.size()];
            double[] female = new double[bands.size()];
            c.cells().stream().filter(cell -> cell.year() == year).forEach(cell ->
                    (cell.sex() == Sex.MALE ? male : female)[bands.indexOf(cell.band())] = cell.count());
            years.put(year, new Pyramid(bands, male, female, true));
        }
        return years;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(germany);
    }

    /**
     * Every year of the horizon for every area, scenario trend. Each result goes to the blackhole whole (its
     * 11,000 area forecasts escape, so none can be left out), and one value per area is read so that the
     * places, which are made when read, are paid for too.
     */
    @Benchmark
    public double nationalForecastAllYears(Blackhole blackhole) {
        double sum = 0;
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            ForecastResult result = national.forecast(year, Scenario.TREND);
            blackhole.consume(result);
            for (AreaForecast area : result.areas()) {
                sum += area.places().get("vollstationaer").needed();
            }
            sum += result.total().need().total();
        }
        return sum;
    }

    @Benchmark
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 3, time = 5)
    public PopulationContent importAllGermanyFileForOneCounty() throws IOException {
        try (InputStream in = Files.newInputStream(germany)) {
            return PopulationFile.read(in, "09186", null);
        }
    }
}
