package de.pflegeregion.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.DirectoryFixtures;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.directory.internal.OfferIndex;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class OffersApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    OfferIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    DirectoryFixtures fixtures;
    Tenant county;
    Account admin;
    Offer wolnzach;
    Offer geisenfeld;
    Offer pfaffenhofen;
    Offer kinderKurzzeit;

    @BeforeEach
    void register() {
        fixtures = new DirectoryFixtures(tenants, accounts, registry);
        county = fixtures.county();
        admin = fixtures.admin(county);
        wolnzach = fixtures.offer(county, admin, "Tagespflege Wolnzach", "85283", "Wolnzach",
                List.of("tagespflege", "kurzzeitpflege"), Map.of("tagespflege", 10));
        geisenfeld = fixtures.offer(county, admin, "Tagespflege Geisenfeld", "85290", "Geisenfeld",
                List.of("tagespflege"), Map.of("tagespflege", 15));
        pfaffenhofen = fixtures.offer(county, admin, "Sozialstation Pfaffenhofen", "85276", "Pfaffenhofen a.d.Ilm",
                List.of("ambulant", "demenz"), Map.of());
        kinderKurzzeit = fixtures.offer(county, admin, "Kurzzeitwohnen für Kinder", "85290", "Geisenfeld",
                List.of("kurzzeitpflege", "kinder"), Map.of());
    }

    @Test
    void ordersByDistanceFromTheNamedPlace() throws Exception {
        JsonNode body = ok("/api/v1/offers?near=Wolnzach&tenant=" + county.slug());

        assertThat(body.get("center").get("label").asString()).isEqualTo("Wolnzach");
        assertThat(names(body)).containsExactly("Tagespflege Wolnzach", "Kurzzeitwohnen für Kinder",
                "Tagespflege Geisenfeld", "Sozialstation Pfaffenhofen");
        List<Double> distances = new ArrayList<>();
        body.get("offers").forEach(o -> distances.add(o.get("distanceKm").asDouble()));
        assertThat(distances).isSorted();
        assertThat(distances.getFirst()).isZero();
        assertThat(body.get("total").asInt()).isEqualTo(4);
    }

    @Test
    void radiusLimitsTheResults() throws Exception {
        // Wolnzach–Geisenfeld is about 9 km, Wolnzach–Pfaffenhofen about 13 km
        assertThat(names(ok("/api/v1/offers?near=Wolnzach&radiusKm=10&tenant=" + county.slug())))
                .containsExactly("Tagespflege Wolnzach", "Kurzzeitwohnen für Kinder", "Tagespflege Geisenfeld");
        assertThat(names(ok("/api/v1/offers?near=Wolnzach&radiusKm=0.5&tenant=" + county.slug())))
                .containsExactly("Tagespflege Wolnzach");
    }

    @Test
    void everyGivenTypeMustMatch() throws Exception {
        assertThat(names(ok("/api/v1/offers?near=Wolnzach&type=kurzzeitpflege&tenant=" + county.slug())))
                .containsExactly("Tagespflege Wolnzach", "Kurzzeitwohnen für Kinder");
        assertThat(names(ok("/api/v1/offers?near=Wolnzach&type=kurzzeitpflege&type=kinder&tenant=" + county.slug())))
                .containsExactly("Kurzzeitwohnen für Kinder");
    }

    @Test
    void freeTextMatchesNameAndTypeLabel() throws Exception {
        assertThat(names(ok("/api/v1/offers?near=Wolnzach&q=sozialstation&tenant=" + county.slug())))
                .containsExactly("Sozialstation Pfaffenhofen");
        assertThat(names(ok("/api/v1/offers?near=Wolnzach&q=" + enc("Ambulanter Pflegedienst") + "&tenant=" + county.slug())))
                .containsExactly("Sozialstation Pfaffenhofen");
    }

    @Test
    void freePlacesOnlyKeepsCurrentReportsAndShowsTheirAge() throws Exception {
        registry.reportFreePlaces(geisenfeld.id(), geisenfeld.version(), Map.of("tagespflege", 2), admin);
        Offer reported = registry.reportFreePlaces(wolnzach.id(), wolnzach.version(), Map.of("tagespflege", 3), admin);

        JsonNode body = ok("/api/v1/offers?near=Wolnzach&type=tagespflege&freePlaces=true&tenant=" + county.slug());
        assertThat(names(body)).containsExactly("Tagespflege Wolnzach", "Tagespflege Geisenfeld");
        JsonNode free = body.get("offers").get(0).get("freePlaces").get("tagespflege");
        assertThat(free.get("count").asInt()).isEqualTo(3);
        assertThat(free.get("current").asBoolean()).isTrue();
        assertThat(Instant.parse(free.get("reportedAt").asString())).isEqualTo(reported.freePlaces().get("tagespflege").reportedAt());

        // a report older than the county's limit (7 days) is "nicht aktuell" and no longer counts as free
        jdbc.sql("UPDATE offer_free_places SET reported_at = ? WHERE offer_id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(8))), wolnzach.id()).update();
        index.reload();

        assertThat(names(ok("/api/v1/offers?near=Wolnzach&type=tagespflege&freePlaces=true&tenant=" + county.slug())))
                .containsExactly("Tagespflege Geisenfeld");
        JsonNode stale = ok("/api/v1/offers/" + wolnzach.id()).get("freePlaces").get("tagespflege");
        assertThat(stale.get("current").asBoolean()).isFalse();
        assertThat(stale.get("count").asInt()).isEqualTo(3);
    }

    @Test
    void changesWrittenByAnotherNodeAreSynchronised() throws Exception {
        // what another node's registry writes: the change and its entry in the commit-ordered feed
        transaction.executeWithoutResult(status -> {
            jdbc.sql("UPDATE offer SET name = 'Tagespflege Hopfenland', version = version + 1, updated_at = ? WHERE id = ?")
                    .params(Timestamp.from(Instant.now().plusSeconds(1)), wolnzach.id()).update();
            jdbc.sql("UPDATE offer_change_head SET last_seq = last_seq + 1 WHERE id = 1").update();
            jdbc.sql("INSERT INTO offer_change (seq, offer_id, changed_at) SELECT last_seq, ?, CURRENT_TIMESTAMP FROM offer_change_head")
                    .param(wolnzach.id()).update();
        });

        index.syncWithDatabase();

        assertThat(names(ok("/api/v1/offers?near=Wolnzach&type=tagespflege&tenant=" + county.slug())))
                .containsExactly("Tagespflege Hopfenland", "Tagespflege Geisenfeld");
    }

    @Test
    void zeroFreePlacesAreNotFreePlaces() throws Exception {
        registry.reportFreePlaces(geisenfeld.id(), geisenfeld.version(), Map.of("tagespflege", 0), admin);

        assertThat(names(ok("/api/v1/offers?near=Wolnzach&freePlaces=true&tenant=" + county.slug()))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"85283, 85283 Wolnzach", "09186162, Wolnzach", "'48.6038,11.62568', '48.6038,11.62568'"})
    void nearAcceptsPostcodeAgsAndCoordinates(String near, String label) throws Exception {
        JsonNode body = ok("/api/v1/offers?near=" + enc(near) + "&tenant=" + county.slug());

        assertThat(body.get("center").get("label").asString()).isEqualTo(label);
        assertThat(names(body).getFirst()).isEqualTo("Tagespflege Wolnzach");
    }

    @Test
    void correctedGemeindenAreFound() throws Exception {
        JsonNode hohenwart = ok("/api/v1/offers?near=Hohenwart&radiusKm=1");
        assertThat(hohenwart.get("center").get("lat").asDouble()).isBetween(48.55, 48.65);
        JsonNode reichertshausen = ok("/api/v1/offers?near=85293&radiusKm=1");
        assertThat(reichertshausen.get("center").get("label").asString()).isEqualTo("85293 Reichertshausen");
        assertThat(reichertshausen.get("center").get("lat").asDouble()).isBetween(48.4, 48.5);
    }

    @Test
    void retiredOffersDisappear() throws Exception {
        registry.retire(pfaffenhofen.id(), pfaffenhofen.version(), admin);

        assertThat(names(ok("/api/v1/offers?near=Wolnzach&tenant=" + county.slug()))).doesNotContain("Sozialstation Pfaffenhofen");
        assertThat(get("/api/v1/offers/" + pfaffenhofen.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void detailHasAllFields() throws Exception {
        JsonNode offer = ok("/api/v1/offers/" + wolnzach.id());

        assertThat(offer.get("name").asString()).isEqualTo("Tagespflege Wolnzach");
        assertThat(offer.get("address").get("ags").asString()).isEqualTo("09186162");
        assertThat(offer.get("capacity").get("tagespflege").asInt()).isEqualTo(10);
        assertThat(offer.get("location").get("precision").asString()).isEqualTo("PLACE");
        assertThat(offer.get("tenant").asString()).isEqualTo(county.slug());
        assertThat(offer.get("version").asLong()).isEqualTo(wolnzach.version());
        assertThat(offer.has("distanceKm")).isFalse();
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPointsInLonLatOrder() throws Exception {
        HttpResponse<String> response = get("/api/v1/offers.geojson?near=Wolnzach&type=tagespflege&tenant=" + county.slug());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(body.get("features").size()).isEqualTo(2);
        JsonNode first = body.get("features").get(0);
        assertThat(first.get("type").asString()).isEqualTo("Feature");
        assertThat(first.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(wolnzach.lon());
        assertThat(first.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(wolnzach.lat());
        assertThat(first.get("properties").get("name").asString()).isEqualTo("Tagespflege Wolnzach");
        assertThat(first.get("properties").get("distanceKm").asDouble()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/offers, near",
            "/api/v1/offers?near=Wolnzach&radiusKm=0, radiusKm",
            "/api/v1/offers?near=Wolnzach&radiusKm=-3, radiusKm",
            "/api/v1/offers?near=Wolnzach&radiusKm=200.5, radiusKm",
            "/api/v1/offers?near=Wolnzach&radiusKm=weit, radiusKm",
            "/api/v1/offers?near=Wolnzach&type=zauberei, type",
            "/api/v1/offers?near=Wolnzach&freePlaces=vielleicht, freePlaces",
            "/api/v1/offers?near=Wolnzach&tenant=atlantis, tenant",
            "/api/v1/offers?near=Wolnzach&limit=0, limit",
            "/api/v1/offers?near=1234, near",
            "/api/v1/offers?near=91.5%2C10, near",
            "/api/v1/offers?near=NaN%2C11.5, near",
            "/api/v1/offers?near=48.5%2CInfinity, near",
            "/api/v1/offers?near=Wolnzach&radiusKm=NaN, radiusKm",
            "/api/v1/offers?near=Wolnzach&radiusKm=Infinity, radiusKm",
            "/api/v1/offers.geojson?near=Wolnzach&radiusKm=500, radiusKm",
            "/api/v1/offers/zwei, id"})
    void badParametersAre400ProblemsNamingTheParameter(String path, String parameter) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/offers?near=Atlantis", "/api/v1/offers?near=99999", "/api/v1/offers?near=09999999",
            "/api/v1/offers.geojson?near=Atlantis", "/api/v1/offers/987654321"})
    void unknownPlacesAndOffersAre404Problems(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).isNotBlank();
    }

    @Test
    void theApiIsReadOnly() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/offers"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(403, 405);
    }

    private JsonNode ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> names(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.get("offers").forEach(o -> names.add(o.get("name").asString()));
        return names;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
