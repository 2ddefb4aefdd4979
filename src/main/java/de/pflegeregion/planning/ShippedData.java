package de.pflegeregion.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The dated, sourced data Pflegeregion ships for planning (copied from the project's planning data
 * with their {@code #} source lines): quota sets of Bayern and Schleswig-Holstein 2023, the § 113c
 * SGB XI staff ratios and the default Pflegegrad shares.
 */
public final class ShippedData {

    private static final String DIR = "/de/pflegeregion/planning/";

    /** A shipped quota set: the Land it belongs to (2-digit AGS), file and the source line shown on pages. */
    public record ShippedQuotaSet(String land, String name, String file, String source, LocalDate referenceDate) {
    }

    public static final List<ShippedQuotaSet> QUOTA_SETS = List.of(
            new ShippedQuotaSet("09", "Bayern 2023", "pflegequoten_bayern_2023.csv",
                    "Destatis GENESIS-Online 22421-0010 und 12411-0013 (Datenlizenz Deutschland – Namensnennung 2.0), Pflegestatistik 15.12.2023, Quoten abgeleitet in fidelmaxaieie-gif/reformradar-seiten",
                    LocalDate.of(2023, 12, 31)),
            new ShippedQuotaSet("01", "Schleswig-Holstein 2023", "pflegequoten_schleswig-holstein_2023.csv",
                    "Destatis GENESIS-Online 22421-0010 und 12411-0013 (Datenlizenz Deutschland – Namensnennung 2.0), Pflegestatistik 15.12.2023, Quoten abgeleitet in fidelmaxaieie-gif/reformradar-seiten",
                    LocalDate.of(2023, 12, 31)));

    private static final Map<String, QuotaSet> PARSED_QUOTAS = new java.util.concurrent.ConcurrentHashMap<>();

    public static final String STAFF_RATIOS_SOURCE = "§ 113c Abs. 1 SGB XI (gesetze-im-internet.de), in Kraft seit 1.7.2023";

    private ShippedData() {
    }

    /** A number Pflegeregion ships, with its reference date, source and limits, as the Datenquellen page lists it. */
    public record Source(String what, String referenceDate, String source, String limits) {
    }

    /** Every shipped number's source: quotas, the Land projection, § 113c, Pflegegrad shares and the literature benchmarks. */
    public static List<Source> sources() {
        List<Source> sources = new java.util.ArrayList<>();
        for (ShippedQuotaSet set : QUOTA_SETS) {
            sources.add(new Source("Pflegequoten " + set.name(), set.referenceDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                    set.source(), "Landesdurchschnitt, kein Kreiswert; Pflegegrad 1 ohne Einrichtungsleistungen fehlt (zählt 0)"));
        }
        sources.add(new Source("Bevölkerungsvorausberechnung Bayern und Schleswig-Holstein, Variante 2 (" + PROJECTION_VARIANT + ")",
                "Basis 31.12.2021; Jahre 2025, 2030, 2035, 2040",
                "Destatis, 15. koordinierte Bevölkerungsvorausberechnung, Tabelle 12421-0004 (Datenlizenz Deutschland – Namensnennung 2.0), "
                        + "übertragen aus fidelmaxaieie-gif/reformradar-seiten",
                "Landesebene; Zensus-2011-Basis, auf 100 gerundet; Zwischenjahre linear interpoliert"));
        sources.add(new Source("Personalanhaltswerte vollstationär", "in Kraft seit 01.07.2023", STAFF_RATIOS_SOURCE,
                "nur vollstationär; die einzige gesetzliche Größe unter den Richtwerten"));
        PflegegradDefaults grades = pflegegradShares();
        grades.sources().forEach((setting, source) -> sources.add(new Source("Anteile der Pflegegrade, " + setting.label(),
                "siehe Quelle", source, "ältere oder andere Landesdaten; in den Einstellungen änderbar")));
        for (CSVRecord r : records("planning_benchmarks.csv")) {
            String value = r.get("value").isEmpty() ? "nicht gefunden" : r.get("value") + " " + r.get("unit");
            sources.add(new Source("Richtwert aus der Literatur: " + r.get("indicator").replace("_", " ") + " = " + value, r.get("reference_date"),
                    r.get("source"), r.get("region") + "; keine Norm, nur zur Auswahl in den Einstellungen"));
        }
        return sources;
    }

    /** The shipped quota set of the county's Land, if Pflegeregion ships one. */
    public static Optional<ShippedQuotaSet> quotaSetFor(String kreisAgs) {
        return QUOTA_SETS.stream().filter(s -> kreisAgs.startsWith(s.land())).findFirst();
    }

    /** The shipped file's quota set, parsed once: the files do not change while the application runs, and a forecast request needs it. */
    public static QuotaSet quotas(ShippedQuotaSet set) {
        return PARSED_QUOTAS.computeIfAbsent(set.file(), file -> parse(set));
    }

    private static QuotaSet parse(ShippedQuotaSet set) {
        try (Reader in = resource(set.file())) {
            return QuotaFile.read(in, set.name(), set.source(), set.referenceDate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StaffRatios staffRatios() {
        try (Reader in = resource("sgb11_113c_personalanhaltswerte.csv")) {
            return StaffRatios.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Default Pflegegrad shares per setting, each setting with the source of its shares. */
    public record PflegegradDefaults(Map<Setting, Map<Integer, Double>> shares, Map<Setting, String> sources) {
    }

    public static PflegegradDefaults pflegegradShares() {
        Map<Setting, Map<Integer, Double>> shares = new EnumMap<>(Setting.class);
        Map<Setting, String> sources = new EnumMap<>(Setting.class);
        for (CSVRecord r : records("pflegegrad_shares.csv")) {
            Setting setting = Setting.ofCode(r.get("setting"));
            shares.computeIfAbsent(setting, s -> new TreeMap<>()).put(Integer.valueOf(r.get("pflegegrad")), Double.valueOf(r.get("share")));
            sources.put(setting, r.get("source"));
        }
        return new PflegegradDefaults(shares, sources);
    }

    /** Lands whose projection Pflegeregion ships (Destatis 15th coordinated projection, variant 2). */
    public static final Map<String, String> PROJECTION_LANDS = Map.of("09", "Bayern", "01", "Schleswig-Holstein");
    public static final String PROJECTION_FILE = "bevoelkerungsvorausberechnung_v2_bayern_sh_2025_2040.csv";
    public static final String PROJECTION_VARIANT = "BEV-VARIANTE-02";

    /**
     * The shipped Land projection of the county's Land rewritten in the plain template
     * ({@code area_key;area_name;year;sex;age_from;age_to;count}), so it goes through the same import.
     */
    public static Optional<String> landProjectionAsTemplate(String kreisAgs) {
        String land = kreisAgs.substring(0, 2);
        String name = PROJECTION_LANDS.get(land);
        if (name == null) {
            return Optional.empty();
        }
        StringBuilder csv = new StringBuilder(String.join(";", PopulationFile.TEMPLATE_COLUMNS)).append('\n');
        for (CSVRecord r : records(PROJECTION_FILE)) {
            if (!r.get("land").equals(name)) {
                continue;
            }
            String sex = r.get("sex").equals("male") ? "m" : "w";
            for (String column : r.getParser().getHeaderNames()) {
                java.util.regex.Matcher band = java.util.regex.Pattern.compile("age_(\\d+)(?:-(\\d+)|\\+)").matcher(column);
                if (band.matches()) {
                    // the file's bands are inclusive (0-4); the template's upper bound is exclusive
                    String to = band.group(2) == null ? "" : String.valueOf(Integer.parseInt(band.group(2)) + 1);
                    csv.append(land).append(';').append(name).append(';').append(r.get("year")).append(';').append(sex).append(';')
                            .append(band.group(1)).append(';').append(to).append(';').append(r.get(column)).append('\n');
                }
            }
        }
        return Optional.of(csv.toString());
    }

    /** Rows of a shipped CSV file with header (semicolon, {@code #} comments). */
    public static List<CSVRecord> records(String file) {
        try (Reader in = resource(file)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream stream(String file) {
        InputStream in = ShippedData.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("shipped planning data missing: " + file);
        }
        return in;
    }

    private static Reader resource(String file) {
        return new InputStreamReader(stream(file), StandardCharsets.UTF_8);
    }
}
