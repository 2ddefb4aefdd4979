package de.pflegeregion.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import de.pflegeregion.IntegrationTest;

/**
 * The abuse limits with small values: the token endpoint, the login form and the offer search answer
 * 429 with Retry-After once an address has used its minute (problem+json on the API, a German page
 * otherwise); an X-Forwarded-For header does not make a new client unless a trusted proxy is configured;
 * bodies above their kind's limit are refused with 413 before anything reads them.
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
    void bodiesAboveTheirKindsLimitAreRefusedWith413() throws Exception {
        HttpResponse<String> json = send(json("/api/v1/assessment", "{\"notiz\":\"" + "x".repeat(3_000) + "\"}"));
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.body()).contains("\"status\":413", "zu groß");
        assertThat(send(json("/api/v1/assessment", "{}")).statusCode()).as("a small body still reaches the endpoint").isNotEqualTo(413);

        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/leistungen/monatsplan")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("pflegegrad=3&notiz=" + "x".repeat(5_000))).build());
        assertThat(form.statusCode()).isEqualTo(413);
        assertThat(form.body()).contains("lang=\"de\"", "Inhalt zu groß");

        String boundary = "grenze";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"datei\"; filename=\"a.json\"\r\n\r\n"
                + "{}".repeat(10_000) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> upload = send(HttpRequest.newBuilder(uri("/pflegegrad/antworten")).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build());
        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(upload.body()).contains("lang=\"de\"", "kleinere Datei");
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
