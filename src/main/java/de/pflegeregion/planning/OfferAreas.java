package de.pflegeregion.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which area an offer of the register belongs to: the area of its Gemeinde; in a city of
 * Stadtteile (or without a Gemeinde) the area nearest to the offer; none without Gemeinde and location.
 */
final class OfferAreas {

    private OfferAreas() {
    }

    /** offer id → area key; offers that belong nowhere are missing. */
    static Map<Long, String> assign(List<Area> areas, List<RegisterOffer> offers) {
        Map<String, Area> byKey = new HashMap<>();
        Map<String, List<Area>> byGemeinde = new HashMap<>();
        for (Area area : areas) {
            byKey.put(area.key(), area);
            byGemeinde.computeIfAbsent(area.gemeindeAgs(), g -> new ArrayList<>()).add(area);
        }
        Map<Long, String> assigned = new HashMap<>();
        for (RegisterOffer offer : offers) {
            Area area = offer.gemeindeAgs() == null ? null : byKey.get(offer.gemeindeAgs());
            if (area == null && offer.point() != null) {
                List<Area> candidates = offer.gemeindeAgs() == null ? areas : byGemeinde.getOrDefault(offer.gemeindeAgs(), areas);
                area = nearest(candidates, offer.point());
            }
            if (area != null) {
                assigned.put(offer.id(), area.key());
            }
        }
        return assigned;
    }

    private static Area nearest(List<Area> candidates, GeoPoint point) {
        Area best = null;
        double bestKm = Double.MAX_VALUE;
        for (Area a : candidates) {
            if (a.point() != null && a.point().kmTo(point) < bestKm) {
                bestKm = a.point().kmTo(point);
                best = a;
            }
        }
        return best;
    }
}
