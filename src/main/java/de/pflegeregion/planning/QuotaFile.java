package de.pflegeregion.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a quota set in the spec's format {@code age_from;age_to;sex;setting;quota;reference_population}
 * ({@code #} lines are comments). All or nothing: any error rejects the file with every error listed.
 * An upload is decoded like a population file: UTF-8 with or without BOM, or Windows-1252 (Excel's
 * "CSV" on a German Windows).
 */
public final class QuotaFile {

    static final List<String> COLUMNS = List.of("age_from", "age_to", "sex", "setting", "quota", "reference_population");

    private QuotaFile() {
    }

    /** An uploaded file, its encoding told by {@link TextDecoding}. */
    public static QuotaSet read(InputStream file, String name, String source, LocalDate referenceDate) {
        Reader csv;
        try {
            csv = TextDecoding.open(file);
        } catch (IOException e) {
            throw new RejectedFile(List.of(new ImportError(0, "datei", "Die Datei ist nicht lesbar: " + e.getMessage())));
        }
        return read(csv, name, source, referenceDate);
    }

    public static QuotaSet read(Reader csv, String name, String source, LocalDate referenceDate) {
        List<ImportError> errors = new ArrayList<>();
        List<Quota> quotas = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (CSVParser parser = CsvColumns.FORMAT.parse(csv)) {
            CSVRecord header = null;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header == null) {
                    header = record;
                    CsvColumns.checkHeader(record, line, COLUMNS, true, errors);
                    if (!errors.isEmpty()) {
                        throw new RejectedFile(errors);
                    }
                    continue;
                }
                Quota quota = quota(record, line, errors);
                if (quota != null) {
                    String key = quota.sex() + "|" + quota.setting() + "|" + quota.band();
                    Long earlier = seen.putIfAbsent(key, line);
                    if (earlier != null) {
                        errors.add(new ImportError(line, "age_from", "Diese Altersgruppe steht für Geschlecht und Versorgungsart schon in Zeile " + earlier + "."));
                    } else {
                        quotas.add(quota);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new ImportError(0, "datei", "Die Datei ist keine lesbare CSV-Datei: " + e.getMessage()));
        }
        if (quotas.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(1, "datei", "Die Datei enthält keine Pflegequoten."));
        }
        errors.addAll(bandGaps(quotas));
        if (!errors.isEmpty()) {
            throw new RejectedFile(errors);
        }
        return new QuotaSet(name, source, referenceDate, quotas);
    }

    private static Quota quota(CSVRecord r, long line, List<ImportError> errors) {
        int before = errors.size();
        Integer from = Numbers.wholeYears(CsvColumns.field(r, 0), true, line, "age_from", errors);
        Integer to = Numbers.wholeYears(CsvColumns.field(r, 1), false, line, "age_to", errors);
        Sex sex = Sex.ofCode(CsvColumns.field(r, 2));
        if (sex == null) {
            errors.add(new ImportError(line, "sex", "Geschlecht muss m oder w sein, gefunden: „" + CsvColumns.field(r, 2) + "“."));
        }
        Setting setting = Setting.ofCode(CsvColumns.field(r, 3));
        if (setting == null) {
            errors.add(new ImportError(line, "setting", "Unbekannte Versorgungsart „" + CsvColumns.field(r, 3)
                    + "“; möglich sind pflegegeld, ambulant, vollstationaer und pg1_ohne."));
        }
        Double quota = Numbers.decimal(CsvColumns.field(r, 4), line, "quota", errors);
        if (quota != null && (quota < 0 || quota > 1)) {
            errors.add(new ImportError(line, "quota", "Die Quote ist ein Anteil zwischen 0 und 1, gefunden: " + CsvColumns.field(r, 4) + "."));
        }
        Double reference = CsvColumns.field(r, 5).isEmpty() ? null : Numbers.decimal(CsvColumns.field(r, 5), line, "reference_population", errors);
        if (reference != null && reference < 0) {
            errors.add(new ImportError(line, "reference_population", "Die Bezugsbevölkerung darf nicht negativ sein."));
        }
        if (from != null && to != null && to <= from) {
            errors.add(new ImportError(line, "age_to", "age_to muss größer als age_from sein."));
        }
        if (from != null && to == null && from >= AgeBand.OPEN_END) {
            errors.add(new ImportError(line, "age_from", "Die offene oberste Altersgruppe muss unter " + AgeBand.OPEN_END + " beginnen."));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Quota(new AgeBand(from, to), sex, setting, quota, reference);
    }

    /** The bands of each sex and setting must run from 0 to an open top band without gap or overlap. */
    private static List<ImportError> bandGaps(List<Quota> quotas) {
        Map<String, List<AgeBand>> groups = new TreeMap<>();
        quotas.forEach(q -> groups.computeIfAbsent(q.sex().code() + " " + q.setting().code(), k -> new ArrayList<>()).add(q.band()));
        List<ImportError> errors = new ArrayList<>();
        groups.forEach((group, bands) -> Bands.check(bands).ifPresent(problem ->
                errors.add(new ImportError(1, "age_from", "Altersgruppen für " + group + ": " + problem.message()))));
        return errors;
    }
}
