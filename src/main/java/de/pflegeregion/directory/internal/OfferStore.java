package de.pflegeregion.directory.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import de.pflegeregion.directory.Address;
import de.pflegeregion.directory.Availability;
import de.pflegeregion.directory.FreePlaces;
import de.pflegeregion.directory.LocationSource;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferDraft;

/** JDBC access to the offer tables; whole offers are read with one query per child table. */
@Repository
public class OfferStore {

    /** Coordinates and Gemeinde an offer was placed at. */
    public record Location(Double lat, Double lon, String gemeindeAgs, LocationSource source) {
    }

    private static final String OFFER_COLUMNS = """
            id, tenant_id, name, street, postal_code, city, gemeinde_ags, lat, lon, location_source, phone, email,
            website, opening_hours, languages, specialisations, notes, source, source_page, last_verified, retired,
            version, updated_at""";

    private final JdbcClient jdbc;

    public OfferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long tenantId, OfferDraft d, Location location, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO offer (tenant_id, name, street, postal_code, city, gemeinde_ags, lat, lon, location_source,
                    phone, email, website, opening_hours, languages, specialisations, notes, source, source_page,
                    last_verified, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, d.name(), d.street(), d.postalCode(), d.city(), location.gemeindeAgs(), location.lat(),
                        location.lon(), location.source().name(), d.phone(), d.email(), d.website(), d.openingHours(),
                        joined(d.languages()), joined(d.specialisations()), d.notes(), d.source(), d.sourcePage(),
                        d.lastVerified() == null ? null : Date.valueOf(d.lastVerified()), Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeChildren(id, d);
        return id;
    }

    /** Replaces the offer's data if it still has {@code expectedVersion}; false if someone else changed it. */
    public boolean update(long id, long expectedVersion, OfferDraft d, Location location, Instant now) {
        int rows = jdbc.sql("""
                UPDATE offer SET name = ?, street = ?, postal_code = ?, city = ?, gemeinde_ags = ?, lat = ?, lon = ?,
                    location_source = ?, phone = ?, email = ?, website = ?, opening_hours = ?, languages = ?,
                    specialisations = ?, notes = ?, source = ?, source_page = ?, last_verified = ?,
                    version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")
                .params(d.name(), d.street(), d.postalCode(), d.city(), location.gemeindeAgs(), location.lat(), location.lon(),
                        location.source().name(), d.phone(), d.email(), d.website(), d.openingHours(), joined(d.languages()),
                        joined(d.specialisations()), d.notes(), d.source(), d.sourcePage(),
                        d.lastVerified() == null ? null : Date.valueOf(d.lastVerified()), Timestamp.from(now), id, expectedVersion)
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM offer_offer_type WHERE offer_id = ?").param(id).update();
        jdbc.sql("DELETE FROM offer_capacity WHERE offer_id = ?").param(id).update();
        jdbc.sql("DELETE FROM offer_availability WHERE offer_id = ?").param(id).update();
        writeChildren(id, d);
        jdbc.sql("DELETE FROM offer_free_places WHERE offer_id = ? AND type_code NOT IN (SELECT type_code FROM offer_offer_type WHERE offer_id = ?)")
                .params(id, id).update();
        return true;
    }

    /** Increments the version (a change of retirement or free places); false if it is no longer {@code expectedVersion}. */
    public boolean touch(long id, long expectedVersion, Boolean retired, Instant now) {
        return jdbc.sql("""
                UPDATE offer SET version = version + 1, updated_at = ?, retired = COALESCE(?, retired)
                WHERE id = ? AND version = ?""")
                .params(Timestamp.from(now), retired, id, expectedVersion).update() == 1;
    }

    public void putFreePlaces(long id, String type, FreePlaces freePlaces) {
        jdbc.sql("DELETE FROM offer_free_places WHERE offer_id = ? AND type_code = ?").params(id, type).update();
        jdbc.sql("INSERT INTO offer_free_places (offer_id, type_code, places, reported_at, reported_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, type, freePlaces.count(), Timestamp.from(freePlaces.reportedAt()), freePlaces.reportedBy()).update();
    }

    public Optional<Offer> load(long id) {
        return assemble(jdbc.sql("SELECT " + OFFER_COLUMNS + " FROM offer WHERE id = ?").param(id).query(this::row).list(),
                "offer_id = ?", List.of(id)).stream().findFirst();
    }

    /** Every offer not retired, for the search index. */
    public List<Offer> loadActive() {
        return assemble(jdbc.sql("SELECT " + OFFER_COLUMNS + " FROM offer WHERE retired = FALSE").query(this::row).list(),
                "offer_id IN (SELECT id FROM offer WHERE retired = FALSE)", List.of());
    }

    /** The offers with these ids (retired ones included), in chunks the drivers' parameter limits allow. */
    public List<Offer> loadAll(Collection<Long> ids) {
        List<Offer> offers = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            List<Object> chunk = List.copyOf(all.subList(from, Math.min(all.size(), from + 1000)));
            String in = "(" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            offers.addAll(assemble(jdbc.sql("SELECT " + OFFER_COLUMNS + " FROM offer WHERE id IN " + in).params(chunk).query(this::row).list(),
                    "offer_id IN " + in, chunk));
        }
        return offers;
    }

    public List<Offer> loadTenant(long tenantId, boolean withRetired) {
        String where = "tenant_id = ?" + (withRetired ? "" : " AND retired = FALSE");
        return assemble(jdbc.sql("SELECT " + OFFER_COLUMNS + " FROM offer WHERE " + where + " ORDER BY name, id")
                        .param(tenantId).query(this::row).list(),
                "offer_id IN (SELECT id FROM offer WHERE " + where + ")", List.of(tenantId));
    }

    public void unassignFromAccount(long accountId, long offerId) {
        jdbc.sql("DELETE FROM account_offer WHERE account_id = ? AND offer_id = ?").params(accountId, offerId).update();
    }

    public void assignToAccount(long accountId, long offerId) {
        jdbc.sql("DELETE FROM account_offer WHERE account_id = ? AND offer_id = ?").params(accountId, offerId).update();
        jdbc.sql("INSERT INTO account_offer (account_id, offer_id) VALUES (?, ?)").params(accountId, offerId).update();
    }

    public List<Long> offerIdsOfAccount(long accountId) {
        return jdbc.sql("SELECT offer_id FROM account_offer WHERE account_id = ? ORDER BY offer_id").param(accountId)
                .query(Long.class).list();
    }

    /** How many offers of the county each account may edit, in one query (accounts without offers are missing). */
    public Map<Long, Integer> assignedOfferCounts(long tenantId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                SELECT ao.account_id, COUNT(*) FROM account_offer ao JOIN offer o ON o.id = ao.offer_id
                WHERE o.tenant_id = ? GROUP BY ao.account_id""")
                .param(tenantId).query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    public boolean isAssigned(long accountId, long offerId) {
        return jdbc.sql("SELECT COUNT(*) FROM account_offer WHERE account_id = ? AND offer_id = ?").params(accountId, offerId)
                .query(Long.class).single() > 0;
    }

    private void writeChildren(long id, OfferDraft d) {
        for (String type : d.types()) {
            jdbc.sql("INSERT INTO offer_offer_type (offer_id, type_code) VALUES (?, ?)").params(id, type).update();
        }
        d.capacity().forEach((type, places) -> jdbc.sql("INSERT INTO offer_capacity (offer_id, type_code, places) VALUES (?, ?, ?)")
                .params(id, type, places).update());
        for (Availability a : d.availability()) {
            jdbc.sql("INSERT INTO offer_availability (offer_id, type_code, from_date, until_date, places) VALUES (?, ?, ?, ?, ?)")
                    .params(id, a.type(), Date.valueOf(a.from()), Date.valueOf(a.until()), a.places()).update();
        }
    }

    /** Offer row without its child tables; {@link #assemble} fills them in. */
    private record Row(long id, long tenantId, String name, Address address, Double lat, Double lon, LocationSource source,
                       String phone, String email, String website, String openingHours, String languages,
                       String specialisations, String notes, String sourceName, String sourcePage,
                       java.time.LocalDate lastVerified, boolean retired, long version, Instant updatedAt) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Date verified = rs.getDate("last_verified");
        return new Row(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("name"),
                new Address(rs.getString("street"), rs.getString("postal_code"), rs.getString("city"), rs.getString("gemeinde_ags")),
                rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), LocationSource.valueOf(rs.getString("location_source")),
                rs.getString("phone"), rs.getString("email"), rs.getString("website"), rs.getString("opening_hours"),
                rs.getString("languages"), rs.getString("specialisations"), rs.getString("notes"), rs.getString("source"),
                rs.getString("source_page"), verified == null ? null : verified.toLocalDate(), rs.getBoolean("retired"),
                rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
    }

    private List<Offer> assemble(List<Row> rows, String childFilter, List<Object> params) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> types = new HashMap<>();
        jdbc.sql("SELECT offer_id, type_code FROM offer_offer_type WHERE " + childFilter + " ORDER BY offer_id, type_code")
                .params(params).query(rs -> {
                    types.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, Map<String, Integer>> capacity = new HashMap<>();
        jdbc.sql("SELECT offer_id, type_code, places FROM offer_capacity WHERE " + childFilter).params(params).query(rs -> {
            capacity.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
        });
        Map<Long, Map<String, FreePlaces>> free = new HashMap<>();
        jdbc.sql("SELECT offer_id, type_code, places, reported_at, reported_by FROM offer_free_places WHERE " + childFilter)
                .params(params).query(rs -> {
                    free.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2),
                            new FreePlaces(rs.getInt(3), rs.getTimestamp(4).toInstant(), rs.getString(5)));
                });
        Map<Long, List<Availability>> availability = new HashMap<>();
        jdbc.sql("SELECT offer_id, type_code, from_date, until_date, places FROM offer_availability WHERE " + childFilter
                        + " ORDER BY offer_id, from_date, type_code")
                .params(params).query(rs -> {
                    availability.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Availability(rs.getString(2),
                            rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getInt(5)));
                });
        Map<Long, Offer> offers = new LinkedHashMap<>();
        for (Row r : rows) {
            offers.put(r.id(), new Offer(r.id(), r.tenantId(), r.name(), List.copyOf(types.getOrDefault(r.id(), List.of())),
                    r.address(), r.lat(), r.lon(), r.source(), r.phone(), r.email(), r.website(), r.openingHours(),
                    split(r.languages()), split(r.specialisations()), r.notes(), r.sourceName(), r.sourcePage(),
                    r.lastVerified(), r.retired(), r.version(), r.updatedAt(),
                    Collections.unmodifiableMap(capacity.getOrDefault(r.id(), new TreeMap<>())),
                    Collections.unmodifiableMap(free.getOrDefault(r.id(), new TreeMap<>())),
                    List.copyOf(availability.getOrDefault(r.id(), List.of()))));
        }
        return List.copyOf(offers.values());
    }

    private static String joined(Collection<String> values) {
        return values.isEmpty() ? null : String.join("|", values);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableList());
    }
}
