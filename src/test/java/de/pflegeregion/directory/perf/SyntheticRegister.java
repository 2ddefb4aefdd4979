package de.pflegeregion.directory.perf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;

import de.pflegeregion.directory.internal.Csv;

/**
 * Synthetic nationwide register for load measurements: one county per Kreis and {@code count}
 * offers scattered around the shared places (more around larger towns), with capacities and free
 * places reported within the last 14 days. Deterministic for a given seed.
 *
 * <pre>
 * ./mvnw -o test-compile
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" de.pflegeregion.directory.perf.SyntheticRegister \
 *     jdbc:postgresql://127.0.0.1:5432/pflegeregion_perf postgres 30000 42 target/perf-queries.txt
 * </pre>
 * The last argument (optional) receives random search paths for the load test, from the same seed.
 */
public final class SyntheticRegister {

    /** Offer types with countable places, as in V11__directory.sql. */
    static final List<String> COUNTABLE = List.of("tagespflege", "nachtpflege", "kurzzeitpflege", "vollstationaer", "beschuetzend", "wohngruppe");
    static final List<String> OTHER = List.of("ambulant", "unterstuetzung_alltag", "haushaltsnahe_dienste", "pflegestuetzpunkt",
            "beratung", "wohnberatung", "hausnotruf", "mahlzeitendienst", "fahrdienst", "selbsthilfe", "kinder", "palliativ",
            "intensiv", "demenz");
    static final List<String> NAMES = List.of("Seniorenzentrum", "Tagespflege", "Pflegedienst", "Sozialstation", "Haus",
            "Pflegeheim", "Beratungsstelle", "Nachbarschaftshilfe", "Fahrdienst", "Hausnotruf");

    record SynthPlace(String name, String ags, String kreisAgs, int population, double lat, double lon) {
    }

    private SyntheticRegister() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int count = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
        List<SynthPlace> places = places();
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.setAutoCommit(false);
            generate(c, places, count, new SplittableRandom(seed));
            c.commit();
        }
        System.out.printf("%d offers generated in %d ms%n", count, (System.nanoTime() - started) / 1_000_000);
        if (args.length > 4) {
            Files.write(Path.of(args[4]), queries(places, 2000, new SplittableRandom(seed + 1)), StandardCharsets.UTF_8);
        }
    }

    static List<SynthPlace> places() {
        try (InputStream in = new ClassPathResource("geo/de_places.csv").getInputStream()) {
            List<Csv.Row> rows = Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            // places without AGS (one in the raw data) cannot be searched for by AGS; leave them out
            return rows.subList(1, rows.size()).stream().filter(r -> !r.field(2).isEmpty()).map(r -> new SynthPlace(r.field(1), r.field(2), r.field(3),
                    Integer.parseInt(r.field(4)), Double.parseDouble(r.field(5)), Double.parseDouble(r.field(6)))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Picks places with probability proportional to the square root of their population. */
    static final class PlacePicker {
        private final List<SynthPlace> places;
        private final double[] cumulative;

        PlacePicker(List<SynthPlace> places) {
            this.places = places;
            cumulative = new double[places.size()];
            double sum = 0;
            for (int i = 0; i < places.size(); i++) {
                sum += Math.sqrt(places.get(i).population());
                cumulative[i] = sum;
            }
        }

        SynthPlace pick(SplittableRandom random) {
            double r = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, r);
            return places.get(i >= 0 ? i : -i - 1);
        }
    }

    private static void generate(Connection c, List<SynthPlace> places, int count, SplittableRandom random) throws SQLException {
        Set<String> kreise = new LinkedHashSet<>();
        places.forEach(p -> kreise.add(p.kreisAgs()));
        try (PreparedStatement tenant = c.prepareStatement(
                "INSERT INTO tenant (slug, name, kreis_ags) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM tenant WHERE slug = ?)")) {
            for (String kreis : kreise) {
                tenant.setString(1, "synth-" + kreis);
                tenant.setString(2, "Synthetischer Kreis " + kreis);
                tenant.setString(3, kreis);
                tenant.setString(4, "synth-" + kreis);
                tenant.addBatch();
            }
            tenant.executeBatch();
        }
        java.util.Map<String, Long> tenantIds = new java.util.HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, kreis_ags FROM tenant WHERE slug LIKE 'synth-%'")) {
            while (rs.next()) {
                tenantIds.put(rs.getString(2), rs.getLong(1));
            }
        }
        long firstId;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM offer")) {
            rs.next();
            firstId = rs.getLong(1);
        }
        PlacePicker picker = new PlacePicker(places);
        Instant now = Instant.now();
        try (PreparedStatement offer = c.prepareStatement("""
                INSERT INTO offer (id, tenant_id, name, street, postal_code, city, gemeinde_ags, lat, lon, location_source, phone, source, updated_at)
                VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, 'ENTERED', ?, 'Synthetisch', ?)""");
             PreparedStatement type = c.prepareStatement("INSERT INTO offer_offer_type (offer_id, type_code) VALUES (?, ?)");
             PreparedStatement capacity = c.prepareStatement("INSERT INTO offer_capacity (offer_id, type_code, places) VALUES (?, ?, ?)");
             PreparedStatement free = c.prepareStatement(
                     "INSERT INTO offer_free_places (offer_id, type_code, places, reported_at, reported_by) VALUES (?, ?, ?, ?, 'synthetisch')")) {
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                SynthPlace place = picker.pick(random);
                // about 3 km scatter around the town centre
                double lat = place.lat() + random.nextDouble(-0.03, 0.03);
                double lon = place.lon() + random.nextDouble(-0.045, 0.045);
                List<String> types = types(random);
                offer.setLong(1, id);
                offer.setLong(2, tenantIds.get(place.kreisAgs()));
                offer.setString(3, NAMES.get(random.nextInt(NAMES.size())) + " " + place.name() + " " + id);
                offer.setString(4, "Musterstraße " + (1 + random.nextInt(120)));
                offer.setString(5, place.name());
                offer.setString(6, place.ags());
                offer.setDouble(7, lat);
                offer.setDouble(8, lon);
                offer.setString(9, "0" + (1000 + random.nextInt(9000)) + " " + random.nextInt(100000));
                offer.setTimestamp(10, Timestamp.from(now));
                offer.addBatch();
                for (String t : types) {
                    type.setLong(1, id);
                    type.setString(2, t);
                    type.addBatch();
                    if (COUNTABLE.contains(t)) {
                        int places2 = 5 + random.nextInt(80);
                        capacity.setLong(1, id);
                        capacity.setString(2, t);
                        capacity.setInt(3, places2);
                        capacity.addBatch();
                        if (random.nextDouble() < 0.6) {
                            free.setLong(1, id);
                            free.setString(2, t);
                            free.setInt(3, random.nextInt(4));
                            free.setTimestamp(4, Timestamp.from(now.minus(Duration.ofMinutes(random.nextLong(14 * 24 * 60)))));
                            free.addBatch();
                        }
                    }
                }
                if (i % 1000 == 999) {
                    offer.executeBatch();
                    type.executeBatch();
                    capacity.executeBatch();
                    free.executeBatch();
                }
            }
            offer.executeBatch();
            type.executeBatch();
            capacity.executeBatch();
            free.executeBatch();
        }
        resetIdentity(c, firstId + count);
    }

    private static List<String> types(SplittableRandom random) {
        Set<String> types = new LinkedHashSet<>();
        types.add(random.nextDouble() < 0.5 ? COUNTABLE.get(random.nextInt(COUNTABLE.size())) : OTHER.get(random.nextInt(OTHER.size())));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            types.add(random.nextBoolean() ? COUNTABLE.get(random.nextInt(COUNTABLE.size())) : OTHER.get(random.nextInt(OTHER.size())));
        }
        return new ArrayList<>(types);
    }

    /** Explicit ids were inserted; move the identity past them so later inserts do not collide. */
    private static void resetIdentity(Connection c, long next) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
                s.execute("SELECT setval(pg_get_serial_sequence('offer', 'id'), " + (next - 1) + ")");
            } else {
                s.execute("ALTER TABLE offer ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    /** Random search paths: a place weighted like the offers, radius 10/25/50 km, a type filter in half, free places in a fifth. */
    static List<String> queries(List<SynthPlace> places, int n, SplittableRandom random) {
        PlacePicker picker = new PlacePicker(places);
        int[] radii = {10, 25, 25, 50};
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SynthPlace p = picker.pick(random);
            StringBuilder path = new StringBuilder("/api/v1/offers?near=").append(p.ags())
                    .append("&radiusKm=").append(radii[random.nextInt(radii.length)]);
            if (random.nextBoolean()) {
                path.append("&type=").append(COUNTABLE.get(random.nextInt(3)));
            }
            if (random.nextDouble() < 0.2) {
                path.append("&freePlaces=true");
            }
            paths.add(path.toString());
        }
        return paths;
    }
}
