package de.pflegeregion.planning;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * § 113c Abs. 1 SGB XI Personalanhaltswerte: full-time equivalents per resident of a vollstationäre
 * Pflegeeinrichtung by Pflegegrad and qualification level.
 */
public record StaffRatios(Map<Integer, Level> byPflegegrad) {

    /** FTE per resident at the three qualification levels of § 113c (1) Nr. 1–3. */
    public record Level(double hilfskraft, double assistenz, double fachkraft) {
    }

    public StaffRatios {
        byPflegegrad = Map.copyOf(byPflegegrad);
    }

    /** Reads {@code pflegegrad;hilfskraft;assistenz;fachkraft} with {@code #} comment lines. */
    public static StaffRatios read(Reader csv) {
        Map<Integer, Level> levels = new TreeMap<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#')
                    .setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
                levels.put(Integer.valueOf(r.get("pflegegrad")), new Level(Double.parseDouble(r.get("hilfskraft")),
                        Double.parseDouble(r.get("assistenz")), Double.parseDouble(r.get("fachkraft"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StaffRatios(levels);
    }
}
