package de.pflegeregion.benefits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the semicolon-separated data files: '#' starts a comment line, blank lines are skipped. */
final class CsvLines {

    record Line(String source, int number, String[] cells) {

        String cell(int index) {
            return cells[index].strip();
        }

        LocalDate date(int index) {
            String text = cell(index);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw fail("'" + text + "' is not a date (yyyy-mm-dd)");
            }
        }

        LocalDate optionalDate(int index) {
            return cell(index).isEmpty() ? null : date(index);
        }

        /** A value or "-" for no entitlement. */
        BigDecimal value(int index) {
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

        LegalDataException fail(String message) {
            return new LegalDataException(source, number, message);
        }
    }

    private CsvLines() {
    }

    static List<Line> read(String resource, int columns) {
        InputStream in = CsvLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new LegalDataException(resource, 0, "data file not found");
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] cells = text.split(";", -1);
                if (cells.length != columns) {
                    throw new LegalDataException(resource, number, "expected " + columns + " columns, found " + cells.length);
                }
                lines.add(new Line(resource, number, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
