package de.pflegeregion.planning.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import de.pflegeregion.planning.AreaForecast;
import de.pflegeregion.planning.ForecastResult;
import de.pflegeregion.planning.PlanningSettings;

/** The forecast as one row per area and year with German headers, for the planner's own spreadsheets. */
final class ForecastTable {

    /** A column: its German header and how to read it from an area's forecast (null = empty cell). */
    record Column(String header, Function<Row, Object> value) {
    }

    record Row(ForecastResult forecast, AreaForecast area, String planungsraum) {
    }

    private ForecastTable() {
    }

    /**
     * @param scenarioLabel the scenario's name: a built-in one's label or a saved variant's name
     * @param typeLabel     the register's German label of an offer type
     */
    static List<Column> columns(String scenarioLabel, Function<String, String> typeLabel) {
        List<Column> c = new ArrayList<>(List.of(
                new Column("Jahr", r -> r.forecast().year()),
                new Column("Szenario", r -> scenarioLabel),
                new Column("Gebietsschlüssel", r -> r.area().area().key()),
                new Column("Gebiet", r -> r.area().area().name()),
                new Column("Planungsraum", Row::planungsraum),
                new Column("Daten vollständig", r -> r.area().complete() ? "ja" : "nein"),
                new Column("Einwohner", r -> r.area().population().total()),
                new Column("Einwohner 65 und älter", r -> r.area().population().age65plus()),
                new Column("Einwohner 80 und älter (geschätzt)", r -> r.area().population().age80plus()),
                new Column("Pflegebedürftige", r -> r.area().need().total()),
                new Column("davon Pflegegeld", r -> r.area().need().pflegegeld()),
                new Column("davon ambulant", r -> r.area().need().ambulant()),
                new Column("davon vollstationär", r -> r.area().need().vollstationaer()),
                new Column("davon Pflegegrad 1 ohne Einrichtung", r -> r.area().need().pg1Ohne())));
        for (String type : PlanningSettings.PLACE_TYPES) {
            String label = typeLabel.apply(type);
            c.add(new Column(label + ": Plätze benötigt", r -> r.area().places().get(type).needed()));
            c.add(new Column(label + ": Plätze vorhanden", r -> r.area().places().get(type).existing()));
            c.add(new Column(label + ": Lücke", r -> r.area().places().get(type).gap()));
            c.add(new Column(label + ": Angebote ohne Platzzahl", r -> r.area().places().get(type).unknownCapacityOffers()));
        }
        c.add(new Column("Personal vollstationär Hilfskräfte (VZÄ)", r -> r.area().staff().hilfskraft()));
        c.add(new Column("Personal vollstationär Assistenz (VZÄ)", r -> r.area().staff().assistenz()));
        c.add(new Column("Personal vollstationär Fachkräfte (VZÄ)", r -> r.area().staff().fachkraft()));
        c.add(new Column("Personal vollstationär gesamt (VZÄ)", r -> r.area().staff().vollstationaerTotal()));
        c.add(new Column("Personal ambulant", r -> r.area().staff().ambulant()));
        return List.copyOf(c);
    }

    static List<Row> rows(List<ForecastResult> forecasts) {
        List<Row> rows = new ArrayList<>();
        for (ForecastResult f : forecasts) {
            for (AreaForecast a : f.areas()) {
                String room = f.planungsraeume().stream().filter(p -> p.areaKeys().contains(a.area().key()))
                        .map(p -> p.name()).findFirst().orElse(null);
                rows.add(new Row(f, a, room));
            }
        }
        return rows;
    }

    /** Semicolons and decimal commas, as German spreadsheets read them; UTF-8 with BOM so umlauts survive. */
    static byte[] csv(List<ForecastResult> forecasts, String scenarioLabel, Function<String, String> typeLabel) {
        List<Column> columns = columns(scenarioLabel, typeLabel);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get().print(out)) {
            printer.printRecord(columns.stream().map(Column::header).toList());
            for (Row row : rows(forecasts)) {
                printer.printRecord(columns.stream().map(c -> cell(c.value().apply(row))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same table as an Excel workbook, numbers as numbers. */
    static byte[] xlsx(List<ForecastResult> forecasts, String scenarioLabel, Function<String, String> typeLabel) {
        List<Column> columns = columns(scenarioLabel, typeLabel);
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "Pflegeregion", "1.0");
            org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Vorausberechnung");
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c).header());
            }
            int r = 1;
            for (Row row : rows(forecasts)) {
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(row);
                    if (value instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
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

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return java.math.BigDecimal.valueOf(d).toPlainString().replace('.', ',');
        }
        return value.toString();
    }

}
