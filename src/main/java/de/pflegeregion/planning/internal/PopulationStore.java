package de.pflegeregion.planning.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import de.pflegeregion.planning.AgeBand;
import de.pflegeregion.planning.PopulationCell;
import de.pflegeregion.planning.PopulationContent;
import de.pflegeregion.planning.Projection;
import de.pflegeregion.planning.Pyramid;
import de.pflegeregion.planning.Sex;

/** The planning_import and planning_population tables: accepted files and their counts per county. */
@Repository
public class PopulationStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PopulationStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** An accepted import as listed on the data status page. */
    public record ImportRecord(long id, String kind, String level, String variant, String layout, String fileName,
                               int rows, int skippedOutsideCounty, int unknownCells, String years, Instant importedAt,
                               String importedBy, long rowsInUse) {
    }

    /** Stores the file's cells, replacing what it supersedes: bestand of the same years, or the projection of its level and variant. */
    long replace(long tenantId, String kind, PopulationContent content, String fileName, String actor, Instant now) {
        String years = content.years().stream().map(String::valueOf).collect(Collectors.joining(","));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO planning_import (tenant_id, kind, area_level, variant, layout, file_name, row_count,
                            skipped_outside_county, unknown_cells, years, imported_at, imported_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, kind, content.level().code(), content.variant(), content.layout().name(), fileName,
                        content.cells().size(), content.skippedOutsideCounty(), content.unknownCells(), years, Timestamp.from(now), actor)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Projection.Level level : content.cells().stream().map(PopulationCell::level).distinct().toList()) {
            if (kind.equals("bestand")) {
                for (int year : content.years()) {
                    jdbc.sql("DELETE FROM planning_population WHERE tenant_id = ? AND kind = 'bestand' AND area_level = ? AND pop_year = ?")
                            .params(tenantId, level.code(), year).update();
                }
            } else {
                jdbc.sql("DELETE FROM planning_population WHERE tenant_id = ? AND kind = 'prognose' AND area_level = ? AND variant = ?")
                        .params(tenantId, level.code(), content.variant()).update();
            }
        }
        batch.batchUpdate("""
                        INSERT INTO planning_population (import_id, tenant_id, kind, area_level, variant, area_key, pop_year, sex,
                            age_from, age_to, person_count, unknown_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                content.cells(), 1000, (ps, c) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, tenantId);
                    ps.setString(3, kind);
                    ps.setString(4, c.level().code());
                    ps.setString(5, c.variant());
                    ps.setString(6, c.areaKey());
                    ps.setInt(7, c.year());
                    ps.setString(8, c.sex().code());
                    ps.setInt(9, c.band().from());
                    ps.setObject(10, c.band().to(), java.sql.Types.INTEGER);
                    ps.setDouble(11, c.count());
                    ps.setBoolean(12, c.unknown());
                });
        return id;
    }

    public List<ImportRecord> imports(long tenantId) {
        return jdbc.sql("""
                        SELECT i.id, i.kind, i.area_level, i.variant, i.layout, i.file_name, i.row_count, i.skipped_outside_county,
                               i.unknown_cells, i.years, i.imported_at, i.imported_by,
                               (SELECT COUNT(*) FROM planning_population p WHERE p.import_id = i.id) AS in_use
                        FROM planning_import i WHERE i.tenant_id = ? ORDER BY i.id DESC""")
                .param(tenantId)
                .query((rs, n) -> new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getString(10), rs.getTimestamp(11).toInstant(),
                        rs.getString(12), rs.getLong(13)))
                .list();
    }

    /** Variants of a projection level still in use, the most recently imported first. */
    public List<String> variants(long tenantId, Projection.Level level) {
        return jdbc.sql("""
                        SELECT p.variant, MAX(p.import_id) AS latest FROM planning_population p
                        WHERE p.tenant_id = ? AND p.kind = 'prognose' AND p.area_level = ?
                        GROUP BY p.variant ORDER BY latest DESC""")
                .params(tenantId, level.code()).query((rs, n) -> rs.getString(1)).list();
    }

    /** area key → year → pyramid, for one kind and level (and variant for projections). */
    public Map<String, Map<Integer, Pyramid>> pyramids(long tenantId, String kind, Projection.Level level, String variant) {
        Map<String, Map<Integer, Map<Sex, TreeMap<AgeBand, Double>>>> cells = new LinkedHashMap<>();
        Map<String, Map<Integer, Boolean>> complete = new HashMap<>();
        String sql = "SELECT area_key, pop_year, sex, age_from, age_to, person_count, unknown_value FROM planning_population "
                + "WHERE tenant_id = ? AND kind = ? AND area_level = ?" + (variant == null ? "" : " AND variant = ?")
                + " ORDER BY area_key, pop_year";
        List<Object> params = new ArrayList<>(List.of(tenantId, kind, level.code()));
        if (variant != null) {
            params.add(variant);
        }
        jdbc.sql(sql).params(params).query(rs -> {
            String area = rs.getString(1);
            int year = rs.getInt(2);
            Integer to = rs.getObject(5, Integer.class);
            cells.computeIfAbsent(area, a -> new TreeMap<>()).computeIfAbsent(year, y -> new java.util.EnumMap<>(Sex.class))
                    .computeIfAbsent(Sex.ofCode(rs.getString(3)), s -> new TreeMap<>()).put(new AgeBand(rs.getInt(4), to), rs.getDouble(6));
            if (rs.getBoolean(7)) {
                complete.computeIfAbsent(area, a -> new HashMap<>()).put(year, false);
            }
        });
        Map<String, Map<Integer, Pyramid>> result = new LinkedHashMap<>();
        cells.forEach((area, years) -> years.forEach((year, bySex) -> {
            List<AgeBand> bands = List.copyOf(bySex.getOrDefault(Sex.MALE, new TreeMap<>()).keySet());
            double[] male = bands.stream().mapToDouble(b -> bySex.get(Sex.MALE).get(b)).toArray();
            double[] female = bands.stream().mapToDouble(b -> bySex.getOrDefault(Sex.FEMALE, new TreeMap<>()).getOrDefault(b, 0.0)).toArray();
            result.computeIfAbsent(area, a -> new TreeMap<>()).put(year, new Pyramid(bands, male, female,
                    complete.getOrDefault(area, Map.of()).getOrDefault(year, true)));
        }));
        return result;
    }

    /** The single region pyramid per year of a Kreis- or Land-level projection. */
    public Optional<Projection> projection(long tenantId, Projection.Level level, String variant) {
        Map<String, Map<Integer, Pyramid>> byArea = pyramids(tenantId, "prognose", level, variant);
        return byArea.values().stream().findFirst().map(years -> new Projection(level, variant, years));
    }
}
