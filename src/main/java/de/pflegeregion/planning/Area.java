package de.pflegeregion.planning;

/**
 * A Gemeinde (8-digit AGS) or a Stadtteil with a county-defined key (e.g. {@code 01002000-01}).
 *
 * @param point       the reference point for distances, or null if none is known
 * @param pointSource where the point comes from; a city centre makes accessibility coarse
 */
public record Area(String key, String name, GeoPoint point, PointSource pointSource) {

    public enum PointSource {
        /** the gazetteer's main place of the Gemeinde or the Stadtteil */
        GAZETTEER,
        /** entered or imported by the county */
        IMPORTED,
        /** the gazetteer knows no place for the Stadtteil: the city centre stands in */
        CITY_CENTRE,
        NONE
    }

    /** The Gemeinde an area belongs to: the key itself, or the AGS before a Stadtteil suffix. */
    public String gemeindeAgs() {
        int dash = key.indexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }
}
