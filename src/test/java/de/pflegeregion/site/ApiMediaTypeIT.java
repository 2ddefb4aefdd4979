package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.ApiTokens;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * Every body-taking endpoint of the API answers a body it cannot read (a form upload, plain text, XML,
 * or no Content-Type at all) with 415 problem+json. The endpoints are taken from the handler mapping,
 * so a new endpoint is checked without being listed here. Every request carries the bearer token of an
 * account holding every role, so endpoints behind a login are checked too, not stopped at 401; a media
 * type an endpoint declares it consumes is not a wrong one there, and an endpoint that reads the raw body as a
 * file (population and quota uploads take the file as it is) has no wrong media type; their own ITs check them.
 */
@IntegrationTest
class ApiMediaTypeIT {

    private static final String BOUNDARY = "grenze7MA4YWxkTrZu0gW";
    private static final Map<String, String> WRONG_BODIES = Map.of(
            "multipart/form-data; boundary=" + BOUNDARY, "--" + BOUNDARY + "\r\n"
                    + "Content-Disposition: form-data; name=\"pflegegrad\"\r\n\r\n3\r\n"
                    + "--" + BOUNDARY + "\r\n"
                    + "Content-Disposition: form-data; name=\"datei\"; filename=\"a.json\"\r\n"
                    + "Content-Type: application/json\r\n\r\n{}\r\n"
                    + "--" + BOUNDARY + "--\r\n",
            "multipart/form-data", "{\"pflegegrad\": 3}",
            "multipart/form-data; boundary=nicht-im-inhalt", "{\"pflegegrad\": 3}",
            "text/plain", "pflegegrad=3",
            "application/xml", "<anfrage><pflegegrad>3</pflegegrad></anfrage>",
            "application/x-www-form-urlencoded", "pflegegrad=3");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;

    @Autowired
    Tenants tenants;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens apiTokens;

    @Test
    void everyApiEndpointWithABodyAnswersAWrongMediaTypeWith415ProblemJson() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tenant county = tenants.create("medien-" + suffix, "Landkreis Medien " + suffix, "09186");
        Account everyRole = accounts.create("alle-rollen-" + suffix, "Medientest-2026-geheim", Set.of(Role.values()),
                county.id(), "Alle Rollen", "test");
        String bearer = "Bearer " + apiTokens.issue(everyRole, "Medientest").token();
        List<Endpoint> endpoints = bodyEndpoints(county.kreisAgs());
        assertThat(endpoints).as("POST/PUT endpoints under /api/v1").isNotEmpty();
        assertThat(endpoints).as("endpoints behind a login are walked too")
                .anyMatch(e -> e.path().endsWith("/free-places")).anyMatch(e -> e.path().startsWith("/api/v1/planning/"))
                .anyMatch(e -> e.path().contains("/scenarios"));
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpoints) {
            for (Map.Entry<String, String> wrong : WRONG_BODIES.entrySet()) {
                if (endpoint.consumes(MediaType.parseMediaType(wrong.getKey()))) {
                    continue;
                }
                assertUnsupported(endpoint, HttpRequest.newBuilder(uri(endpoint.path())).header("Authorization", bearer)
                        .header("Content-Type", wrong.getKey())
                        .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(wrong.getValue())), wrong.getKey(), softly);
            }
            if (endpoint.consumes().isEmpty() || endpoint.consumes(MediaType.APPLICATION_JSON)) {
                assertUnsupported(endpoint, HttpRequest.newBuilder(uri(endpoint.path())).header("Authorization", bearer)
                        .method(endpoint.method(), HttpRequest.BodyPublishers.ofString("{\"pflegegrad\": 3}")), "no Content-Type", softly);
            }
        }
        softly.assertAll();
    }

    private void assertUnsupported(Endpoint endpoint, HttpRequest.Builder request, String what, SoftAssertions softly) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String description = endpoint.method() + " " + endpoint.path() + " with " + what + ": " + response.body();
        softly.assertThat(response.statusCode()).as(description).isEqualTo(415);
        softly.assertThat(response.headers().firstValue("Content-Type")).as(description).hasValue("application/problem+json");
        softly.assertThat(response.body()).as(description).contains("\"status\":415").contains("application/json")
                .doesNotContain("Exception");
    }

    /** Each POST and PUT mapping under /api/v1, path variables filled: the test county's AGS, 1 for any id. */
    private List<Endpoint> bodyEndpoints(String kreisAgs) {
        return requestMappingHandlerMapping.getHandlerMethods().entrySet().stream()
                .filter(mapping -> !readsRawFile(mapping.getValue()))
                .map(Map.Entry::getKey)
                .flatMap(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/v1/"))
                        .flatMap(path -> info.getMethodsCondition().getMethods().stream()
                                .filter(method -> method == RequestMethod.POST || method == RequestMethod.PUT)
                                .map(method -> new Endpoint(method.name(),
                                        path.replace("{kreisAgs}", kreisAgs).replaceAll("\\{[^}]+}", "1"),
                                        info.getConsumesCondition().getConsumableMediaTypes()))))
                .toList();
    }

    private static boolean readsRawFile(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> InputStream.class.isAssignableFrom(p.getParameterType()) || Reader.class.isAssignableFrom(p.getParameterType()));
    }

    private record Endpoint(String method, String path, Set<MediaType> consumes) {

        boolean consumes(MediaType type) {
            return consumes.stream().anyMatch(declared -> declared.includes(type));
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
