package de.pflegeregion.network.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import de.pflegeregion.directory.LocalContacts;
import de.pflegeregion.planning.PlanningGaps;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;

/**
 * The Kümmerer per Gemeinde (seed 000, Handlungsfeld 2): who, since and until when, reachable how; the
 * county's fallback contact for a Gemeinde with none or a vacancy; and the coverage the coordinator sees.
 * Citizens meet them through the directory's {@link LocalContacts}.
 */
@Service
public class KuemmererRegister implements LocalContacts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<PlanningGaps> planning;

    KuemmererRegister(JdbcClient jdbc, Clock clock, ObjectProvider<PlanningGaps> planning) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.planning = planning;
    }

    /** The county's Gemeinden: as the planning module knows them, plus every Gemeinde with an entry here. */
    public Map<String, String> gemeinden(Tenant county) {
        Map<String, String> names = new LinkedHashMap<>();
        PlanningGaps gaps = planning.getIfAvailable();
        if (gaps != null) {
            try {
                names.putAll(gaps.gemeinden(county.id()));
            } catch (RuntimeException e) {
                // without planning data the list is the Gemeinden entered here
            }
        }
        all(county).forEach(k -> names.putIfAbsent(k.gemeindeAgs(), k.gemeindeName()));
        return names;
    }

    /** Adds an entry with a Gemeinde name the coordinator typed, where the Gemeinde is not known yet. */
    public long add(Tenant county, String ags, String gemeindeName, String personName, String function, String reachable,
                    LocalDate since, LocalDate until) {
        Map<String, String> known = new LinkedHashMap<>(gemeinden(county));
        if (gemeindeName != null && !gemeindeName.isBlank() && ags != null) {
            known.putIfAbsent(ags.strip(), gemeindeName.strip());
        }
        MeasurePlan.limit(gemeindeName, 200, "gemeindeName", "Name der Gemeinde");
        if (ags != null && !known.containsKey(ags.strip())) {
            throw new InvalidInput("gemeindeName", "Name der Gemeinde: Diese Gemeinde ist noch nicht bekannt; bitte geben Sie ihren Namen an.");
        }
        return add(county, known, ags, personName, function, reachable, since, until);
    }

    /** One Kümmerer role in a Gemeinde; personName null = vacant. */
    public record Kuemmerer(long id, String gemeindeAgs, String gemeindeName, String personName, String function, String reachable,
                            LocalDate since, LocalDate until) {

        public boolean vacant() {
            return personName == null || personName.isBlank();
        }

        public boolean activeOn(LocalDate day) {
            return (since == null || !since.isAfter(day)) && (until == null || !until.isBefore(day));
        }
    }

    public record Fallback(String name, String function, String reachable) {
    }

    /** Coverage of one Gemeinde: its active Kümmerer, and whether a role is vacant. */
    public record Coverage(String gemeindeAgs, String gemeindeName, List<Kuemmerer> active, boolean vacant) {
        public boolean none() {
            return active.isEmpty() && !vacant;
        }

        public boolean covered() {
            return !active.isEmpty();
        }
    }

    public List<Kuemmerer> all(Tenant county) {
        return jdbc.sql("""
                        SELECT id, gemeinde_ags, gemeinde_name, person_name, function, reachable, since, until
                        FROM network_kuemmerer WHERE tenant_id = ? ORDER BY gemeinde_name, id""")
                .param(county.id()).query((rs, n) -> new Kuemmerer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), MeasurePlan.localDate(rs, 7), MeasurePlan.localDate(rs, 8))).list();
    }

    /** The Kümmerer active today in that Gemeinde (vacancies included, so the API can say so). */
    public List<Kuemmerer> ofGemeinde(Tenant county, String ags) {
        LocalDate today = LocalDate.now(clock);
        return all(county).stream().filter(k -> k.gemeindeAgs().equals(ags) && k.activeOn(today)).toList();
    }

    public Optional<Fallback> fallback(Tenant county) {
        return jdbc.sql("SELECT name, function, reachable FROM network_kuemmerer_fallback WHERE tenant_id = ?").param(county.id())
                .query((rs, n) -> new Fallback(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    public void saveFallback(Tenant county, String name, String function, String reachable) {
        require(name, "name", "Name: Bitte geben Sie die Stelle oder Person an, z. B. Pflegestützpunkt des Landkreises.");
        require(function, "funktion", "Funktion: Bitte geben Sie die Funktion an.");
        require(reachable, "erreichbar", "Erreichbar: Bitte geben Sie an, wie man die Stelle erreicht (Telefon, E-Mail, Sprechzeiten).");
        MeasurePlan.limit(name, 200, "name", "Name");
        MeasurePlan.limit(function, 200, "funktion", "Funktion");
        MeasurePlan.limit(reachable, 500, "erreichbar", "Erreichbar");
        jdbc.sql("DELETE FROM network_kuemmerer_fallback WHERE tenant_id = ?").param(county.id()).update();
        jdbc.sql("INSERT INTO network_kuemmerer_fallback (tenant_id, name, function, reachable) VALUES (?, ?, ?, ?)")
                .params(county.id(), name.strip(), function.strip(), reachable.strip()).update();
    }

    /**
     * Adds a Kümmerer (or, with no name, a vacancy) for a Gemeinde of the county.
     *
     * @param gemeinden the county's Gemeinden by AGS, to check the AGS and take the name
     */
    public long add(Tenant county, Map<String, String> gemeinden, String ags, String personName, String function, String reachable,
                    LocalDate since, LocalDate until) {
        String key = ags == null ? "" : ags.strip();
        if (!key.matches("\\d{8}") || !key.startsWith(county.kreisAgs())) {
            throw new InvalidInput("gemeinde", "Gemeinde: Bitte wählen Sie eine Gemeinde des Kreises.");
        }
        String name = gemeinden.getOrDefault(key, key);
        require(function, "funktion", "Funktion: Bitte geben Sie die Funktion an, z. B. Seniorenbeauftragte der Gemeinde.");
        MeasurePlan.limit(personName, 200, "name", "Name");
        MeasurePlan.limit(function, 200, "funktion", "Funktion");
        MeasurePlan.limit(reachable, 500, "erreichbar", "Erreichbar");
        boolean vacant = personName == null || personName.isBlank();
        if (!vacant && (reachable == null || reachable.isBlank())) {
            throw new InvalidInput("erreichbar", "Erreichbar: Bitte geben Sie an, wie man die Person erreicht (Telefon, E-Mail, Sprechzeiten).");
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new InvalidInput("bis", "Bis: Das Ende liegt vor dem Beginn.");
        }
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO network_kuemmerer (tenant_id, gemeinde_ags, gemeinde_name, person_name, function, reachable, since, until)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(county.id(), key, name, vacant ? null : personName.strip(), function.strip(), reachable == null ? "" : reachable.strip(),
                        MeasurePlan.date(since), MeasurePlan.date(until)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Ends a Kümmerer's term on that day (the row stays as history). */
    public void end(Tenant county, long id, LocalDate until) {
        if (until == null) {
            throw new InvalidInput("bis", "Bis: Bitte geben Sie ein Datum an.");
        }
        int rows = jdbc.sql("UPDATE network_kuemmerer SET until = ? WHERE tenant_id = ? AND id = ?").params(MeasurePlan.date(until), county.id(), id).update();
        if (rows == 0) {
            throw new InvalidInput("id", "Diesen Eintrag gibt es nicht.");
        }
    }

    /** Coverage of every Gemeinde of the county (from the given list, plus any with an entry). */
    public List<Coverage> coverage(Tenant county, Map<String, String> gemeinden) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = new LinkedHashMap<>(gemeinden);
        List<Kuemmerer> all = all(county);
        all.forEach(k -> names.putIfAbsent(k.gemeindeAgs(), k.gemeindeName()));
        List<Coverage> out = new ArrayList<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            List<Kuemmerer> here = all.stream().filter(k -> k.gemeindeAgs().equals(e.getKey()) && k.activeOn(today)).toList();
            out.add(new Coverage(e.getKey(), e.getValue(), here.stream().filter(k -> !k.vacant()).toList(), here.stream().anyMatch(Kuemmerer::vacant)));
        });
        return out;
    }

    @Override
    public List<LocalContact> forGemeinde(Tenant county, String gemeindeAgs) {
        List<Kuemmerer> here = ofGemeinde(county, gemeindeAgs).stream().filter(k -> !k.vacant()).toList();
        if (!here.isEmpty()) {
            return here.stream().map(k -> new LocalContact(k.gemeindeName(), k.personName(), k.function(), k.reachable(), false)).toList();
        }
        String gemeinde = all(county).stream().filter(k -> k.gemeindeAgs().equals(gemeindeAgs)).map(Kuemmerer::gemeindeName).findFirst().orElse(null);
        return fallback(county).map(f -> List.of(new LocalContact(gemeinde, f.name(), f.function(), f.reachable(), true))).orElse(List.of());
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, message);
        }
    }
}
