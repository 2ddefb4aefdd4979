package de.pflegeregion.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The age-typical level of independence of healthy children (§ 15 (6) SGB XI; BRi chapter 5),
 * read from {@code children-age-tables.csv} so that a corrected table is a data change.
 */
final class AgeTables {

    static final String RESOURCE = "children-age-tables.csv";

    private static final Pattern AGE = Pattern.compile("(?:(\\d+)J)?(?:(\\d+)M)?(?:(\\d+)W)?");

    /** One row: the ages (in completed months) from which a healthy child reaches levels 2, 1 and 0. */
    record Row(String criterion, int[] fromMonths, String reliability) {

        /** Age-typical category index (3 = unselbständig … 0 = selbständig) at the given age. */
        int levelAt(int ageMonths) {
            int level = 3;
            for (int boundary : fromMonths) {
                if (ageMonths >= boundary) {
                    level--;
                }
            }
            return level;
        }
    }

    /** Semicolons, '#' comments, a header row, no quoting; empty cells (also trailing ones) are kept. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#')
            .setIgnoreEmptyLines(true).setQuote(null).setHeader().setSkipHeaderRecord(true).get();

    private static final List<Row> ROWS = load();
    private static final int[][] NORMS_BY_AGE = tabulate(ROWS);

    private AgeTables() {
    }

    static List<Row> rows() {
        return ROWS;
    }

    /** Age-typical level per criterion index for a child of 18 months up to the 11th birthday; 0 where no row. */
    static int[] norms(int ageMonths) {
        return NORMS_BY_AGE[ageMonths - AgeGroup.CHILD_FROM_MONTHS];
    }

    /** Converts "2J6M", "15M" or "6W" to months; a week boundary counts from the first whole month reaching it. */
    static int parseMonths(String age) {
        Matcher m = AGE.matcher(age.trim());
        if (age.isBlank() || !m.matches()) {
            throw new IllegalStateException("Unreadable age in " + RESOURCE + ": " + age);
        }
        int years = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int months = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int weeks = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return years * 12 + months + (weeks * 7 + 29) / 30;
    }

    private static List<Row> load() {
        try (InputStream in = AgeTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> read(Reader table) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : FORMAT.parse(table)) {
            String criterion = record.get("kriterium");
            Criteria.get(criterion);
            int[] from = {parseMonths(record.get("ueberwiegend-unselbstaendig-ab")),
                    parseMonths(record.get("ueberwiegend-selbstaendig-ab")), parseMonths(record.get("selbstaendig-ab"))};
            rows.add(new Row(criterion, from, record.get("verlaesslichkeit")));
        }
        return Collections.unmodifiableList(rows);
    }

    private static int[][] tabulate(List<Row> rows) {
        int[][] norms = new int[AgeGroup.ADOLESCENT_FROM_MONTHS - AgeGroup.CHILD_FROM_MONTHS][];
        for (int age = AgeGroup.CHILD_FROM_MONTHS; age < AgeGroup.ADOLESCENT_FROM_MONTHS; age++) {
            int[] levels = new int[Criteria.count()];
            for (Row row : rows) {
                levels[Criteria.indexOf(row.criterion())] = row.levelAt(age);
            }
            norms[age - AgeGroup.CHILD_FROM_MONTHS] = levels;
        }
        return norms;
    }
}
