package de.pflegeregion.directory.internal;

import java.util.ArrayList;
import java.util.List;

/** Semicolon-separated values as German spreadsheets write them: quoted fields may hold ';', '"' (doubled) and line breaks. */
public final class SemicolonCsv {

    /** One record with the physical line it starts on (1-based), for error reports. */
    public record Row(int line, List<String> fields) {

        public String field(int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    private SemicolonCsv() {
    }

    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int rowStart = 1;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
                    fields.add(field.toString());
                    rows.add(new Row(rowStart, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
                line++;
                rowStart = line;
            } else {
                field.append(c);
            }
        }
        if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }

    /** Quotes a value for writing when it holds a separator, quote or line break. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
