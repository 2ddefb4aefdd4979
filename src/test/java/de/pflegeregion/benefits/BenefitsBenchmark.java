package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Full-year plan evaluation across the July 2025 change, and one entitlement catalogue. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BenefitsBenchmark {

    private Benefits benefits;
    private YearPlanInput year2025;

    @Setup
    public void setUp() {
        benefits = Benefits.standard();
        List<MonthUsage> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(MonthUsage.none().withPflegedienst(new BigDecimal("420.80"))
                    .withTagespflege(6, new BigDecimal("52.40")).withEntlastungsangebote(new BigDecimal("160"))
                    .withVerhinderungspflege(month % 4 == 0 ? new BigDecimal("450") : BigDecimal.ZERO, 0,
                            month % 4 == 0 ? 6 : 0, Carer.RELATIVE, BigDecimal.ZERO)
                    .withKurzzeitpflege(month == 9 ? new BigDecimal("1900") : BigDecimal.ZERO, month == 9 ? 14 : 0)
                    .withPflegehilfsmittel(new BigDecimal("39.90")).withBeratungseinsatz(month % 6 == 1));
        }
        year2025 = new YearPlanInput(2025, 3, 78, null, new BigDecimal("240"), YearMonth.of(2024, 11), months);
    }

    @Benchmark
    public PlanResults.Year fullYearPlan() {
        return benefits.yearPlan(year2025);
    }

    @Benchmark
    public Entitlements entitlementCatalogue() {
        return benefits.entitlements(3, java.time.LocalDate.of(2025, 3, 15), Land.BY);
    }
}
