package de.pflegeregion.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import de.pflegeregion.directory.internal.SemicolonCsv;
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

    /** Semicolon-separated UTF-8 with the columns of {@link OfferImport#COLUMNS}. */
    public String csv(long tenantId) {
        StringBuilder out = new StringBuilder(String.join(";", OfferImport.COLUMNS)).append('\n');
        for (Offer o : registry.ofTenant(tenantId, false)) {
            String places = o.capacity().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("|"));
            String source = o.sourcePage() == null ? o.source() : (o.source() == null ? "" : o.source() + " ") + o.sourcePage();
            List<String> fields = List.of(o.name(), String.join("|", o.types()), nz(o.address().street()), nz(o.address().postalCode()),
                    nz(o.address().city()), nz(o.phone()), nz(o.email()), nz(o.website()), places, nz(o.notes()), nz(source));
            out.append(fields.stream().map(SemicolonCsv::quote).collect(Collectors.joining(";"))).append('\n');
        }
        return out.toString();
    }

    /** FeatureCollection of the offers with coordinates; positions are [longitude, latitude]. */
    public String geoJson(long tenantId) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (Offer o : registry.ofTenant(tenantId, false)) {
            if (!o.hasLocation()) {
                continue;
            }
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
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", o.id());
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(o.lon(), o.lat())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return json.writeValueAsString(collection);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
