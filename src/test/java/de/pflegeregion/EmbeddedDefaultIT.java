package de.pflegeregion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
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
    void startsOnEmbeddedDatabaseAndMigrates() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PflegeregionApplication.class)
                .run("--pflegeregion.data-dir=" + dataDir, "--server.port=0")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select h2version()").query(String.class).single()).isNotBlank();
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                    .isPositive();
            assertThat(app.getBean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.UP);
        }
        assertThat(Files.exists(dataDir.resolve("pflegeregion.mv.db"))).isTrue();
    }
}
