package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

import de.pflegeregion.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published API description is complete: every /api/v1 endpoint the application serves (taken
 * from the handler mapping, so a new one cannot be forgotten) is in /v3/api-docs with its problem
 * answers and on the readable page /schnittstelle; both are public.
 */
@IntegrationTest
class ApiDescriptionIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    record Endpoint(String method, String path) {
    }

    @Test
    void everyApiEndpointIsDescribedWithItsProblemAnswers() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode api = json.readTree(response.body());
        assertThat(api.get("info").get("license").get("name").asString()).isEqualTo("EUPL-1.2");
        assertThat(api.get("info").get("contact").get("name").asString()).isEqualTo("Landkreis Musterland");
        assertThat(api.get("info").get("contact").get("email").asString()).contains("@");
        assertThat(api.at("/components/schemas/ProblemDetail/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "parameter");
        assertThat(api.get("paths").propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));

        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : apiEndpoints()) {
            JsonNode operation = api.path("paths").path(endpoint.path()).path(endpoint.method().toLowerCase());
            softly.assertThat(operation.isObject()).as(endpoint + " in /v3/api-docs").isTrue();
            JsonNode responses = operation.path("responses");
            softly.assertThat(problemSchema(responses, "500")).as(endpoint + " 500").isTrue();
            if (operation.has("requestBody")) {
                softly.assertThat(problemSchema(responses, "415")).as(endpoint + " 415").isTrue();
            }
            if (operation.has("requestBody") || !operation.path("parameters").isEmpty()) {
                softly.assertThat(problemSchema(responses, "400")).as(endpoint + " 400").isTrue();
            }
            if (endpoint.path().contains("{")) {
                softly.assertThat(problemSchema(responses, "404")).as(endpoint + " 404").isTrue();
            }
            if (!operation.path("security").isEmpty()) {
                softly.assertThat(problemSchema(responses, "401") && problemSchema(responses, "403")).as(endpoint + " 401/403").isTrue();
            }
        }
        softly.assertAll();
    }

    /**
     * Every operation says in one line what it does, and an operation that turns an anonymous caller away
     * with 401 declares the bearer token, so a program's author learns it from the description, not by trying.
     */
    @Test
    void everyOperationHasASummaryAndDeclaresTheTokenItNeeds() throws Exception {
        JsonNode api = json.readTree(get("/v3/api-docs").body());
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : apiEndpoints()) {
            JsonNode operation = api.path("paths").path(endpoint.path()).path(endpoint.method().toLowerCase());
            softly.assertThat(operation.path("summary").asString("")).as(endpoint + " summary").isNotBlank();
            String path = endpoint.path().replace("{kreisAgs}", "09186").replaceAll("\\{[^}]+}", "1");
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            if (anonymous.statusCode() == 401) {
                softly.assertThat(operation.path("security").toString()).as(endpoint + " answers 401, so declares bearer")
                        .contains("\"bearer\"");
            }
        }
        softly.assertAll();
    }

    @Test
    void thePageListsEveryApiEndpointAndIsLinkedFromTheFooter() throws Exception {
        HttpResponse<String> response = get("/schnittstelle");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(response.body());
        assertThat(page).contains("<h1 class=\"kern-heading-x-large\">Schnittstelle (API)</h1>").contains("href=\"/v3/api-docs\"")
                .contains("EUPL-1.2").contains("Inhalt der Anfrage");
        assertThat(apiEndpoints()).isNotEmpty().allSatisfy(endpoint ->
                assertThat(page).contains("<code>" + endpoint.method() + " " + endpoint.path() + "</code>"));
        assertThat(get("/").body()).contains("href=\"/schnittstelle\"");
    }

    private static boolean problemSchema(JsonNode responses, String status) {
        return responses.path(status).path("content").path("application/problem+json").path("schema").path("$ref")
                .asString("").equals("#/components/schemas/ProblemDetail");
    }

    private List<Endpoint> apiEndpoints() {
        return requestMappingHandlerMapping.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/v1/"))
                        .flatMap(path -> (info.getMethodsCondition().getMethods().isEmpty()
                                ? java.util.Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods()).stream()
                                .map(method -> new Endpoint(method.name(), path))))
                .distinct().toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
