package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.internal.DemoData;

/** The web shell on PostgreSQL: pages, headers, errors, health and sessions in the database. */
@IntegrationTest
class FoundationIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionRepository<?> sessions;

    @Autowired
    DemoData demoData;

    @Test
    void startPageIsGermanWithSkipLinkAndLegalLinks() throws Exception {
        HttpResponse<String> response = get("/", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<html lang=\"de\">")
                .contains("href=\"#inhalt\"")
                .contains("id=\"inhalt\"")
                .contains("Landkreis Musterland")
                .contains("href=\"/impressum\"", "href=\"/datenschutz\"", "href=\"/barrierefreiheit\"");
    }

    @Test
    void startPageLinksOnlyToPagesThatExist() throws Exception {
        String body = get("/", "text/html").body();
        for (String href : body.split("href=\"")) {
            String target = href.substring(0, href.indexOf('"'));
            if (target.startsWith("/") && !target.startsWith("//")) {
                assertThat(get(target, "text/html").statusCode()).as(target).isEqualTo(200);
            }
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/impressum", "/gibt-es-nicht", "/api/v1/ping"}) {
            HttpResponse<String> response = get(path, "*/*");
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        }
    }

    @Test
    void unknownPageGetsAGermanErrorPageWithoutStackTrace() throws Exception {
        HttpResponse<String> response = get("/gibt-es-nicht", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("Seite nicht gefunden").doesNotContain("Exception").doesNotContain("at de.");
    }

    @Test
    void unknownApiPathGetsProblemJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/gibt-es-nicht", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
    }

    @Test
    void wrongMethodOnApiGetsProblemJson() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/ping"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void withoutTheCountysOwnTileServerThereIsNoMap() throws Exception {
        demoData.ensureDemoCounties();
        HttpResponse<String> response = get("/angebote?near=Wolnzach&radiusKm=25", "text/html");
        assertThat(response.body()).contains("Haus der Generationen").doesNotContain("id=\"karte\"").doesNotContain("leaflet");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("img-src 'self' data:;"));
    }

    @Test
    void healthIsUpWithTheDatabase() throws Exception {
        HttpResponse<String> response = get("/actuator/health", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void everyMigrationOnTheClasspathRanOnPostgres() throws Exception {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        // SQL migrations and Java ones (V60 adds a PostgreSQL trigger and does nothing on H2)
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<String> files = Stream.concat(Stream.of(resolver.getResources("classpath:db/migration/V*__*.sql")),
                        Stream.of(resolver.getResources("classpath:db/migration/V*__*.class")))
                .map(resource -> resource.getFilename().substring(1, resource.getFilename().indexOf("__")).replace('_', '.'))
                .toList();
        assertThat(files).as("migration files").isNotEmpty();
        assertThat(jdbc.sql("select version from flyway_schema_history where success and version is not null")
                .query(String.class).list()).containsExactlyInAnyOrderElementsOf(files);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single()).isZero();
    }

    @Test
    void aSessionIsARowInTheDatabase() throws Exception {
        assertThat(sessions).isInstanceOf(JdbcIndexedSessionRepository.class);
        // the login form keeps its CSRF token in a new session
        HttpResponse<String> form = get("/anmelden", "text/html");
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + form.headers().map()));
        String sessionId = new String(Base64.getDecoder().decode(cookie.substring("SESSION=".length(), cookie.indexOf(';'))),
                StandardCharsets.UTF_8);
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(sessionId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
