package de.pflegeregion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.PflegeregionApplication;
import de.pflegeregion.PostgresTestDatabase;

/**
 * The abuse limits with small values: the token endpoint, the login form and the offer search answer
 * 429 with Retry-After once an address has used its minute (problem+json on the API, a German page
 * otherwise); an X-Forwarded-For header does not make a new client unless a trusted proxy is configured;
 * a second node on the same database counts against the same limit; bodies above their kind's limit are
 * refused with 413 before anything reads them, or, sent chunked without a length, once they pass it.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "pflegeregion.limits.token-per-minute=2",
        "pflegeregion.limits.login-per-minute=2",
        "pflegeregion.limits.search-per-minute=3",
        "pflegeregion.limits.json-body=2KB",
        "pflegeregion.limits.form-body=4KB",
        "pflegeregion.limits.upload-body=16KB"})
class AbuseLimitsIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void theSearchAnswers429WithRetryAfterOnceTheMinuteIsUsedAndAForwardedForHeaderDoesNotHelp() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(get("/api/v1/offers?near=85276").build()).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> api = send(get("/api/v1/offers?near=85276").header("X-Forwarded-For", "203.0.113.9").build());
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Integer.parseInt(api.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 20);
        assertThat(api.body()).contains("\"status\":429", "Zu viele Anfragen", "Retry-After");

        HttpResponse<String> page = send(get("/angebote?ort=85276").header("Accept", "text/html").build());
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("lang=\"de\"", "Bitte kurz warten", "Sekunden noch einmal");

        assertThat(send(get("/api/v1/ping").build()).statusCode()).as("other endpoints are not limited").isEqualTo(200);
    }

    @Test
    void theTokenEndpointAnswers429ProblemJsonAfterTwoAttempts() throws Exception {
        HttpRequest attempt = json("/api/v1/auth/token", "{\"username\":\"niemand\",\"password\":\"falsch\"}");
        assertThat(send(attempt).statusCode()).isEqualTo(401);
        assertThat(send(attempt).statusCode()).isEqualTo(401);
        HttpResponse<String> refused = send(attempt);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theLoginFormAnswersAGermanPageAfterTwoAttempts() throws Exception {
        HttpRequest attempt = HttpRequest.newBuilder(uri("/anmelden")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("username=niemand&password=falsch")).build();
        assertThat(send(attempt).statusCode()).as("refused for its missing CSRF token, but counted").isIn(302, 403);
        assertThat(send(attempt).statusCode()).isIn(302, 403);
        HttpResponse<String> refused = send(attempt);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("lang=\"de\"", "Bitte kurz warten");
    }

    @Test
    void aSecondNodeOnTheSameDatabaseCountsAgainstTheSameLimit() throws Exception {
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(PflegeregionApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + PostgresTestDatabase.url(),
                "--spring.datasource.username=" + PostgresTestDatabase.user(), "--spring.datasource.password=",
                "--pflegeregion.limits.token-per-minute=2", "--pflegeregion.limits.search-per-minute=3")) {
            int otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            // a client of its own address, so the other tests' use of the limits does not count
            HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
            int[] nodes = {port, otherPort, port};
            for (int node : nodes) {
                assertThat(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node + "/api/v1/offers?near=85276")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).as("search on node %d", node).isEqualTo(200);
            }
            for (int node : new int[]{otherPort, port}) {
                HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node + "/api/v1/offers?near=85276"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(refused.statusCode()).as("fourth search of the minute, on node %d (per node it would be the second)", node).isEqualTo(429);
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }
            HttpRequest.Builder attempt = HttpRequest.newBuilder().header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"niemand\",\"password\":\"falsch\"}"));
            assertThat(client.send(attempt.uri(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            assertThat(client.send(attempt.uri(URI.create("http://127.0.0.1:" + otherPort + "/api/v1/auth/token")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            assertThat(client.send(attempt.uri(URI.create("http://127.0.0.1:" + otherPort + "/api/v1/auth/token")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("third token request, two nodes").isEqualTo(429);
        }
    }

    @Test
    void chunkedBodiesWithoutALengthAreCountedAndRefusedWith413OnceAboveTheLimit() throws Exception {
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> json = http11.send(chunked("/api/v1/assessment", "application/json", "{\"notiz\":\"" + "x".repeat(30_000) + "\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.body()).contains("\"status\":413", "zu groß");
        assertThat(http11.send(chunked("/api/v1/assessment", "application/json", "{}"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("a small chunked body still reaches the endpoint").isNotEqualTo(413);

        HttpResponse<String> form = http11.send(HttpRequest.newBuilder(uri("/leistungen/monatsplan")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream("pflegegrad=3&notiz=" + "x".repeat(5_000)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(413);
        assertThat(form.body()).contains("lang=\"de\"", "Inhalt zu groß");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH", "DELETE", "POST"})
    void chunkedFormBodiesAreRefusedWith413WhateverTheMethod(String method) throws Exception {
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String tooBig = "pflegegrad=3&notiz=" + "x".repeat(5_000);

        HttpResponse<String> page = http11.send(HttpRequest.newBuilder(uri("/leistungen/monatsplan")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> stream(tooBig))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("lang=\"de\"", "Inhalt zu groß", "Hier sind höchstens <strong>4 kB</strong>");

        HttpResponse<String> api = http11.send(HttpRequest.newBuilder(uri("/api/v1/offers/1/free-places")).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> stream(tooBig))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.body()).contains("\"status\":413", "zu groß", "höchstens 4 kB");

        HttpResponse<String> small = http11.send(HttpRequest.newBuilder(uri("/api/v1/offers/1/free-places")).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> stream("frei=1"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).as("a small chunked form is not refused for its size").isNotEqualTo(413);
    }

    private HttpRequest chunked(String path, String contentType, String body) {
        // a body publisher of unknown length: the client sends Transfer-Encoding: chunked, no Content-Length
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream(body))).build();
    }

    private static InputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bodiesAboveTheirKindsLimitAreRefusedWith413() throws Exception {
        HttpResponse<String> json = send(json("/api/v1/assessment", "{\"notiz\":\"" + "x".repeat(3_000) + "\"}"));
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.body()).contains("\"status\":413", "zu groß", "höchstens");
        assertThat(send(json("/api/v1/assessment", "{}")).statusCode()).as("a small body still reaches the endpoint").isNotEqualTo(413);

        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/leistungen/monatsplan")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("pflegegrad=3&notiz=" + "x".repeat(5_000))).build());
        assertThat(form.statusCode()).isEqualTo(413);
        assertThat(form.body()).contains("lang=\"de\"", "Inhalt zu groß", "Hier sind höchstens");

        String boundary = "grenze";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"datei\"; filename=\"a.json\"\r\n\r\n"
                + "{}".repeat(10_000) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> upload = send(HttpRequest.newBuilder(uri("/pflegegrad/antworten")).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build());
        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(upload.body()).contains("lang=\"de\"", "kleinere Datei");
    }

    @Test
    void aRefusedBodyOfTensOfMegabytesIsReadToTheEndSoTheClientCanFinishSendingAndReadTheAnswer() throws Exception {
        // Tomcat reads at most max-swallow-size of a body nobody read; past it, it closes the connection with bytes
        // unread, the client's further writes fail and a client such as Java's HttpClient then drops the 413 it was
        // sent. 40 MB lies above Tomcat's default (2 MB) plus what loopback buffers hold (tcp_rmem max 32 MB here).
        byte[] body = ("{\"notiz\":\"" + "x".repeat(40 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/assessment HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("\"status\":413", "zu groß");
        }
    }

    private HttpRequest json(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
