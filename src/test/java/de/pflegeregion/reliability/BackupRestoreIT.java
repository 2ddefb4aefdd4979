package de.pflegeregion.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The backup procedure of docs/betrieb.md: a populated database (offers, free places, accounts and
 * tokens, planning data, audit log) is dumped with {@code pg_dump --format=custom}, restored with
 * {@code pg_restore} into a fresh database, and the application started on the copy finds the same
 * data: table by table, and through its API (offers with free places, a login, the forecast).
 */
class BackupRestoreIT {

    /** The tables that hold what a county must not lose; sessions are left out on purpose (they expire). */
    private static final List<String> TABLES = List.of("tenant", "account", "account_role", "api_token", "audit_log",
            "offer", "offer_offer_type", "offer_capacity", "offer_free_places", "offer_type", "account_offer", "offer_change",
            "planning_import", "planning_population", "planning_area", "planning_settings", "flyway_schema_history");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Test
    void aRestoredDumpHoldsTheSameDataAndTheApplicationRunsOnIt() throws Exception {
        try (ThrowawayPostgres pg = ThrowawayPostgres.start()) {
            pg.createDatabase("pflegeregion");
            Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "reliability")), "backup-");
            Map<String, String> before;
            String offersBefore;
            String forecastBefore;
            try (AppNode node = AppNode.start("original", pg.jdbcUrl("pflegeregion"), work);
                 Traffic api = new Traffic(List.of(node))) {
                api.prepare();
                Traffic.CountableOffer own = api.providerOffer();
                assertThat(api.reportOn(node, own, api.providerToken, own.capacity() - 1, "free-places").ok()).isTrue();
                offersBefore = offers(node);
                forecastBefore = forecast(node, api.plannerToken);
                node.terminate();
                assertThat(node.awaitExit(Duration.ofSeconds(40))).isTrue();
                before = tableDigests(pg.jdbcUrl("pflegeregion"));
            }
            assertThat(count(pg.jdbcUrl("pflegeregion"), "audit_log WHERE action = 'offer.free-places-reported'")).isPositive();
            assertThat(count(pg.jdbcUrl("pflegeregion"), "planning_population")).isPositive();

            Path dump = pg.workDir().resolve("pflegeregion.dump");
            pg.dump("pflegeregion", dump);
            pg.createDatabase("pflegeregion_restored");
            pg.restore(dump, "pflegeregion_restored");

            assertThat(tableDigests(pg.jdbcUrl("pflegeregion_restored"))).as("tables after restore").isEqualTo(before);
            // no demo loader on the copy: whatever it shows came from the dump
            try (AppNode node = AppNode.start("restored", pg.jdbcUrl("pflegeregion_restored"), work, "--pflegeregion.demo-data=false");
                 Traffic api = new Traffic(List.of(node))) {
                api.prepare();
                assertThat(offers(node)).as("offers with their free places").isEqualTo(offersBefore);
                assertThat(forecast(node, api.plannerToken)).as("forecast from the restored planning data").isEqualTo(forecastBefore);
                HttpResponse<String> ownPage = api.providerBrowser.send(HttpRequest.newBuilder(node.uri("/anbieter")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ownPage.body()).contains(Traffic.PROVIDER_OFFER);
            }
            Map<String, String> after = tableDigests(pg.jdbcUrl("pflegeregion_restored"));
            // the copy's own logins and tokens of this test are new rows; the rest is unchanged
            for (String table : List.of("tenant", "offer", "offer_free_places", "planning_import", "planning_population", "planning_settings")) {
                assertThat(after.get(table)).as(table + " after running on the copy").isEqualTo(before.get(table));
            }
        }
    }

    private String offers(AppNode node) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(node.uri("/api/v1/offers?near=85276&radiusKm=60&tenant=landkreis-pfaffenhofen&limit=500"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(r.body()).path("total").asInt()).isGreaterThan(10);
        return r.body();
    }

    private String forecast(AppNode node, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(node.uri("/api/v1/planning/" + Traffic.KREIS_AGS + "/forecast?year=2030"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** Row count and an MD5 over all rows (in a fixed order) of each table. */
    private static Map<String, String> tableDigests(String url) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                        + table + " t")) {
                    rs.next();
                    digests.put(table, rs.getString(1));
                }
            }
        }
        return digests;
    }

    private static long count(String url, String from) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
