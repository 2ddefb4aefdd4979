package de.pflegeregion.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The data files are read with Commons CSV: comments and blank lines skipped, trailing empty cells kept. */
class CsvLinesTest {

    @Test
    void aTrailingEmptyCellIsReadAsACell() {
        List<CsvLines.Line> lines = CsvLines.read("trailing-empty-cell.csv", 3);
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst().cells()).containsExactly("pflegegeld", "2017-01-01", "");
        assertThat(lines.getFirst().optionalDate(2)).isNull();
        assertThat(lines.get(1).optionalDate(2)).isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void errorsNameTheLineOfTheFile() {
        List<CsvLines.Line> lines = CsvLines.read("trailing-empty-cell.csv", 3);
        assertThat(lines).extracting(CsvLines.Line::number).containsExactly(3, 4);
        assertThatThrownBy(() -> CsvLines.read("trailing-empty-cell.csv", 4))
                .isInstanceOf(LegalDataException.class).hasMessageContaining("3").hasMessageContaining("expected 4 columns, found 3");
    }
}
