package de.pflegeregion.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the county GIS's car minutes {@code area_key;offer_id;minutes} (spec: Accessibility), which
 * replace the estimate from the distance. UTF-8 or Windows-1252, decimal comma or point, {@code #}
 * comments. All or nothing: every unknown area or offer, unreadable or negative minute and repeated pair is listed.
 */
public final class TravelTimeFile {

    static final List<String> COLUMNS = List.of("area_key", "offer_id", "minutes");

    /** Car minutes from an area's reference point to an offer. */
    public record TravelTime(String areaKey, long offerId, double minutes) {
    }

    private TravelTimeFile() {
    }

    public static List<TravelTime> read(InputStream file, Set<String> areaKeys, Set<Long> offerIds) {
        List<ImportError> errors = new ArrayList<>();
        List<TravelTime> times = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (Reader text = TextDecoding.open(file); CSVParser parser = CsvColumns.FORMAT.parse(text)) {
            boolean header = true;
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    CsvColumns.checkHeader(r, line, COLUMNS, false, errors);
                    if (!errors.isEmpty()) {
                        throw new RejectedFile(errors);
                    }
                    continue;
                }
                TravelTime time = row(r, line, areaKeys, offerIds, errors);
                if (time != null) {
                    Long earlier = seen.putIfAbsent(time.areaKey() + "|" + time.offerId(), line);
                    if (earlier != null) {
                        errors.add(new ImportError(line, "offer_id", "Gebiet und Angebot stehen schon in Zeile " + earlier + "."));
                    } else {
                        times.add(time);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new ImportError(0, "datei", "Die Datei ist keine lesbare CSV-Datei: " + e.getMessage()));
        }
        if (times.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(1, "datei", "Die Datei enthält keine Fahrzeiten."));
        }
        if (!errors.isEmpty()) {
            throw new RejectedFile(errors);
        }
        return times;
    }

    private static TravelTime row(CSVRecord r, long line, Set<String> areaKeys, Set<Long> offerIds, List<ImportError> errors) {
        int before = errors.size();
        String area = CsvColumns.field(r, 0);
        if (!areaKeys.contains(area)) {
            errors.add(new ImportError(line, "area_key", "Das Gebiet „" + area + "“ ist kein geladenes Gebiet des Kreises."));
        }
        Long offer = null;
        try {
            offer = Long.valueOf(CsvColumns.field(r, 1));
            if (!offerIds.contains(offer)) {
                errors.add(new ImportError(line, "offer_id", "Das Angebot " + offer + " ist kein aktives Angebot des Kreises."));
            }
        } catch (NumberFormatException e) {
            errors.add(new ImportError(line, "offer_id", "„" + CsvColumns.field(r, 1) + "“ ist keine Angebotsnummer."));
        }
        Double minutes = Numbers.decimal(CsvColumns.field(r, 2), line, "minutes", errors);
        if (minutes != null && minutes < 0) {
            errors.add(new ImportError(line, "minutes", "Minuten dürfen nicht negativ sein."));
        }
        return errors.size() > before ? null : new TravelTime(area, offer, minutes);
    }
}
