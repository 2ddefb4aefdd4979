package de.pflegeregion.planning.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.pflegeregion.directory.Place;
import de.pflegeregion.directory.Places;
import de.pflegeregion.planning.Area;
import de.pflegeregion.planning.GeoPoint;

/**
 * The areas of a county with their reference point: the gazetteer's main place of a Gemeinde; for a
 * Stadtteil the gazetteer's place of that name inside the city, else the city centre (coarse, and marked).
 */
@Repository
public class AreaStore {

    private final JdbcClient jdbc;
    private final Places places;

    AreaStore(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    public List<Area> areas(long tenantId) {
        return jdbc.sql("SELECT area_key, name, lat, lon, point_source FROM planning_area WHERE tenant_id = ? ORDER BY area_key")
                .param(tenantId)
                .query((rs, n) -> {
                    Double lat = rs.getObject(3, Double.class);
                    Double lon = rs.getObject(4, Double.class);
                    return new Area(rs.getString(1), rs.getString(2), lat == null || lon == null ? null : new GeoPoint(lat, lon),
                            Area.PointSource.valueOf(rs.getString(5)));
                }).list();
    }

    /** Adds areas not known yet and renames known ones; a point once set stays. */
    void upsert(long tenantId, String kreisAgs, Map<String, String> namesByKey) {
        namesByKey.forEach((key, name) -> {
            int renamed = jdbc.sql("UPDATE planning_area SET name = ? WHERE tenant_id = ? AND area_key = ?")
                    .params(name.isBlank() ? key : name, tenantId, key).update();
            if (renamed == 0) {
                Area area = locate(key, name.isBlank() ? key : name, kreisAgs);
                jdbc.sql("INSERT INTO planning_area (tenant_id, area_key, name, lat, lon, point_source) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(tenantId, key, area.name(), area.point() == null ? null : area.point().lat(),
                                area.point() == null ? null : area.point().lon(), area.pointSource().name())
                        .update();
            }
        });
    }

    private Area locate(String key, String name, String kreisAgs) {
        Area probe = new Area(key, name, null, Area.PointSource.NONE);
        String gemeinde = probe.gemeindeAgs();
        if (!key.equals(gemeinde)) {
            Optional<Place> named = places.byName(name, kreisAgs).filter(p -> p.ags().equals(gemeinde));
            if (named.isPresent()) {
                return new Area(key, name, point(named.get()), Area.PointSource.GAZETTEER);
            }
            return places.byAgs(gemeinde).map(p -> new Area(key, name, point(p), Area.PointSource.CITY_CENTRE)).orElse(probe);
        }
        return places.byAgs(key).or(() -> places.byName(name, kreisAgs).filter(p -> p.ags().equals(key)))
                .map(p -> new Area(key, name, point(p), Area.PointSource.GAZETTEER)).orElse(probe);
    }

    private static GeoPoint point(Place p) {
        return new GeoPoint(p.lat(), p.lon());
    }
}
