package de.pflegeregion.directory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import de.pflegeregion.platform.ExpiringValue;

/**
 * The offer types: the standard list of the spec plus each county's own additions (data, not code).
 * The list of all types is cached for the search (cleared by additions made here, at most 30
 * seconds old otherwise); what a county may use is always read from the database.
 */
@Service
public class OfferTypes {

    private static final String COLUMNS = "code, label, legal_basis, has_places, tenant_id";
    private static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final ExpiringValue<List<OfferType>> cache;

    OfferTypes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.cache = new ExpiringValue<>(clock, CACHE_TTL, () -> jdbc.sql("SELECT " + COLUMNS + " FROM offer_type ORDER BY sort_order, code").query(OfferType.class).list());
    }

    /** Every type of every county; used to check search parameters, which are not bound to a county. */
    public List<OfferType> all() {
        return cache.get();
    }

    /**
     * Standard types and the county's own, read from the database (not the cache): changes check
     * against it, and must see types added earlier in the same transaction.
     */
    public List<OfferType> visibleTo(long tenantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offer_type WHERE tenant_id IS NULL OR tenant_id = ? ORDER BY sort_order, code")
                .param(tenantId).query(OfferType.class).list();
    }

    public Optional<OfferType> find(long tenantId, String code) {
        return visibleTo(tenantId).stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public boolean exists(String code) {
        return all().stream().anyMatch(t -> t.code().equals(code));
    }

    /** German label of a code; a county's own type may share no label with others, so the first one wins. */
    public String label(String code) {
        return all().stream().filter(t -> t.code().equals(code)).map(OfferType::label).findFirst().orElse(code);
    }

    public OfferType addCountyType(long tenantId, String code, String label, boolean hasPlaces) {
        if (!code.matches("[a-z][a-z0-9_]{1,39}")) {
            throw new IllegalArgumentException("type code must be lower-case letters, digits and '_': " + code);
        }
        if (find(tenantId, code).isPresent()) {
            throw new IllegalArgumentException("type exists already: " + code);
        }
        jdbc.sql("INSERT INTO offer_type (tenant_id, code, label, has_places, sort_order) VALUES (?, ?, ?, ?, 500)")
                .params(tenantId, code, label, hasPlaces).update();
        cache.clear();
        return find(tenantId, code).orElseThrow();
    }
}
