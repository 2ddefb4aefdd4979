package de.pflegeregion;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One freshly created PostgreSQL database per test JVM on 127.0.0.1:5432, dropped when the JVM
 * ends, so test runs never see each other's data. Override the server with PFLEGEREGION_TEST_PG
 * (a JDBC URL without database name, e.g. jdbc:postgresql://db:5432/).
 */
public final class PostgresTestDatabase {

    private static final String SERVER = System.getenv().getOrDefault("PFLEGEREGION_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getenv().getOrDefault("PFLEGEREGION_TEST_PG_USER", "postgres");
    private static volatile String url;

    private PostgresTestDatabase() {
    }

    /** JDBC URL of this JVM's test database; created on first use. */
    public static synchronized String url() {
        if (url == null) {
            String name = "pflegeregion_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            execute("CREATE DATABASE " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
            url = SERVER + name;
        }
        return url;
    }

    public static String user() {
        return USER;
    }

    /** Creates an extra empty database for a test that needs one of its own; the caller drops it. */
    public static String createEmpty(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        return name;
    }

    public static String urlOf(String database) {
        return SERVER + database;
    }

    public static void drop(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for the integration tests: " + e.getMessage(), e);
        }
    }

    /** Points a Spring test context at this JVM's PostgreSQL test database. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.datasource.url=" + url(),
                    "spring.datasource.username=" + USER,
                    "spring.datasource.password=",
                    // the suite caches many contexts on one server: each keeps one idle connection, not ten,
                    // so they never fill max_connections together (CI failed with "too many clients")
                    "spring.datasource.hikari.minimum-idle=1",
                    "spring.datasource.hikari.idle-timeout=10000").applyTo(context);
        }
    }
}
