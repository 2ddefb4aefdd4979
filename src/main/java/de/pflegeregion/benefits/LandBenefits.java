package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benefits a Land adds on its own, read from {@code land-<code>.csv} where such a file exists. A Land
 * declares its keys itself; the loader checks each key's versions for gaps and overlaps.
 */
final class LandBenefits {

    record Version(ParameterVersion parameter, Per per, String title, String note) {
    }

    private static final int COLUMNS = 15;

    private final Map<Land, Map<String, List<Version>>> byLand;

    private LandBenefits(Map<Land, Map<String, List<Version>>> byLand) {
        this.byLand = byLand;
    }

    static LandBenefits load() {
        Map<Land, Map<String, List<Version>>> byLand = new EnumMap<>(Land.class);
        for (Land land : Land.values()) {
            String resource = "/de/pflegeregion/benefits/land-" + land.name() + ".csv";
            if (LandBenefits.class.getResource(resource) != null) {
                byLand.put(land, read(resource));
            }
        }
        return new LandBenefits(byLand);
    }

    /** The Land's benefits in force on that day, in file order. */
    List<Version> on(Land land, LocalDate day) {
        List<Version> result = new ArrayList<>();
        byLand.getOrDefault(land, Map.of()).values().forEach(versions -> versions.stream()
                .filter(version -> version.parameter().covers(day)).findFirst().ifPresent(result::add));
        return result;
    }

    List<Version> history(Land land) {
        return byLand.getOrDefault(land, Map.of()).values().stream().flatMap(List::stream).toList();
    }

    private static Map<String, List<Version>> read(String resource) {
        Map<String, List<Version>> byKey = new LinkedHashMap<>();
        for (CsvLines.Line line : CsvLines.read(resource, COLUMNS)) {
            String key = line.cell(0);
            if (!key.matches("[a-z][a-z0-9_]*")) {
                throw line.fail("key must be lower case letters, digits and '_'");
            }
            List<BigDecimal> byGrade = new ArrayList<>();
            for (int grade = 1; grade <= 5; grade++) {
                byGrade.add(line.value(2 + grade));
            }
            if (line.cell(13).isEmpty() || line.cell(14).isEmpty() || line.cell(10).isEmpty()) {
                throw line.fail("title, note and source are required");
            }
            ParameterVersion parameter = new ParameterVersion(key, line.date(1), line.optionalDate(2), byGrade,
                    line.cell(9), line.cell(10), line.date(11), line.confirmed(12));
            byKey.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Version(parameter, Per.fromFile(line, 8), line.cell(13), line.cell(14)));
        }
        byKey.forEach((key, versions) -> ParameterTable.checkContiguous(key,
                versions.stream().map(Version::parameter).toList(), resource));
        return byKey;
    }
}
