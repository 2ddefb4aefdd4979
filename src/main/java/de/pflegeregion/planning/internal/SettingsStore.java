package de.pflegeregion.planning.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.ObjectMapper;

/** The settings document per county, as JSON text; the defaults until a planner saves one. */
@Repository
class SettingsStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SettingsStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    SettingsDocument load(long tenantId) {
        return jdbc.sql("SELECT document FROM planning_settings WHERE tenant_id = ?").param(tenantId).query(String.class).optional()
                .map(text -> json.readValue(text, SettingsDocument.class)).orElseGet(SettingsDocument::defaults);
    }

    String save(long tenantId, SettingsDocument document, String actor, Instant now) {
        String text = json.writeValueAsString(document);
        int updated = jdbc.sql("UPDATE planning_settings SET document = ?, updated_at = ?, updated_by = ? WHERE tenant_id = ?")
                .params(text, Timestamp.from(now), actor, tenantId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO planning_settings (tenant_id, document, updated_at, updated_by) VALUES (?, ?, ?, ?)")
                    .params(tenantId, text, Timestamp.from(now), actor).update();
        }
        return text;
    }
}
