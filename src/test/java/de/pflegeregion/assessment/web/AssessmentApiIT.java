package de.pflegeregion.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.pflegeregion.IntegrationTest;

/** POST /api/v1/assessment in the whole application: security, JSON and problem+json end to end. */
@IntegrationTest
class AssessmentApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/assessment"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void scoresWithoutSessionOrCsrfToken() throws Exception {
        HttpResponse<String> response = post("{\"answers\": {\"4.1\": 3, \"1.5\": 2}}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body()).contains("\"totalPoints\":12.5").contains("\"pflegegrad\":1")
                .contains("{\"module\":1,\"title\":\"Mobilität\",\"rawPoints\":2,\"weightedPoints\":2.5,\"counted\":true}");
    }

    @Test
    void badInputIsProblemJsonNamingTheField() throws Exception {
        for (String[] bad : new String[][] {
                {"{\"answers\": {\"1.1\": 5}}", "answers.1.1"},
                {"{\"answers\": {\"5.13\": {\"perWeek\": -1}}}", "answers.5.13.perWeek"},
                {"{\"answers\": {\"X\": 1}}", "answers.X"},
                {"{\"ageMonths\": true}", "ageMonths"},
                {"{", "body"}}) {
            HttpResponse<String> response = post(bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).as(bad[0]).contains("\"parameter\":\"" + bad[1] + "\"");
        }
    }
}
