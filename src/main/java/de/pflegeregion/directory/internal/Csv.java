package de.pflegeregion.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Semicolon-separated values as German spreadsheets write them (quoted fields may hold ';', '"'
 * doubled and line breaks), read and written with Apache Commons CSV. Empty cells are kept, trailing
 * ones included; blank lines are skipped.
 */
public final class Csv {

    public static final CSVFormat SEMICOLON = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator('\n').get();

    /** One record with the physical line it starts on (1-based), for error reports. */
    public record Row(int line, List<String> fields) {

        public String field(int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    /** The text is not CSV from {@code line} on, e.g. a quoted field that is never closed. */
    public static final class Unreadable extends RuntimeException {

        private final int line;

        Unreadable(int line, Throwable cause) {
            super("CSV unreadable from line " + line, cause);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Cells a spreadsheet would run as a formula (OWASP "CSV injection"), after any apostrophes we added. */
    private static final Pattern FORMULA_START = Pattern.compile("^'*[=+\\-@\t\r]");

    private Csv() {
    }

    /**
     * A cell value safe to open in Excel or LibreOffice: one leading apostrophe before a formula start
     * (=, +, -, @, tab, carriage return), also before apostrophes already there, so that
     * {@link #unneutralised} gives back exactly the original.
     */
    public static String neutralised(String value) {
        return value != null && FORMULA_START.matcher(value).find() ? "'" + value : value;
    }

    /** The value before {@link #neutralised}: one apostrophe less where that added one. */
    public static String unneutralised(String value) {
        return value.startsWith("'") && FORMULA_START.matcher(value).find() ? value.substring(1) : value;
    }

    public static List<Row> parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] lineStarts = lineStarts(content);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(content, SEMICOLON)) {
            for (CSVRecord record : parser) {
                rows.add(new Row(lineOf(lineStarts, firstCharacter(content, record.getCharacterPosition())), record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int line = rows.isEmpty() ? 1 : rows.getLast().line() + 1;
            throw new Unreadable(line, e);
        }
        return rows;
    }

    /** A record's position is where the parser began looking, before the blank lines it skipped. */
    private static int firstCharacter(String text, long position) {
        int i = (int) position;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
