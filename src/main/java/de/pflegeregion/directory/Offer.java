package de.pflegeregion.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One entry of the register as stored. {@code lat}/{@code lon} are null only when nothing could be placed.
 *
 * @param version     increases with every change; a change based on an older version is rejected
 * @param capacity    places per offer type, e.g. tagespflege → 10
 * @param freePlaces  latest report per offer type
 * @param source      where the entry comes from (brochure, import, provider)
 * @param sourcePage  page or chapter within the source
 */
public record Offer(long id, long tenantId, String name, List<String> types, Address address,
                    Double lat, Double lon, LocationSource locationSource,
                    String phone, String email, String website, String openingHours,
                    List<String> languages, List<String> specialisations, String notes,
                    String source, String sourcePage, LocalDate lastVerified, boolean retired, long version,
                    Instant updatedAt, Map<String, Integer> capacity, Map<String, FreePlaces> freePlaces,
                    List<Availability> availability) {

    public boolean hasLocation() {
        return lat != null && lon != null;
    }
}
