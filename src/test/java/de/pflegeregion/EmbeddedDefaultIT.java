package de.pflegeregion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The zero-configuration first run: with no database configured the application creates an H2
 * file database in its data folder, runs the same Flyway migrations as on PostgreSQL and is healthy.
 */
class EmbeddedDefaultIT {

    @TempDir
    Path dataDir;

    @Test
    void startsOnEmbeddedDatabaseAndMigrates() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PflegeregionApplication.class)
                .run("--pflegeregion.data-dir=" + dataDir, "--server.port=0")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select h2version()").query(String.class).single()).isNotBlank();
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                    .isPositive();
            assertThat(app.getBean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.UP);
            // the rate limits' bucket statement has an H2 form of its own (MERGE instead of ON CONFLICT)
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> search = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/offers?near=85276")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(jdbc.sql("select parts from rate_limit_bucket where bucket_key like 'search %'").query(Long.class).single())
                    .as("one request taken from a full bucket").isEqualTo(100_000L * 60_000 - 60_000);
        }
        assertThat(Files.exists(dataDir.resolve("pflegeregion.mv.db"))).isTrue();
    }
}
