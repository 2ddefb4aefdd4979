package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.PflegeregionApplication;
import de.pflegeregion.PostgresTestDatabase;
import de.pflegeregion.directory.internal.DemoData;

/**
 * Two application nodes on one PostgreSQL database behave as one: a form fetched from node A is
 * accepted by node B (the CSRF token lives in the shared session), and a login made on node B is
 * known to node A. Nothing of a session is held in a node's memory.
 */
@IntegrationTest
class SessionSharingIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int portA;

    @Autowired
    DemoData demoData;

    @BeforeAll
    static void startSecondNode() {
        nodeB = new SpringApplicationBuilder(PflegeregionApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + PostgresTestDatabase.url(),
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=");
    }

    @AfterAll
    static void stopSecondNode() {
        nodeB.close();
    }

    @Test
    void aSessionStartedOnOneNodeContinuesOnTheOther() throws Exception {
        demoData.ensureDemoCounties();
        int portB = Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        String loginForm = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/anmelden")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(loginForm);
        assertThat(token.find()).as("login form carries a CSRF token").isTrue();

        String form = "username=tagespflege-wolnzach&password=" + URLEncoder.encode(DemoData.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portB + "/anmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/anbieter"));

        HttpResponse<String> ownOffers = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/anbieter")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ownOffers.statusCode()).isEqualTo(200);
        assertThat(ownOffers.body()).contains("Haus der Generationen");
    }
}
