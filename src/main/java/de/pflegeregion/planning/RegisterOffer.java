package de.pflegeregion.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An active offer of the county's live register, as planning sees it.
 *
 * @param gemeindeAgs eight-digit AGS of its Gemeinde, or null
 * @param point       null if the register could not place it
 * @param capacity    places per type; a type of the offer missing here has unknown capacity
 * @param freePlaces  the latest reported free places per type
 * @param dataDate    when its data was last verified or changed
 */
public record RegisterOffer(long id, String name, List<String> types, String gemeindeAgs, GeoPoint point,
                            Map<String, Integer> capacity, Map<String, Integer> freePlaces, LocalDate dataDate) {

    public RegisterOffer {
        types = List.copyOf(types);
        capacity = Map.copyOf(capacity);
        freePlaces = Map.copyOf(freePlaces);
    }
}
