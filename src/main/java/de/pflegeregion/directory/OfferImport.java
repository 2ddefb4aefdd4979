package de.pflegeregion.directory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.pflegeregion.directory.internal.Csv;
import de.pflegeregion.platform.Account;

/**
 * CSV import of offers (semicolon-separated, UTF-8, the columns of the Pfaffenhofen brochure list):
 * all or nothing. Every row is checked first; one bad row and nothing is imported, and the report
 * names each bad row and column (encoding, missing name, unknown type, bad PLZ, duplicates, ...).
 */
@Service
public class OfferImport {

    public static final List<String> COLUMNS = List.of("name", "offer_types", "street", "postal_code", "city", "phone",
            "email", "website", "places", "features", "source");
    private static final Set<String> REQUIRED = Set.of("name", "offer_types");
    private static final Pattern SOURCE_PAGE = Pattern.compile("^(.*?)[,;]?\\s*((?:S\\.|Kap\\.)\\s*\\S.*)$");
    private static final Pattern PLACES = Pattern.compile("\\s*([a-z0-9_]+)\\s*=\\s*(\\d{1,4})\\s*");
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("name", "name", "types", "offer_types",
            "postalCode", "postal_code", "city", "city", "email", "email", "website", "website");

    private final OfferRegistry registry;

    OfferImport(OfferRegistry registry) {
        this.registry = registry;
    }

    /**
     * Imports a file into a county's register.
     *
     * @param defaultSource names the publication when the column {@code source} gives only a page ("Kap. 9")
     */
    @Transactional
    public ImportReport importCsv(long tenantId, byte[] content, String defaultSource, Account actor) {
        ReadFile file = read(content, defaultSource);
        if (!file.usable()) {
            return new ImportReport(file.dataRows(), 0, file.fileProblems());
        }
        List<ImportProblem> problems = new ArrayList<>(file.fileProblems());
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        Map<String, Long> existing = new HashMap<>();
        for (Offer offer : registry.ofTenant(tenantId, false)) {
            existing.put(duplicateKey(offer.name(), offer.address().postalCode(), offer.address().street()), offer.id());
        }
        Map<Integer, OfferDraft> drafts = new LinkedHashMap<>();
        for (ReadRow row : file.rows()) {
            List<ImportProblem> rowProblems = new ArrayList<>(row.problems());
            OfferDraft draft = row.draft();
            if (draft == null) {
                problems.addAll(rowProblems);
                continue;
            }
            for (FieldError error : registry.validate(tenantId, draft)) {
                String column = error.field().startsWith("capacity.") ? "places" : COLUMN_OF_FIELD.getOrDefault(error.field(), error.field());
                rowProblems.add(new ImportProblem(row.line(), column, error.message()));
            }
            String key = duplicateKey(draft.name(), draft.postalCode(), draft.street());
            if (draft.name() != null && !draft.name().isBlank()) {
                Integer earlier = firstLineOfKey.putIfAbsent(key, row.line());
                if (earlier != null) {
                    rowProblems.add(new ImportProblem(row.line(), "name", "Doppelter Eintrag: dasselbe Angebot steht schon in Zeile " + earlier + "."));
                } else if (existing.containsKey(key)) {
                    rowProblems.add(new ImportProblem(row.line(), "name", "Dieses Angebot steht schon im Verzeichnis (Nr. " + existing.get(key) + ")."));
                }
            }
            problems.addAll(rowProblems);
            drafts.put(row.line(), draft);
        }
        if (!problems.isEmpty()) {
            return new ImportReport(file.dataRows(), 0, problems);
        }
        drafts.values().forEach(draft -> registry.create(tenantId, draft, actor));
        return new ImportReport(drafts.size(), drafts.size(), List.of());
    }

    /**
     * The file as read, before the register is asked: problems of the file itself (encoding, header), then
     * each data row; not {@code usable} when the rows cannot be read as offers at all (unreadable, empty, bad header).
     */
    record ReadFile(int dataRows, List<ImportProblem> fileProblems, List<ReadRow> rows, boolean usable) {
    }

    /** A data row: its draft ({@code null} when the row has more fields than the header) and what is wrong with it on its own. */
    record ReadRow(int line, OfferDraft draft, List<ImportProblem> problems) {
    }

    /** The parsing step alone, without the database (the fuzz target calls it). */
    static ReadFile read(byte[] content, String defaultSource) {
        // bad bytes are reported per field; the rest of the file is still checked (with U+FFFD in their place)
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(new String(content, StandardCharsets.UTF_8));
        } catch (Csv.Unreadable e) {
            return new ReadFile(0, List.of(new ImportProblem(e.line(), "",
                    "Ab dieser Zeile ist die Datei nicht lesbar: ein Feld in Anführungszeichen wird nicht geschlossen.")), List.of(), false);
        }
        if (rows.isEmpty()) {
            return new ReadFile(0, List.of(new ImportProblem(1, "", "Die Datei ist leer.")), List.of(), false);
        }
        List<ImportProblem> problems = new ArrayList<>(encodingProblems(rows));
        List<String> header = rows.getFirst().fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<ImportProblem> headerProblems = new ArrayList<>();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                headerProblems.add(new ImportProblem(1, column, "Unbekannte Spalte „" + column + "“. Erlaubt sind: " + String.join(";", COLUMNS) + "."));
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                headerProblems.add(new ImportProblem(1, column, "Die Spalte „" + column + "“ fehlt."));
            }
        }
        problems.addAll(headerProblems);
        if (!headerProblems.isEmpty()) {
            return new ReadFile(rows.size() - 1, problems, List.of(), false);
        }
        List<ReadRow> read = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() > header.size()) {
                read.add(new ReadRow(row.line(), null, List.of(new ImportProblem(row.line(), "", "Die Zeile hat " + row.fields().size()
                        + " Felder, die Kopfzeile nur " + header.size() + ". Enthält ein Feld ein Semikolon ohne Anführungszeichen?"))));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), Csv.unneutralised(row.field(i)));
            }
            List<ImportProblem> rowProblems = new ArrayList<>();
            OfferDraft draft = draft(values, defaultSource, row.line(), rowProblems);
            read.add(new ReadRow(row.line(), draft, rowProblems));
        }
        return new ReadFile(rows.size() - 1, problems, read, true);
    }

    private static OfferDraft draft(Map<String, String> v, String defaultSource, int line, List<ImportProblem> problems) {
        List<String> types = Arrays.stream(v.getOrDefault("offer_types", "").split("\\|"))
                .map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList();
        Map<String, Integer> capacity = new LinkedHashMap<>();
        String places = v.getOrDefault("places", "");
        if (!places.isBlank()) {
            for (String part : places.split("\\|")) {
                Matcher m = PLACES.matcher(part);
                if (m.matches()) {
                    capacity.put(m.group(1), Integer.parseInt(m.group(2)));
                } else {
                    problems.add(new ImportProblem(line, "places", "„" + part.strip() + "“ hat nicht die Form art=Zahl, z. B. tagespflege=10."));
                }
            }
        }
        String source = v.getOrDefault("source", "");
        String sourcePage = null;
        Matcher m = SOURCE_PAGE.matcher(source);
        if (m.matches()) {
            source = m.group(1).strip();
            sourcePage = m.group(2).strip();
        }
        if (source.isEmpty()) {
            source = defaultSource;
        }
        return new OfferDraft(v.getOrDefault("name", ""), types, blankToNull(v.get("street")), blankToNull(v.get("postal_code")),
                blankToNull(v.get("city")), null, null, blankToNull(v.get("phone")), blankToNull(v.get("email")),
                blankToNull(v.get("website")), null, List.of(), List.of(), blankToNull(v.get("features")), source, sourcePage,
                null, capacity, List.of());
    }

    /** Fields whose bytes were not valid UTF-8 (decoded as U+FFFD), named by the header's column. */
    private static List<ImportProblem> encodingProblems(List<Csv.Row> rows) {
        List<String> header = rows.getFirst().fields();
        boolean headerReadable = header.stream().noneMatch(OfferImport::undecodable);
        List<ImportProblem> problems = new ArrayList<>();
        for (Csv.Row row : rows) {
            for (int i = 0; i < row.fields().size(); i++) {
                if (undecodable(row.fields().get(i))) {
                    String column = headerReadable && i < header.size() ? header.get(i).strip().toLowerCase(Locale.ROOT) : "Spalte " + (i + 1);
                    problems.add(new ImportProblem(row.line(), column,
                            "Das Feld ist nicht in UTF-8 kodiert (z. B. Umlaute aus Windows-1252/ISO-8859-1). Bitte speichern Sie die Datei als „CSV UTF-8“."));
                }
            }
        }
        return problems;
    }

    private static boolean undecodable(String field) {
        return field.indexOf('\uFFFD') >= 0;
    }

    private static String duplicateKey(String name, String postalCode, String street) {
        return (name == null ? "" : name.strip().toLowerCase(Locale.GERMAN).replaceAll("\\s+", " ")) + "|"
                + (postalCode == null ? "" : postalCode.strip()) + "|"
                + (street == null ? "" : street.strip().toLowerCase(Locale.GERMAN).replaceAll("\\s+", " "));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
