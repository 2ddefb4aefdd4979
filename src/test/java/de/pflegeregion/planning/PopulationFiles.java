package de.pflegeregion.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Population files generated for tests in the layouts of genesis_ffcsv_examples.txt: the old
 * Regionalstatistik flat file (12411-02-03-5), the new GENESIS-Online flat file and the plain template.
 */
public final class PopulationFiles {

    /** The 17 bands of table 12411-02-03-5 ("unter 3 Jahre" … "75 Jahre und mehr"). */
    public static final List<AgeBand> GENESIS_BANDS = List.of(AgeBand.of(0, 3), AgeBand.of(3, 6), AgeBand.of(6, 10), AgeBand.of(10, 15),
            AgeBand.of(15, 18), AgeBand.of(18, 20), AgeBand.of(20, 25), AgeBand.of(25, 30), AgeBand.of(30, 35), AgeBand.of(35, 40),
            AgeBand.of(40, 45), AgeBand.of(45, 50), AgeBand.of(50, 55), AgeBand.of(55, 60), AgeBand.of(60, 65), AgeBand.of(65, 75),
            AgeBand.of(75, null));

    public static final String OLD_HEADER = "Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;"
            + "1_Auspraegung_Code;1_Auspraegung_Label;2_Merkmal_Code;2_Merkmal_Label;2_Auspraegung_Code;2_Auspraegung_Label;"
            + "3_Merkmal_Code;3_Merkmal_Label;3_Auspraegung_Code;3_Auspraegung_Label;BEVSTD__Bevoelkerungsstand__Anzahl";
    public static final String NEW_HEADER = "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
            + "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;"
            + "2_variable_attribute_label;3_variable_code;3_variable_label;3_variable_attribute_code;3_variable_attribute_label;"
            + "value;value_unit;value_variable_code;value_variable_label;value_q";
    public static final String TEMPLATE_HEADER = "area_key;area_name;year;sex;age_from;age_to;count";

    private PopulationFiles() {
    }

    /** A count that differs by area, band and sex, so mix-ups show. */
    public static int count(String key, int band, Sex sex) {
        return 100 + Integer.parseInt(key.substring(key.length() - 3)) % 50 + band * 10 + (sex == Sex.MALE ? 0 : 7);
    }

    public static String ageCode(AgeBand band) {
        return band.open() ? "ALT%03dUM".formatted(band.from()) : "ALT%03dB%02d".formatted(band.from(), band.to());
    }

    /** Old-layout rows of one area: by sex and band, plus the totals GENESIS adds (which the import ignores). */
    public static List<String> oldLayoutArea(String regionCode, String key, String name, String stichtag) {
        List<String> lines = new ArrayList<>();
        for (int b = 0; b < GENESIS_BANDS.size(); b++) {
            AgeBand band = GENESIS_BANDS.get(b);
            for (Sex sex : Sex.values()) {
                lines.add(oldLine(regionCode, key, name, stichtag, sex == Sex.MALE ? "GESM" : "GESW", sex.label(), ageCode(band), band.label(),
                        String.valueOf(count(key, b, sex))));
            }
            lines.add(oldLine(regionCode, key, name, stichtag, "", "Insgesamt", ageCode(band), band.label(),
                    String.valueOf(count(key, b, Sex.MALE) + count(key, b, Sex.FEMALE))));
        }
        lines.add(oldLine(regionCode, key, name, stichtag, "", "Insgesamt", "", "Insgesamt", "99999"));
        return lines;
    }

    public static String oldLine(String regionCode, String key, String name, String stichtag, String sexCode, String sexLabel,
                                 String ageCode, String ageLabel, String value) {
        String regionLabel = switch (regionCode) {
            case "KREISE" -> "Kreise und kreisfreie Städte";
            case "DLAND" -> "Bundesländer";
            default -> "Gemeinden";
        };
        return String.join(";", "12411", "Fortschreibung des Bevölkerungsstandes", "STAG", "Stichtag", stichtag, regionCode, regionLabel,
                key, "        " + name, "GES", "Geschlecht", sexCode, sexLabel, "ALTX20", "Altersgruppen (unter 3 bis 75 u.m.)",
                ageCode, ageLabel, value);
    }

    /** New-layout rows of one Gemeinde (12-digit ARS) by sex and band, with an area row in qkm that is not a count. */
    public static List<String> newLayoutArea(String ars, String name, String time) {
        List<String> lines = new ArrayList<>();
        String ags = ars.substring(0, 5) + ars.substring(9);
        lines.add(String.join(";", "12411", "Bevölkerung", "STAG", "Stichtag", time, "GEOGM4", "Gemeinden", ars, name, "GES", "Geschlecht",
                "", "Insgesamt", "ALTX20", "Altersgruppen", "", "Insgesamt", "108,84", "qkm", "FLC001", "Fläche", "e"));
        for (int b = 0; b < GENESIS_BANDS.size(); b++) {
            AgeBand band = GENESIS_BANDS.get(b);
            for (Sex sex : Sex.values()) {
                lines.add(String.join(";", "12411", "Bevölkerung", "STAG", "Stichtag", time, "GEOGM4", "Gemeinden", ars, name, "GES",
                        "Geschlecht", sex == Sex.MALE ? "GESM" : "GESW", sex.label(), "ALTX20", "Altersgruppen", ageCode(band), band.label(),
                        String.valueOf(count(ags, b, sex)), "Anzahl", "BEVSTD", "Bevölkerungsstand", "e"));
            }
        }
        return lines;
    }

    /** Template rows of one area with the GENESIS bands. */
    public static List<String> templateArea(String key, String name, int year) {
        List<String> lines = new ArrayList<>();
        for (int b = 0; b < GENESIS_BANDS.size(); b++) {
            AgeBand band = GENESIS_BANDS.get(b);
            for (Sex sex : Sex.values()) {
                lines.add(String.join(";", key, name, String.valueOf(year), sex.code(), String.valueOf(band.from()),
                        band.open() ? "" : String.valueOf(band.to()), String.valueOf(count(key, b, sex))));
            }
        }
        return lines;
    }

    public static byte[] file(String header, List<String> lines, Charset charset) {
        return (header + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    public static byte[] utf8(String header, List<String> lines) {
        return file(header, lines, StandardCharsets.UTF_8);
    }

    public static byte[] withBom(byte[] utf8) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] out = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(utf8, 0, out, bom.length, utf8.length);
        return out;
    }

    public static byte[] zipped(String name, byte[] content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
