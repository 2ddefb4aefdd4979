package de.pflegeregion.planning;

import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The fixed-column CSV files of planning (quotas, travel times): semicolon, {@code #} comments, a header naming each column. */
final class CsvColumns {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#')
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private CsvColumns() {
    }

    /** An error per column not named as expected; the last column may be left unnamed where {@code lastOptional}. */
    static void checkHeader(CSVRecord header, long line, List<String> columns, boolean lastOptional, List<ImportError> errors) {
        for (int i = 0; i < columns.size(); i++) {
            String found = field(header, i).replace("\uFEFF", "");
            if (!found.equals(columns.get(i)) && !(lastOptional && i == columns.size() - 1 && found.isEmpty())) {
                errors.add(new ImportError(line, columns.get(i), "Spalte " + (i + 1) + " muss „" + columns.get(i)
                        + "“ heißen, gefunden: „" + found + "“. Erwartet wird: " + String.join(";", columns) + "."));
            }
        }
    }

    /** The stripped cell, empty where the row is shorter. */
    static String field(CSVRecord r, int i) {
        return i < r.size() ? r.get(i).strip() : "";
    }
}
