package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The federal legal parameters, strictly checked at load time: every key of {@link ParameterKey} is
 * present, its versions start on {@link Benefits#FIRST_DAY} and follow each other without gap or
 * overlap, and only the last one is open-ended.
 */
final class ParameterTable {

    static final String FEDERAL_DATA = "/de/pflegeregion/benefits/sgb11.csv";
    private static final int COLUMNS = 12;

    private final Map<ParameterKey, List<ParameterVersion>> versions;

    private ParameterTable(Map<ParameterKey, List<ParameterVersion>> versions) {
        this.versions = versions;
    }

    static ParameterTable load(String resource) {
        return new ParameterTable(validated(read(resource), resource));
    }

    /**
     * Applies an amendment (a new law or a dynamisation): its versions follow the currently open-ended
     * version of their key, which ends the day before.
     */
    ParameterTable amendedBy(String resource) {
        Map<ParameterKey, List<ParameterVersion>> merged = new EnumMap<>(ParameterKey.class);
        versions.forEach((key, list) -> merged.put(key, new ArrayList<>(list)));
        read(resource).forEach((key, changes) -> {
            List<ParameterVersion> list = merged.get(key);
            ParameterVersion open = list.getLast();
            LocalDate start = changes.getFirst().validFrom();
            if (open.validTo() != null || !start.isAfter(open.validFrom())) {
                throw new LegalDataException(resource, 0, key.fileKey() + ": an amendment must start after "
                        + open.validFrom() + " and follow an open-ended version");
            }
            list.set(list.size() - 1, new ParameterVersion(open.key(), open.validFrom(), start.minusDays(1),
                    open.byGrade(), open.legalBasis(), open.source(), open.lastChecked(), open.confirmed()));
            list.addAll(changes);
        });
        return new ParameterTable(validated(merged, resource));
    }

    ParameterVersion versionOn(ParameterKey key, LocalDate day) {
        for (ParameterVersion version : versions.get(key)) {
            if (version.covers(day)) {
                return version;
            }
        }
        throw new IllegalArgumentException("no version of " + key.fileKey() + " on " + day);
    }

    private static Map<ParameterKey, List<ParameterVersion>> read(String resource) {
        Map<ParameterKey, List<ParameterVersion>> read = new EnumMap<>(ParameterKey.class);
        for (CsvLines.Line line : CsvLines.read(resource, COLUMNS)) {
            ParameterKey key = ParameterKey.fromFileKey(line.cell(0));
            if (key == null) {
                throw line.fail("unknown key '" + line.cell(0) + "'");
            }
            List<BigDecimal> byGrade = new ArrayList<>();
            for (int grade = 1; grade <= 5; grade++) {
                byGrade.add(line.value(2 + grade));
            }
            String legalBasis = line.cell(8);
            if (!legalBasis.contains("§") && !legalBasis.contains("Art.")) {
                throw line.fail("legal basis must cite a § or Art.");
            }
            if (line.cell(9).isEmpty()) {
                throw line.fail("source is missing");
            }
            ParameterVersion version = new ParameterVersion(key.fileKey(), line.date(1), line.optionalDate(2), byGrade,
                    legalBasis, line.cell(9), line.date(10), line.confirmed(11));
            if (version.validTo() != null && version.validTo().isBefore(version.validFrom())) {
                throw line.fail("valid_to before valid_from");
            }
            read.computeIfAbsent(key, k -> new ArrayList<>()).add(version);
        }
        return read;
    }

    private static Map<ParameterKey, List<ParameterVersion>> validated(Map<ParameterKey, List<ParameterVersion>> read,
            String resource) {
        for (ParameterKey key : ParameterKey.values()) {
            List<ParameterVersion> list = read.get(key);
            if (list == null) {
                throw new LegalDataException(resource, 0, "no value for " + key.fileKey());
            }
            if (!list.getFirst().validFrom().equals(Benefits.FIRST_DAY)) {
                throw new LegalDataException(resource, 0, key.fileKey() + " must start on " + Benefits.FIRST_DAY
                        + " (gap before " + list.getFirst().validFrom() + ")");
            }
            checkContiguous(key.fileKey(), list, resource);
        }
        return read;
    }

    static void checkContiguous(String key, List<ParameterVersion> list, String resource) {
        for (int i = 0; i < list.size(); i++) {
            ParameterVersion version = list.get(i);
            boolean last = i == list.size() - 1;
            if (version.validTo() == null && !last) {
                throw new LegalDataException(resource, 0, key + ": only the last version may be open-ended");
            }
            if (!last) {
                LocalDate expected = version.validTo().plusDays(1);
                LocalDate next = list.get(i + 1).validFrom();
                if (next.isBefore(expected)) {
                    throw new LegalDataException(resource, 0, key + ": versions overlap on " + next);
                }
                if (next.isAfter(expected)) {
                    throw new LegalDataException(resource, 0, key + ": gap from " + expected + " to " + next.minusDays(1));
                }
            } else if (version.validTo() != null) {
                throw new LegalDataException(resource, 0, key + ": the last version must be open-ended (gap after "
                        + version.validTo() + ")");
            }
        }
    }
}
