package de.pflegeregion.benefits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the semicolon-separated data files of the module with Commons CSV: '#' starts a comment line, blank lines are skipped. */
public final class CsvLines {

    /** One row of a data file with its line number, for error messages that point at the line. */
    public record Line(String source, int number, String[] cells) {

        public String cell(int index) {
            return cells[index].strip();
        }

        public LocalDate date(int index) {
            String text = cell(index);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw fail("'" + text + "' is not a date (yyyy-mm-dd)");
            }
        }

        public LocalDate optionalDate(int index) {
            return cell(index).isEmpty() ? null : date(index);
        }

        /** A value or "-" for no entitlement. */
        public BigDecimal value(int index) {
            String text = cell(index);
            if (text.equals("-")) {
                return null;
            }
            try {
                BigDecimal value = new BigDecimal(text);
                if (value.signum() < 0) {
                    throw fail("negative value '" + text + "'");
                }
                return value;
            } catch (NumberFormatException e) {
                throw fail("'" + text + "' is neither a number nor '-'");
            }
        }

        boolean confirmed(int index) {
            return switch (cell(index)) {
                case "confirmed" -> true;
                case "verify" -> false;
                default -> throw fail("status must be 'confirmed' or 'verify', not '" + cell(index) + "'");
            };
        }

        public LegalDataException fail(String message) {
            return new LegalDataException(source, number, message);
        }
    }

    /** Semicolons, '#' comments, no quoting: every cell is taken as written, trailing empty cells included. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#')
            .setIgnoreEmptyLines(true).setQuote(null).get();

    private CsvLines() {
    }

    /** Reads a data file (absolute, or relative to this package) and checks that every row has {@code columns} cells. */
    public static List<Line> read(String resource, int columns) {
        InputStream in = CsvLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new LegalDataException(resource, 0, "data file not found");
        }
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, StandardCharsets.UTF_8, FORMAT)) {
            for (CSVRecord record : parser) {
                int number = (int) parser.getCurrentLineNumber();
                if (record.size() != columns) {
                    throw new LegalDataException(resource, number, "expected " + columns + " columns, found " + record.size());
                }
                lines.add(new Line(resource, number, record.values()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
