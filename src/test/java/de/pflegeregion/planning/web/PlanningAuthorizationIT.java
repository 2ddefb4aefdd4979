package de.pflegeregion.planning.web;

import static de.pflegeregion.planning.web.PlanningFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/**
 * Authorisation of every planning endpoint: the list must match what the application serves under
 * /api/v1/planning and /planung (besides the site's hub /planung and the public report), so a new
 * endpoint without a test fails here.
 */
@IntegrationTest
class PlanningAuthorizationIT {

    record Endpoint(HttpMethod method, String pattern) {

        String path() {
            return pattern.replace("{kreisAgs}", "09186").replace("{id}", "1").replace("{code}", "variante-x");
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.POST, "/api/v1/planning/{kreisAgs}/population"),
            new Endpoint(HttpMethod.PUT, "/api/v1/planning/{kreisAgs}/quotas"),
            new Endpoint(HttpMethod.GET, "/api/v1/planning/{kreisAgs}/settings"),
            new Endpoint(HttpMethod.PUT, "/api/v1/planning/{kreisAgs}/settings"),
            new Endpoint(HttpMethod.GET, "/api/v1/planning/{kreisAgs}/forecast"),
            new Endpoint(HttpMethod.GET, "/api/v1/planning/{kreisAgs}/forecast.csv"),
            new Endpoint(HttpMethod.GET, "/api/v1/planning/{kreisAgs}/forecast.xlsx"),
            new Endpoint(HttpMethod.GET, "/api/v1/planning/{kreisAgs}/bestand"),
            new Endpoint(HttpMethod.GET, "/api/v1/planning/{kreisAgs}/scenarios"),
            new Endpoint(HttpMethod.POST, "/api/v1/planning/{kreisAgs}/scenarios"),
            new Endpoint(HttpMethod.PUT, "/api/v1/planning/{kreisAgs}/scenarios/{code}"),
            new Endpoint(HttpMethod.DELETE, "/api/v1/planning/{kreisAgs}/scenarios/{code}"),
            new Endpoint(HttpMethod.GET, "/planung/daten"),
            new Endpoint(HttpMethod.POST, "/planung/daten/bevoelkerung"),
            new Endpoint(HttpMethod.POST, "/planung/daten/quoten"),
            new Endpoint(HttpMethod.POST, "/planung/daten/landesvorausberechnung"),
            new Endpoint(HttpMethod.POST, "/planung/daten/fahrzeiten"),
            new Endpoint(HttpMethod.GET, "/planung/daten/import/{id}"),
            new Endpoint(HttpMethod.GET, "/planung/einstellungen"),
            new Endpoint(HttpMethod.POST, "/planung/einstellungen"),
            new Endpoint(HttpMethod.GET, "/planung/prognose"),
            new Endpoint(HttpMethod.GET, "/planung/szenarien"),
            new Endpoint(HttpMethod.GET, "/planung/szenarien/neu"),
            new Endpoint(HttpMethod.POST, "/planung/szenarien"),
            new Endpoint(HttpMethod.GET, "/planung/szenarien/{code}/bearbeiten"),
            new Endpoint(HttpMethod.POST, "/planung/szenarien/{code}"),
            new Endpoint(HttpMethod.GET, "/planung/szenarien/{code}/loeschen"),
            new Endpoint(HttpMethod.POST, "/planung/szenarien/{code}/loeschen"),
            new Endpoint(HttpMethod.GET, "/planung/bestand"),
            new Endpoint(HttpMethod.GET, "/planung/erreichbarkeit"),
            new Endpoint(HttpMethod.GET, "/planung/pflegebericht.pdf"),
            new Endpoint(HttpMethod.POST, "/planung/pflegebericht/veroeffentlichen"));

    @Autowired
    WebApplicationContext context;
    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    de.pflegeregion.platform.ApiTokens apiTokens;

    MockMvc mvc;
    PlanningFixture f;

    @BeforeEach
    void setUp() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new PlanningFixture(tenants, accounts, registry);
    }

    @Test
    void theListCoversEveryServedPlanningEndpoint() {
        Set<String> served = requestMappingHandlerMapping.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/v1/planning") || p.startsWith("/planung/") && !p.startsWith("/planung/bericht"))
                        .flatMap(p -> info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + p)))
                .collect(Collectors.toSet());
        assertThat(ENDPOINTS.stream().map(e -> e.method().name() + " " + e.pattern()).collect(Collectors.toSet())).isEqualTo(served);
    }

    @Test
    void withoutLoginTheApiAnswers401ProblemJsonAndPagesSendToTheLogin() throws Exception {
        for (Endpoint e : ENDPOINTS) {
            MvcResult result = mvc.perform(call(e).with(csrf())).andReturn();
            if (e.api()) {
                assertThat(result.getResponse().getStatus()).as(e.toString()).isEqualTo(401);
                assertThat(result.getResponse().getContentType()).as(e.toString()).startsWith("application/problem+json");
            } else {
                assertThat(result.getResponse().getStatus()).as(e.toString()).isEqualTo(302);
                assertThat(result.getResponse().getRedirectedUrl()).as(e.toString()).endsWith("/anmelden");
            }
        }
    }

    @Test
    void providersMayNotPlan() throws Exception {
        for (Endpoint e : ENDPOINTS) {
            assertThat(status(call(e).with(as(f.provider)).with(csrf()))).as(e.toString()).isEqualTo(403);
        }
    }

    @Test
    void aPlannerOfAnotherCountyFindsNothing() throws Exception {
        for (Endpoint e : ENDPOINTS.stream().filter(Endpoint::api).toList()) {
            assertThat(status(call(e).with(as(f.kielPlanner)).with(csrf()).param("kind", "bestand").param("year", "2030")
                    .param("source", "x").param("referenceDate", "2023-12-31").contentType("application/json").content("{}")))
                    .as(e.toString()).isEqualTo(404);
        }
    }

    @Test
    void plannersAndCountyAdminsOfTheCountyGetIn() throws Exception {
        for (Account account : List.of(f.planner, f.admin)) {
            for (Endpoint e : ENDPOINTS.stream().filter(e -> e.method() == HttpMethod.GET && !e.pattern().endsWith(".pdf")
                    // one import's status page is the county's own job only: PlanningImportProgressIT; a variant's pages
                    // exist only for a saved variant: ScenarioVariantsIT
                    && !e.pattern().contains("{id}") && !e.pattern().contains("{code}")).toList()) {
                int status = status(call(e).with(as(account)).param("year", "2023"));
                assertThat(status).as(e + " as " + account.roles()).isNotIn(401, 403, 404, 500);
            }
        }
    }

    @Test
    void everyPlanningFormPostNeedsTheCsrfToken() throws Exception {
        for (Endpoint e : ENDPOINTS.stream().filter(e -> !e.api() && e.method() == HttpMethod.POST).toList()) {
            assertThat(status(call(e).with(as(f.planner)).with(csrf().useInvalidToken()))).as(e.toString()).isEqualTo(403);
        }
    }

    @Test
    void thePublishedReportListIsPublic() throws Exception {
        assertThat(status(get("/planung/bericht"))).isEqualTo(200);
        assertThat(status(get("/planung/bericht/gibt-es-nicht.pdf"))).isEqualTo(404);
    }

    @Test
    void aPlannerLoggedInWithTheFormUsesTheApiWithTheSession() throws Exception {
        MvcResult login = mvc.perform(formLogin("/anmelden").user(f.planner.username()).password(PlanningFixture.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(status(get("/api/v1/planning/09186/settings").session(session))).isEqualTo(200);
        assertThat(status(get("/api/v1/planning/01002/settings").session(session))).isEqualTo(404);
    }

    @Test
    void aBearerTokenIsRefusedInTheVeryNextRequestOnceRevokedOrItsAccountDisabled() throws Exception {
        String forecast = "/api/v1/planning/09186/settings";
        String revoked = apiTokens.issue(f.planner, "test").token();
        assertThat(status(get(forecast).header("Authorization", "Bearer " + revoked))).as("before revoking").isEqualTo(200);
        apiTokens.revoke(apiTokens.of(f.planner).getFirst().id(), f.planner);
        assertThat(status(get(forecast).header("Authorization", "Bearer " + revoked))).as("revoked").isEqualTo(401);

        String disabled = apiTokens.issue(f.admin, "test").token();
        assertThat(status(get(forecast).header("Authorization", "Bearer " + disabled))).as("before disabling").isEqualTo(200);
        accounts.setEnabled(f.admin.id(), false, "test");
        assertThat(status(get(forecast).header("Authorization", "Bearer " + disabled))).as("account disabled").isEqualTo(401);
    }

    private MockHttpServletRequestBuilder call(Endpoint e) {
        return request(e.method(), e.path());
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
