package de.pflegeregion.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

import de.pflegeregion.directory.internal.Csv;
import tools.jackson.databind.ObjectMapper;

/**
 * A county's register for download: CSV in the import format (so an export can be edited and
 * imported elsewhere) and GeoJSON (RFC 7946). Retired offers are left out.
 */
@Service
public class OfferExport {

    private final OfferRegistry registry;
    private final ObjectMapper json;

    OfferExport(OfferRegistry registry, ObjectMapper json) {
        this.registry = registry;
        this.json = json;
    }

    /**
     * Semicolon-separated UTF-8 with the columns of {@link OfferImport#COLUMNS}; cells that a spreadsheet
     * would run as a formula get a leading apostrophe, which the import takes off again.
     */
    public String csv(long tenantId) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, Csv.SEMICOLON)) {
            printer.printRecord(OfferImport.COLUMNS);
            for (Offer o : registry.ofTenant(tenantId, false)) {
                String places = o.capacity().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("|"));
                String source = o.sourcePage() == null ? o.source() : (o.source() == null ? "" : o.source() + " ") + o.sourcePage();
                printer.printRecord(Stream.of(o.name(), String.join("|", o.types()), o.address().street(), o.address().postalCode(),
                        o.address().city(), o.phone(), o.email(), o.website(), places, o.notes(), source).map(Csv::neutralised));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** FeatureCollection of the offers with coordinates. */
    public String geoJson(long tenantId) {
        return json.writeValueAsString(GeoJson.of(registry.ofTenant(tenantId, false), o -> o, OfferExport::properties));
    }

    private static Map<String, Object> properties(Offer o) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", o.name());
        properties.put("types", o.types());
        properties.put("street", o.address().street());
        properties.put("postalCode", o.address().postalCode());
        properties.put("city", o.address().city());
        properties.put("ags", o.address().gemeindeAgs());
        properties.put("locationPrecision", o.locationSource().name());
        properties.put("phone", o.phone());
        properties.put("email", o.email());
        properties.put("website", o.website());
        properties.put("capacity", o.capacity());
        properties.put("source", o.source());
        properties.put("sourcePage", o.sourcePage());
        return properties;
    }
}
