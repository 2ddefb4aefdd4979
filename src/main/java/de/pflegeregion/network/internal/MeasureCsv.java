package de.pflegeregion.network.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.pflegeregion.network.Measure;
import de.pflegeregion.network.MeasureDraft;
import de.pflegeregion.network.MeasureKind;
import de.pflegeregion.network.MeasureStatus;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;

/**
 * The Maßnahmenplan as CSV (UTF-8, comma, header row; the columns are listed on the import page) and XLSX,
 * and the CSV import: all rows or none, with every problem by row and column. A row with an {@code id} updates
 * that measure, a row without one creates a measure, so an exported file can be edited and imported again; its
 * {@code version} refuses a row whose measure was changed after the export, so nobody's later edit is overwritten.
 */
@Component
public class MeasureCsv {

    /** The columns in order, with what each holds (shown on the import page). */
    public static final Map<String, String> COLUMNS = columns();

    private final MeasurePlan plan;
    private final TransactionTemplate transaction;

    MeasureCsv(MeasurePlan plan, TransactionTemplate transaction) {
        this.plan = plan;
        this.transaction = transaction;
    }

    public record Problem(int row, String column, String message) {
    }

    /** The answer of an import: how many measures were added, changed and left as they were, or the problems (then nothing was stored). */
    public record ImportResult(int added, int updated, int unchanged, List<Problem> problems) {
        public static ImportResult rejected(List<Problem> problems) {
            return new ImportResult(0, 0, 0, problems);
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new java.util.LinkedHashMap<>();
        c.put("nr", "Nummer der Zeile in dieser Datei (beim Export die Nummer der Maßnahme); Pflicht, eindeutig");
        c.put("uebergeordnet_nr", "nr der übergeordneten Zeile, die weiter oben steht; leer für oberste Ebene");
        c.put("art", "ziel, massnahme oder teilmassnahme");
        c.put("handlungsfeld", "1 bis 10 (Handlungsfelder des Leitfadens) oder ein eigenes wie E1");
        c.put("titel", "Pflicht, höchstens 300 Zeichen");
        c.put("beschreibung", "Text");
        c.put("federfuehrung", "Institution mit Federführung");
        c.put("partner", "Partner, durch Komma getrennt");
        c.put("beginn", "Datum JJJJ-MM-TT");
        c.put("ende", "Datum JJJJ-MM-TT");
        c.put("status", "geplant, in-vorbereitung, in-umsetzung, umgesetzt, verstetigt, zurueckgestellt oder abgebrochen");
        c.put("fortschritt", "0 bis 100; leer = Wert des Status");
        c.put("gewicht", "Gewicht in der übergeordneten Maßnahme, größer als 0; leer = 1");
        c.put("budget_eur", "Betrag mit Punkt als Dezimalzeichen, z. B. 12500.00");
        c.put("finanzierung", "Text");
        c.put("beschluss", "Beschluss, der die Maßnahme beschlossen oder geändert hat");
        c.put("indikator", "was gemessen wird");
        c.put("einheit", "Einheit des Indikators");
        c.put("ausgangswert", "Zahl mit Punkt als Dezimalzeichen");
        c.put("zielwert", "Zahl mit Punkt als Dezimalzeichen");
        c.put("zieldatum", "Datum JJJJ-MM-TT");
        c.put("luecke_angebotsart", "Angebotsart der Versorgungslücke, z. B. tagespflege");
        c.put("luecke_gebiet", "Gemeindeschlüssel (8 Ziffern) oder Name des Planungsraums");
        c.put("veroeffentlicht", "ja oder nein");
        c.put("id", "Nummer einer gespeicherten Maßnahme, die diese Zeile ändert (steht im Export); leer = neue Maßnahme");
        c.put("version", "Bearbeitungsstand der Maßnahme beim Export (steht im Export); wurde sie seitdem geändert, wird die Zeile abgelehnt. "
                + "Leer = ohne diese Prüfung");
        return c;
    }

    public byte[] csv(Tenant county) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                     CSVFormat.RFC4180.builder().setHeader(header()).get())) {
            for (List<Object> row : rows(county)) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString()).toList());
            }
            printer.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] xlsx(Tenant county) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "Pflegeregion", "1.0");
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Maßnahmenplan");
            String[] header = header();
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            int r = 1;
            for (List<Object> row : rows(county)) {
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (v instanceof LocalDate d) {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    } else if (v != null) {
                        sheet.value(r, c, v.toString());
                    }
                }
                r++;
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] header() {
        List<String> h = new ArrayList<>(COLUMNS.keySet());
        h.add("fortschritt_gesamt");
        h.add("ampel");
        return h.toArray(String[]::new);
    }

    private List<List<Object>> rows(Tenant county) {
        List<List<Object>> rows = new ArrayList<>();
        for (MeasurePlan.MeasureView v : MeasurePlan.flatten(plan.tree(county, false))) {
            Measure m = v.measure();
            List<Object> row = new ArrayList<>();
            row.add(m.id());
            row.add(m.parentId());
            row.add(m.kind().code());
            row.add(m.handlungsfeld());
            row.add(m.title());
            row.add(m.description());
            row.add(m.ownerName());
            row.add(m.partners());
            row.add(m.start());
            row.add(m.end());
            row.add(m.status().code());
            row.add(m.progress());
            row.add(m.weight());
            row.add(m.budget());
            row.add(m.funding());
            row.add(m.decisionRef());
            row.add(m.indicatorName());
            row.add(m.indicatorUnit());
            row.add(m.indicatorBaseline());
            row.add(m.indicatorTarget());
            row.add(m.indicatorDeadline());
            row.add(m.gapOfferType());
            row.add(m.gapArea());
            row.add(m.published() ? "ja" : "nein");
            row.add(m.id());
            row.add(m.version());
            row.add(v.progress());
            row.add(v.light().colour().label());
            rows.add(row);
        }
        return rows;
    }

    /** Reads the whole file, then stores every row in one transaction; any problem leaves the plan as it was. */
    public ImportResult importCsv(Tenant county, Reader in, String actor) {
        List<Problem> problems = new ArrayList<>();
        List<CSVRecord> records;
        try {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get()
                    .parse(in).getRecords();
        } catch (IOException | RuntimeException e) {
            return ImportResult.rejected(List.of(new Problem(0, "", "Die Datei ist keine lesbare CSV-Datei (UTF-8, Komma, Kopfzeile).")));
        }
        if (records.isEmpty()) {
            return ImportResult.rejected(List.of(new Problem(0, "", "Die Datei enthält keine Zeilen unter der Kopfzeile.")));
        }
        List<String> header = records.getFirst().getParser().getHeaderNames();
        for (String required : List.of("nr", "art", "handlungsfeld", "titel", "status")) {
            if (!header.contains(required)) {
                problems.add(new Problem(1, required, "Die Spalte „" + required + "“ fehlt in der Kopfzeile."));
            }
        }
        if (!problems.isEmpty()) {
            return ImportResult.rejected(problems);
        }
        record Row(int line, String nr, String parentNr, Measure existing, int version, MeasureDraft draft) {
        }
        List<Row> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<Long> seenIds = new java.util.HashSet<>();
        for (CSVRecord r : records) {
            int line = (int) r.getRecordNumber() + 1;
            Function<String, String> get = c -> r.isMapped(c) && r.isSet(c) ? r.get(c).strip() : "";
            int before = problems.size();
            String nr = get.apply("nr");
            if (nr.isEmpty()) {
                problems.add(new Problem(line, "nr", "Bitte geben Sie jeder Zeile eine Nummer."));
            } else if (!seen.add(nr)) {
                problems.add(new Problem(line, "nr", "Die Nummer " + nr + " kommt mehrfach vor."));
            }
            String parentNr = get.apply("uebergeordnet_nr");
            if (!parentNr.isEmpty() && (!seen.contains(parentNr) || parentNr.equals(nr))) {
                problems.add(new Problem(line, "uebergeordnet_nr", "Die übergeordnete Zeile " + parentNr + " steht nicht weiter oben in der Datei."));
            }
            Measure existing = existing(county, get.apply("id"), line, seenIds, problems);
            int version = version(existing, get.apply("id"), get.apply("version"), line, problems);
            MeasureKind kind = MeasureKind.ofCode(get.apply("art")).orElse(null);
            if (kind == null) {
                problems.add(new Problem(line, "art", "„" + get.apply("art") + "“ ist keine Art; möglich: ziel, massnahme, teilmassnahme."));
            }
            MeasureStatus status = MeasureStatus.ofCode(get.apply("status")).orElse(null);
            if (status == null) {
                problems.add(new Problem(line, "status", "„" + get.apply("status") + "“ ist kein Status; möglich: geplant, in-vorbereitung, "
                        + "in-umsetzung, umgesetzt, verstetigt, zurueckgestellt, abgebrochen."));
            }
            LocalDate start = date(get, "beginn", line, problems);
            LocalDate end = date(get, "ende", line, problems);
            LocalDate deadline = date(get, "zieldatum", line, problems);
            Integer progress = null;
            if (!get.apply("fortschritt").isEmpty()) {
                try {
                    progress = Integer.valueOf(get.apply("fortschritt"));
                } catch (NumberFormatException e) {
                    problems.add(new Problem(line, "fortschritt", "Bitte eine ganze Zahl von 0 bis 100."));
                }
            }
            BigDecimal weight = number(get, "gewicht", line, problems);
            BigDecimal budget = number(get, "budget_eur", line, problems);
            BigDecimal baseline = number(get, "ausgangswert", line, problems);
            BigDecimal target = number(get, "zielwert", line, problems);
            String published = get.apply("veroeffentlicht").toLowerCase();
            if (!published.isEmpty() && !published.equals("ja") && !published.equals("nein")) {
                problems.add(new Problem(line, "veroeffentlicht", "Bitte ja oder nein."));
            }
            if (problems.size() == before) {
                rows.add(new Row(line, nr, parentNr, existing, version, new MeasureDraft(null, kind, get.apply("handlungsfeld"), get.apply("titel"), get.apply("beschreibung"),
                        get.apply("federfuehrung"), null, get.apply("partner"), start, end, status, progress, weight, budget, get.apply("finanzierung"),
                        get.apply("beschluss"), get.apply("indikator"), get.apply("einheit"), baseline, target, deadline,
                        get.apply("luecke_angebotsart").isEmpty() ? null : get.apply("luecke_angebotsart"),
                        get.apply("luecke_gebiet").isEmpty() ? null : get.apply("luecke_gebiet"), published.equals("ja"))));
            }
        }
        if (!problems.isEmpty()) {
            return ImportResult.rejected(problems);
        }
        List<Problem> stored = new ArrayList<>();
        int[] updates = {0, 0}; // changed, unchanged
        transaction.executeWithoutResult(status -> {
            Map<String, Long> ids = new HashMap<>();
            for (Row row : rows) {
                MeasureDraft d = row.draft();
                Long parent = row.parentNr().isEmpty() ? null : ids.get(row.parentNr());
                if (!row.parentNr().isEmpty() && parent == null) {
                    // the parent row itself failed; its problem is already listed
                    continue;
                }
                Measure old = row.existing();
                MeasureDraft withParent = new MeasureDraft(parent, d.kind(), d.handlungsfeld(), d.title(), d.description(), d.ownerName(),
                        old == null ? null : old.ownerInstitutionId(),
                        d.partners(), d.start(), d.end(), d.status(), d.progress(), d.weight(), d.budget(), d.funding(), d.decisionRef(),
                        d.indicatorName(), d.indicatorUnit(), d.indicatorBaseline(), d.indicatorTarget(), d.indicatorDeadline(), d.gapOfferType(),
                        d.gapArea(), d.published());
                try {
                    if (old == null) {
                        ids.put(row.nr(), plan.create(county, withParent, actor));
                    } else {
                        updates[plan.update(county, old.id(), row.version(), withParent, actor) ? 0 : 1]++;
                        ids.put(row.nr(), old.id());
                    }
                } catch (InvalidInput e) {
                    stored.add(new Problem(row.line(), column(e.field()), e.getMessage()));
                }
            }
            if (!stored.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        return stored.isEmpty() ? new ImportResult(rows.size() - updates[0] - updates[1], updates[0], updates[1], List.of())
                : ImportResult.rejected(stored);
    }

    /** The stored measure a row's id names, or null for a new one; an id that is no measure of this county is the row's problem. */
    private Measure existing(Tenant county, String id, int line, java.util.Set<Long> seenIds, List<Problem> problems) {
        if (id.isEmpty()) {
            return null;
        }
        Measure m;
        try {
            m = plan.find(county, Long.parseLong(id)).orElse(null);
        } catch (NumberFormatException e) {
            m = null;
        }
        if (m == null) {
            problems.add(new Problem(line, "id", "Eine Maßnahme mit der Nummer " + id + " gibt es in Ihrem Kreis nicht; "
                    + "lassen Sie id für eine neue Maßnahme leer."));
        } else if (!seenIds.add(m.id())) {
            problems.add(new Problem(line, "id", "Die Maßnahme " + id + " wird in der Datei mehrfach geändert."));
        }
        return m;
    }

    /**
     * The version a row's update must meet: the one in the file, which must still be the stored one (else someone
     * changed the measure after the export), or the stored one where the column is empty; 0 for a new measure.
     */
    private static int version(Measure existing, String id, String version, int line, List<Problem> problems) {
        if (version.isEmpty()) {
            return existing == null ? 0 : existing.version();
        }
        if (id.isEmpty()) {
            problems.add(new Problem(line, "version", "Eine neue Maßnahme hat noch keinen Bearbeitungsstand; lassen Sie version leer "
                    + "oder tragen Sie die id der Maßnahme ein."));
            return 0;
        }
        int inFile;
        try {
            inFile = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            problems.add(new Problem(line, "version", "„" + version + "“ ist kein Bearbeitungsstand; bitte die Zahl aus dem Export."));
            return 0;
        }
        if (existing != null && inFile != existing.version()) {
            problems.add(new Problem(line, "version", "Die Maßnahme " + existing.id() + " „" + existing.title() + "“ wurde nach Ihrem Export "
                    + "geändert (Stand in der Datei " + inFile + ", jetzt " + existing.version() + "). Bitte exportieren Sie den Plan neu "
                    + "und übertragen Sie Ihre Änderung, damit die andere Änderung nicht verloren geht."));
        }
        return inFile;
    }

    /** The CSV column of a field the plan names in its checks. */
    private static String column(String field) {
        return switch (field) {
            case "parent" -> "uebergeordnet_nr";
            case "kind" -> "art";
            case "lueckeAngebotsart" -> "luecke_angebotsart";
            case "lueckeGebiet" -> "luecke_gebiet";
            case "budget" -> "budget_eur";
            default -> field;
        };
    }

    private static LocalDate date(Function<String, String> get, String column, int line, List<Problem> problems) {
        String v = get.apply(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(line, column, "„" + v + "“ ist kein Datum; bitte JJJJ-MM-TT, z. B. 2027-03-01."));
            return null;
        }
    }

    private static BigDecimal number(Function<String, String> get, String column, int line, List<Problem> problems) {
        String v = get.apply(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            problems.add(new Problem(line, column, "„" + v + "“ ist keine Zahl; bitte mit Punkt als Dezimalzeichen, z. B. 12500.00."));
            return null;
        }
    }
}
