package de.pflegeregion.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a population file of any accepted layout (spec "Population data in"), streaming: only the
 * county's rows are kept, so the all-Germany file never sits in memory. All or nothing: every
 * error is collected with its line and column, and any error rejects the whole file.
 */
public final class PopulationFile {

    static final List<String> TEMPLATE_COLUMNS = List.of("area_key", "area_name", "year", "sex", "age_from", "age_to", "count");
    private static final int MAX_ERRORS = 500;
    private static final Pattern AGE_CLOSED = Pattern.compile("ALT(\\d{3})B(\\d{2,3})");
    private static final Pattern AGE_OPEN = Pattern.compile("ALT(\\d{3})UM");
    private static final Pattern YEAR = Pattern.compile("(?:\\d{2}\\.\\d{2}\\.)?(\\d{4})(?:-\\d{2}-\\d{2})?");
    private static final Pattern VARIANT_CODE = Pattern.compile("BEV-?VARIANTE-?\\d+|BEVPR\\d+|BEV-VAR.*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> UNKNOWN_MARKS = Set.of(".", "x", "X", "/", "...", "…");

    private final String kreisAgs;
    private final String wantedVariant;
    private final List<ImportError> errors = new ArrayList<>();
    private final List<PopulationCell> cells = new ArrayList<>();
    private long skipped;
    private long ignored;

    private PopulationFile(String kreisAgs, String wantedVariant) {
        this.kreisAgs = kreisAgs;
        this.wantedVariant = wantedVariant == null || wantedVariant.isBlank() ? null : wantedVariant.strip();
    }

    /**
     * @param kreisAgs the county: Gemeinde rows of it, its own Kreis row and its Land's row are kept
     * @param variant  the projection variant to keep, or null (required when the file has several)
     */
    public static PopulationContent read(InputStream file, String kreisAgs, String variant) {
        PopulationFile reader = new PopulationFile(kreisAgs, variant);
        try (Reader text = TextDecoding.open(file)) {
            return reader.parse(text);
        } catch (IOException | UncheckedIOException e) {
            throw new RejectedFile(List.of(new ImportError(0, "datei", "Die Datei ist nicht lesbar: "
                    + (e.getCause() instanceof java.nio.charset.CharacterCodingException || e instanceof java.nio.charset.CharacterCodingException
                    ? "die Zeichenkodierung ist weder UTF-8 noch Windows-1252." : e.getMessage()))));
        }
    }

    private PopulationContent parse(Reader text) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(true).get();
        PopulationLayout layout = null;
        try (CSVParser parser = format.parse(text)) {
            Columns columns = null;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (columns == null) {
                    layout = detect(record);
                    columns = layout == null ? null : Columns.of(layout, record, errors);
                    if (columns == null || !errors.isEmpty()) {
                        if (layout == null) {
                            errors.add(new ImportError(line, "kopfzeile", "Unbekanntes Dateiformat. Erkannt werden GENESIS-Flatfiles (ffcsv, altes und neues Layout) und die Vorlage "
                                    + String.join(";", TEMPLATE_COLUMNS) + "."));
                        }
                        throw new RejectedFile(errors);
                    }
                    continue;
                }
                if (layout == PopulationLayout.TEMPLATE) {
                    templateRow(record, line);
                } else {
                    genesisRow(record, line, columns);
                }
                if (errors.size() >= MAX_ERRORS) {
                    errors.add(new ImportError(line, "datei", "Mehr als " + MAX_ERRORS + " Fehler; die Prüfung wurde hier beendet."));
                    throw new RejectedFile(errors);
                }
            }
            if (columns == null) {
                throw new RejectedFile(List.of(new ImportError(1, "datei", "Die Datei ist leer.")));
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            errors.add(new ImportError(0, "datei", "Die Datei ist keine lesbare CSV-Datei: " + e.getMessage()));
        }
        // rows already rejected would leave gaps that are no fault of the file's bands
        List<PopulationCell> kept = errors.isEmpty() ? withoutRepeats(pickVariant()) : List.of();
        if (errors.isEmpty() && kept.isEmpty()) {
            errors.add(new ImportError(1, "datei", skipped > 0
                    ? "Die Datei enthält keine Zeilen des Kreises " + kreisAgs + " (" + skipped + " Zeilen anderer Gebiete übersprungen)."
                    : "Die Datei enthält keine Zahlen nach Geschlecht und Altersgruppe."));
        }
        if (!errors.isEmpty()) {
            throw new RejectedFile(errors);
        }
        return new PopulationContent(layout, kept, skipped, ignored);
    }

    private static PopulationLayout detect(CSVRecord header) {
        List<String> names = new ArrayList<>();
        header.forEach(h -> names.add(h.strip().replace("\uFEFF", "")));
        if (names.equals(TEMPLATE_COLUMNS)) {
            return PopulationLayout.TEMPLATE;
        }
        if (names.contains("Statistik_Code") && names.stream().anyMatch(n -> n.contains("__"))) {
            return PopulationLayout.GENESIS_OLD;
        }
        if (names.contains("statistics_code") && names.contains("value")) {
            return PopulationLayout.GENESIS_NEW;
        }
        return null;
    }

    /** Column positions of a GENESIS header: time, value, unit and the dimension triples (code, attribute code, attribute label). */
    private record Columns(List<String> names, int time, String timeName, int value, String valueName, int unit, List<int[]> dimensions) {

        static Columns of(PopulationLayout layout, CSVRecord header, List<ImportError> errors) {
            if (layout == PopulationLayout.TEMPLATE) {
                return new Columns(List.of(), -1, null, -1, null, -1, List.of());
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i).strip().replace("\uFEFF", ""), i);
            }
            boolean old = layout == PopulationLayout.GENESIS_OLD;
            String timeName = old ? "Zeit" : "time";
            String valueName = old ? index.keySet().stream().filter(n -> n.contains("__")).findFirst().orElseThrow() : "value";
            List<int[]> dimensions = new ArrayList<>();
            for (int d = 1; d <= 20; d++) {
                Integer code = index.get(d + (old ? "_Merkmal_Code" : "_variable_code"));
                Integer attribute = index.get(d + (old ? "_Auspraegung_Code" : "_variable_attribute_code"));
                Integer label = index.get(d + (old ? "_Auspraegung_Label" : "_variable_attribute_label"));
                if (code == null) {
                    break;
                }
                if (attribute == null) {
                    errors.add(new ImportError(1, d + (old ? "_Auspraegung_Code" : "_variable_attribute_code"), "Diese Spalte fehlt."));
                    continue;
                }
                dimensions.add(new int[] {code, attribute, label == null ? attribute : label});
            }
            if (!index.containsKey(timeName)) {
                errors.add(new ImportError(1, timeName, "Die Spalte „" + timeName + "“ mit dem Stichtag fehlt."));
            }
            if (dimensions.isEmpty()) {
                errors.add(new ImportError(1, old ? "1_Merkmal_Code" : "1_variable_code", "Die Merkmalsspalten fehlen."));
            }
            return new Columns(List.copyOf(index.keySet()), index.getOrDefault(timeName, -1), timeName, index.get(valueName), valueName,
                    index.getOrDefault("value_unit", -1), dimensions);
        }
    }

    private void genesisRow(CSVRecord r, long line, Columns c) {
        String regionCode = null;
        String region = null;
        String regionName = null;
        String sexCode = null;
        String ageCode = null;
        String variant = "";
        String ageField = null;
        String sexField = null;
        for (int[] d : c.dimensions()) {
            String code = get(r, d[0]);
            String attribute = get(r, d[1]);
            String upper = code.toUpperCase(Locale.ROOT);
            if (upper.startsWith("GEMEIN") || upper.startsWith("GEOGM") || upper.startsWith("KREISE") || upper.startsWith("GEOLK")
                    || upper.equals("DLAND") || upper.startsWith("GEOBL") || upper.equals("DG") || upper.equals("DINSG")) {
                regionCode = upper;
                region = attribute;
                regionName = get(r, d[2]).strip();
            } else if (upper.startsWith("GES")) {
                sexCode = attribute;
                sexField = header(c, d[1]);
            } else if (upper.startsWith("ALT")) {
                ageCode = attribute;
                ageField = header(c, d[1]);
            } else if (VARIANT_CODE.matcher(code).matches() || VARIANT_CODE.matcher(attribute).matches()) {
                variant = attribute;
            } else if (!attribute.isEmpty()) {
                error(line, header(c, d[0]), "Das Merkmal „" + code + "“ wird nicht unterstützt; erwartet werden Gebiet, Geschlecht, Altersgruppe und Variante.");
                return;
            }
        }
        if (regionCode == null) {
            error(line, "1_Merkmal_Code", "Die Zeile nennt kein Gebiet (GEMEIN, KREISE, DLAND oder GEOGM4).");
            return;
        }
        String key = regionCode.startsWith("GEOGM") && region.matches("\\d{12}") ? region.substring(0, 5) + region.substring(9) : region;
        Projection.Level level = level(key);
        if (level == null) {
            if (!regionCode.equals("DG") && !regionCode.equals("DINSG")) {
                error(line, "gebiet", "„" + region + "“ ist kein Gemeinde-, Kreis- oder Landesschlüssel.");
            } else {
                skipped++;
            }
            return;
        }
        if (!inCounty(key, level)) {
            skipped++;
            return;
        }
        if (c.unit() >= 0 && !get(r, c.unit()).isEmpty() && !get(r, c.unit()).equalsIgnoreCase("Anzahl")) {
            ignored++;
            return;
        }
        if (sexCode == null || ageCode == null || sexCode.isEmpty() || ageCode.isEmpty()) {
            ignored++;
            return;
        }
        Sex sex = switch (sexCode) {
            case "GESM" -> Sex.MALE;
            case "GESW" -> Sex.FEMALE;
            default -> null;
        };
        if (sex == null) {
            error(line, sexField, "Unbekanntes Geschlecht „" + sexCode + "“; erwartet GESM oder GESW.");
            return;
        }
        AgeBand band = ageBand(ageCode);
        if (band == null) {
            error(line, ageField, "Unbekannte Altersgruppe „" + ageCode + "“; erwartet ALTxxxByy oder ALTxxxUM.");
            return;
        }
        Integer year = year(get(r, c.time()));
        if (year == null) {
            error(line, c.timeName(), "„" + get(r, c.time()) + "“ ist kein Stichtag (z. B. 31.12.2023 oder 2023-12-31).");
            return;
        }
        cell(level, key, regionName, year, sex, band, get(r, c.value()), variant, line, c.valueName());
    }

    private void templateRow(CSVRecord r, long line) {
        int before = errors.size();
        String key = get(r, 0).strip();
        Projection.Level level = level(key);
        if (level == null) {
            error(line, "area_key", "„" + key + "“ ist kein Gebietsschlüssel (8-stelliger AGS, AGS mit Stadtteil wie 01002000-01, 5-stelliger Kreis- oder 2-stelliger Landesschlüssel).");
            return;
        }
        if (!inCounty(key, level)) {
            skipped++;
            return;
        }
        Integer year = get(r, 2).strip().matches("\\d{4}") ? Integer.valueOf(get(r, 2).strip()) : null;
        if (year == null) {
            error(line, "year", "„" + get(r, 2) + "“ ist kein Jahr.");
        }
        Sex sex = Sex.ofCode(get(r, 3).strip());
        if (sex == null) {
            error(line, "sex", "Geschlecht muss m oder w sein, gefunden: „" + get(r, 3) + "“.");
        }
        Integer from = Numbers.wholeYears(get(r, 4).strip(), true, line, "age_from", errors);
        Integer to = Numbers.wholeYears(get(r, 5).strip(), false, line, "age_to", errors);
        if (from != null && (to != null && to <= from || to == null && from >= AgeBand.OPEN_END)) {
            error(line, "age_to", "age_to muss größer als age_from sein (leer für die offene oberste Altersgruppe unter " + AgeBand.OPEN_END + ").");
        }
        if (errors.size() > before) {
            return;
        }
        // a typed-in projection has no variant column: the planner names it with the parameter
        cell(level, key, get(r, 1).strip(), year, sex, new AgeBand(from, to), get(r, 6), wantedVariant == null ? "" : wantedVariant, line, "count");
    }

    private void cell(Projection.Level level, String key, String name, int year, Sex sex, AgeBand band, String value,
                      String variant, long line, String valueField) {
        String v = value.strip();
        boolean unknown = UNKNOWN_MARKS.contains(v);
        double count = 0;
        if (!unknown && !v.equals("-")) {
            Double parsed = Numbers.parse(v);
            if (parsed == null) {
                error(line, valueField, "„" + value + "“ ist keine Zahl.");
                return;
            }
            if (parsed < 0) {
                error(line, valueField, "Eine Anzahl kann nicht negativ sein: " + value + ".");
                return;
            }
            count = parsed;
        }
        cells.add(new PopulationCell(level, key, name, year, sex, band, count, unknown, variant, line));
    }

    private List<PopulationCell> pickVariant() {
        Set<String> variants = new TreeSet<>();
        cells.forEach(c -> variants.add(c.variant()));
        if (wantedVariant != null) {
            if (!variants.contains(wantedVariant)) {
                errors.add(new ImportError(1, "variant", "Die Variante „" + wantedVariant + "“ steht nicht in der Datei; vorhanden: "
                        + (variants.isEmpty() ? "keine" : String.join(", ", variants)) + "."));
                return List.of();
            }
            return cells.stream().filter(c -> c.variant().equals(wantedVariant)).toList();
        }
        if (variants.size() > 1) {
            errors.add(new ImportError(1, "variant", "Die Datei enthält mehrere Varianten (" + String.join(", ", variants)
                    + "). Bitte wählen Sie mit dem Parameter variant eine aus."));
            return List.of();
        }
        return cells;
    }

    /** No two values for one cell; bands of each (area, year, sex) from 0 to the open top band; both sexes. Repeated equal rows count once. */
    private List<PopulationCell> withoutRepeats(List<PopulationCell> kept) {
        Map<String, PopulationCell> seen = new HashMap<>();
        Map<String, List<PopulationCell>> groups = new LinkedHashMap<>();
        Map<String, Set<Sex>> sexes = new LinkedHashMap<>();
        List<PopulationCell> unique = new ArrayList<>();
        for (PopulationCell c : kept) {
            String group = c.level() + "|" + c.areaKey() + "|" + c.year() + "|" + c.sex();
            PopulationCell earlier = seen.putIfAbsent(group + "|" + c.band(), c);
            if (earlier != null) {
                if (earlier.count() != c.count() || earlier.unknown() != c.unknown()) {
                    errors.add(new ImportError(c.row(), "wert", "Für " + c.areaKey() + ", " + c.year() + ", " + c.sex().label() + ", "
                            + c.band().label() + " steht in Zeile " + earlier.row() + " ein anderer Wert."));
                }
                continue;
            }
            unique.add(c);
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(c);
            sexes.computeIfAbsent(c.areaKey() + " " + c.year(), g -> java.util.EnumSet.noneOf(Sex.class)).add(c.sex());
        }
        int before = errors.size();
        groups.forEach((group, list) -> Bands.check(list.stream().map(PopulationCell::band).toList()).ifPresent(problem -> {
            PopulationCell at = list.stream().filter(c -> c.band().equals(problem.at())).reduce((a, b) -> b).orElse(list.getFirst());
            errors.add(new ImportError(at.row(), "altersgruppe", "Altersgruppen für " + at.areaKey() + ", " + at.year()
                    + ", " + at.sex().label() + ": " + problem.message()));
        }));
        if (errors.size() > before) {
            return unique;
        }
        Map<String, List<AgeBand>> bandsBySex = new HashMap<>();
        groups.forEach((group, list) -> bandsBySex.put(group, list.stream().map(PopulationCell::band).sorted().toList()));
        groups.forEach((group, list) -> {
            if (list.getFirst().sex() == Sex.MALE) {
                List<AgeBand> female = bandsBySex.get(group.substring(0, group.length() - Sex.MALE.name().length()) + Sex.FEMALE.name());
                if (female != null && !female.equals(bandsBySex.get(group))) {
                    errors.add(new ImportError(list.getFirst().row(), "altersgruppe", "Für " + list.getFirst().areaKey() + ", "
                            + list.getFirst().year() + " haben männlich und weiblich verschiedene Altersgruppen."));
                }
            }
        });
        sexes.forEach((areaYear, found) -> {
            if (found.size() < 2) {
                errors.add(new ImportError(1, "geschlecht", "Für " + areaYear + " fehlen die Zahlen für "
                        + (found.contains(Sex.MALE) ? "weiblich" : "männlich") + "."));
            }
        });
        return unique;
    }

    private boolean inCounty(String key, Projection.Level level) {
        return switch (level) {
            case GEMEINDE -> key.startsWith(kreisAgs);
            case KREIS -> key.equals(kreisAgs);
            case LAND -> key.equals(kreisAgs.substring(0, 2));
        };
    }

    /** 8 digits (optionally with a Stadtteil suffix) = Gemeinde, 5 = Kreis, 2 = Land. */
    static Projection.Level level(String key) {
        if (key.matches("\\d{8}(-[0-9A-Za-z]{1,8})?")) {
            return Projection.Level.GEMEINDE;
        }
        if (key.matches("\\d{5}")) {
            return Projection.Level.KREIS;
        }
        return key.matches("\\d{2}") ? Projection.Level.LAND : null;
    }

    static AgeBand ageBand(String code) {
        Matcher closed = AGE_CLOSED.matcher(code);
        if (closed.matches()) {
            int from = Integer.parseInt(closed.group(1));
            int to = Integer.parseInt(closed.group(2));
            return to > from ? new AgeBand(from, to) : null;
        }
        Matcher open = AGE_OPEN.matcher(code);
        if (open.matches() && Integer.parseInt(open.group(1)) < AgeBand.OPEN_END) {
            return new AgeBand(Integer.parseInt(open.group(1)), null);
        }
        return null;
    }

    static Integer year(String time) {
        Matcher m = YEAR.matcher(time.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private void error(long line, String field, String message) {
        errors.add(new ImportError(line, field, message));
    }

    private static String get(CSVRecord r, int i) {
        return i >= 0 && i < r.size() ? r.get(i) : "";
    }

    private static String header(Columns c, int index) {
        return index < c.names().size() ? c.names().get(index) : "spalte " + (index + 1);
    }
}
