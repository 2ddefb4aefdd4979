package de.pflegeregion.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class CsvTest {

    @Test
    void trailingEmptyCellsAreKept() {
        List<Csv.Row> rows = Csv.parse("a;b;;\n\"x;y\";\"sagt \"\"hallo\"\"\";;\n");

        assertThat(rows).extracting(Csv.Row::fields).containsExactly(List.of("a", "b", "", ""), List.of("x;y", "sagt \"hallo\"", "", ""));
    }

    @Test
    void rowsKnowTheLineTheyStartOnAcrossQuotedLineBreaksAndBlankLines() {
        List<Csv.Row> rows = Csv.parse("\uFEFFname;notes\n\"A\";\"eins\nzwei\"\n\nB;drei\r\nC;vier");

        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2, 5, 6);
        assertThat(rows.getFirst().field(0)).isEqualTo("name");
        assertThat(rows.get(1).field(1)).isEqualTo("eins\nzwei");
    }

    @Test
    void anUnclosedQuoteIsUnreadableFromItsLine() {
        assertThatThrownBy(() -> Csv.parse("name;notes\nA;eins\nB;\"offen\n")).isInstanceOfSatisfying(Csv.Unreadable.class,
                e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void formulaStartsAreNeutralised() {
        assertThat(List.of("=HYPERLINK(\"http://x\")", "+49 8441 1234", "-1", "@SUM(A1)", "\tx", "\rx"))
                .allSatisfy(v -> assertThat(Csv.neutralised(v)).isEqualTo("'" + v));
        assertThat(Csv.neutralised("Tagespflege")).isEqualTo("Tagespflege");
        assertThat(Csv.neutralised("'Hallo'")).isEqualTo("'Hallo'");
    }

    @Test
    void neutralisingRoundTripsEveryValue() {
        qt().withExamples(20_000)
                .forAll(strings().betweenCodePoints(0, 0x7f).ofLengthBetween(0, 6)
                        .zip(Generate.pick(List.of("", "'", "''", "=", "'=", "+", "-", "@", "\t", "\r")), (rest, start) -> start + rest))
                .checkAssert(value -> {
                    String exported = Csv.neutralised(value);
                    assertThat(Csv.unneutralised(exported)).isEqualTo(value);
                    assertThat(exported).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                            .doesNotStartWith("\t").doesNotStartWith("\r");
                });
    }
}
