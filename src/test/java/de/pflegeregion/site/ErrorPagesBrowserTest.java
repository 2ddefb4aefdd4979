package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import de.pflegeregion.PostgresTestDatabase;

/**
 * The two error pages a person meets through no fault of their own, in Chromium: a file above the upload
 * limit (here 16 kB) on the Pflegegrad form gets the German 413 page naming the limit, and the browser's
 * way back leads to the form again; with the database refusing connections a page gets the German 503
 * page. Both are checked with axe-core and shot at 1280 and 390 pixels.
 */
@TestPropertySource(properties = "pflegeregion.limits.upload-body=16KB")
class ErrorPagesBrowserTest extends BrowserTest {

    private static final String TOO_MANY_CONNECTIONS = "53300";

    @Test
    void aFileAboveTheUploadLimitGetsTheGerman413PageNamingTheLimit() {
        open("/pflegegrad");
        byte[] tooBig = ("{\"antworten\":\"" + "x".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        page.getByLabel("Datei mit Ihren Antworten").setInputFiles(new FilePayload("pflegegrad-antworten.json", "application/json", tooBig));
        Response answer = page.waitForResponse(r -> r.request().method().equals("POST") && r.url().endsWith("/pflegegrad/antworten"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antworten laden")).click());
        page.waitForLoadState();

        assertThat(answer.status()).isEqualTo(413);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
        assertThat(page.locator("h1").textContent()).isEqualTo("Inhalt zu groß");
        assertThat(page.locator("main").textContent())
                .contains("Bitte gehen Sie zurück")
                .contains("Hier sind höchstens 16 kB möglich.")
                .contains("Fehlercode 413")
                .doesNotContain("Exception");
        assertAccessible();
        screenshot("error-413-1280");
        usePhoneViewport();
        screenshot("error-413-390");
        assertNoThirdPartyRequests();

        page.goBack();
        assertThat(page.getByLabel("Datei mit Ihren Antworten").isVisible()).as("back on the form").isTrue();
    }

    @Test
    void withTheDatabaseUnreachableAPageGetsTheGerman503Page() {
        String database = PostgresTestDatabase.url().substring(PostgresTestDatabase.url().lastIndexOf('/') + 1);
        try {
            // what a stopped server looks like to the pool: its connections end and no new one is accepted
            onServer("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            onServer("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            Response answer = page.navigate(url("/massnahmen"));

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.headerValue("retry-after")).isEqualTo(ApiProblems.RETRY_AFTER_SECONDS);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
            assertThat(page.locator("h1").textContent()).isEqualTo("Die Seite ist gerade nicht erreichbar");
            assertThat(page.locator("main").textContent())
                    .contains("Das liegt nicht an Ihnen.")
                    .contains("in einer Minute noch einmal")
                    .contains("Fehlercode 503")
                    .doesNotContain("Exception").doesNotContain("JDBC").doesNotContain("Hikari");
            assertAccessible();
            screenshot("error-503-1280");
            usePhoneViewport();
            screenshot("error-503-390");
            assertNoThirdPartyRequests();
        } finally {
            onServer("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
        assertThat(page.navigate(url("/massnahmen")).status()).as("the pool reconnects once the database is back").isEqualTo(200);
    }

    /** Retried while the server is full: the pools of all cached contexts knock on the closed database at once. */
    private static void onServer(String sql) {
        await("statement on the server").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsMatching(e -> e instanceof SQLException full && TOO_MANY_CONNECTIONS.equals(full.getSQLState()))
                .until(() -> {
                    try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.urlOf("postgres"), PostgresTestDatabase.user(), "");
                         Statement statement = connection.createStatement()) {
                        statement.execute(sql);
                        return true;
                    }
                });
    }
}
