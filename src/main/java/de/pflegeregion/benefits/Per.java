package de.pflegeregion.benefits;

/** The period an amount refers to. */
public enum Per {
    MONTH, YEAR, MEASURE, ONCE;

    static Per fromFile(CsvLines.Line line, int index) {
        return switch (line.cell(index)) {
            case "month" -> MONTH;
            case "year" -> YEAR;
            case "measure" -> MEASURE;
            case "once" -> ONCE;
            default -> throw line.fail("per must be month, year, measure or once, not '" + line.cell(index) + "'");
        };
    }
}
