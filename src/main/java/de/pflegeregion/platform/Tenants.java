package de.pflegeregion.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The counties of this installation. {@link #all()} is read on every search, so it is cached:
 * cleared by changes made here, and at most 30 seconds old when another node changed a county.
 */
@Service
public class Tenants {

    private static final String COLUMNS = "id, slug, name, kreis_ags, free_places_max_age_days";
    private static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final ExpiringValue<List<Tenant>> cache;

    Tenants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.cache = new ExpiringValue<>(clock, CACHE_TTL, () -> jdbc.sql("SELECT " + COLUMNS + " FROM tenant ORDER BY name").query(Tenant.class).list());
    }

    public List<Tenant> all() {
        return cache.get();
    }

    public Optional<Tenant> bySlug(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenant WHERE slug = ?").param(slug).query(Tenant.class).optional();
    }

    /**
     * The county from the list {@link #all()} keeps (at most 30 seconds old; of a county only the free places'
     * maximum age ever changes), read from the database if the list does not have it yet.
     */
    public Optional<Tenant> cachedById(long id) {
        return all().stream().filter(t -> t.id() == id).findFirst().or(() -> byId(id));
    }

    public Optional<Tenant> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tenant WHERE id = ?").param(id).query(Tenant.class).optional();
    }

    /** Creates a county with the default settings (free places current for 7 days, no map). */
    public Tenant create(String slug, String name, String kreisAgs) {
        if (!slug.matches("[a-z0-9-]{2,60}")) {
            throw new IllegalArgumentException("slug must be lower-case letters, digits and hyphens: " + slug);
        }
        if (!kreisAgs.matches("\\d{5}")) {
            throw new IllegalArgumentException("Kreis AGS must have five digits: " + kreisAgs);
        }
        jdbc.sql("INSERT INTO tenant (slug, name, kreis_ags, free_places_max_age_days) VALUES (?, ?, ?, ?)")
                .params(slug, name, kreisAgs, Tenant.DEFAULT_FREE_PLACES_MAX_AGE_DAYS).update();
        cache.clear();
        return bySlug(slug).orElseThrow();
    }

    public Tenant changeFreePlacesMaxAge(long tenantId, int days) {
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("free places max age must be 1..365 days: " + days);
        }
        jdbc.sql("UPDATE tenant SET free_places_max_age_days = ? WHERE id = ?").params(days, tenantId).update();
        cache.clear();
        return byId(tenantId).orElseThrow();
    }
}
