package de.pflegeregion.planning;

import java.util.List;

/** Numbers as statistical offices write them: decimal comma or point. */
final class Numbers {

    private Numbers() {
    }

    /** A decimal number, or null with an error recorded. */
    static Double decimal(String text, long line, String field, List<ImportError> errors) {
        Double value = parse(text);
        if (value == null) {
            errors.add(new ImportError(line, field, "„" + text + "“ ist keine Zahl."));
        }
        return value;
    }

    /** "1.234,5" and "1234.5" and "1234,5"; null if it is none. */
    static Double parse(String text) {
        String t = text.strip();
        if (t.indexOf(',') >= 0) {
            t = t.replace(".", "").replace(',', '.');
        }
        if (!t.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return Double.valueOf(t);
    }

    /** Whole years 0–120; empty allowed only where {@code required} is false (the open top band). */
    static Integer wholeYears(String text, boolean required, long line, String field, List<ImportError> errors) {
        if (text.isEmpty()) {
            if (required) {
                errors.add(new ImportError(line, field, "Das Feld " + field + " ist leer."));
            }
            return null;
        }
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > 120) {
            errors.add(new ImportError(line, field, "„" + text + "“ ist kein Alter in ganzen Jahren."));
            return null;
        }
        return Integer.valueOf(text);
    }
}
