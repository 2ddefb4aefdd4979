package de.pflegeregion.directory.web;

import static de.pflegeregion.directory.web.SelfServiceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/**
 * Authorisation of every self-service endpoint: the list below must match what the application
 * actually serves under /anbieter, /verwaltung, /konto, /passwort-setzen and the API endpoints that
 * change data, so a new endpoint without a test fails here. Each is tried as the public, a
 * provider, another provider, the county's admin and another county's admin.
 */
@IntegrationTest
class SelfServiceAuthorizationIT {

    /** Who may use an endpoint: by role (provider area, administration), any account, the link's holder, a bearer token. */
    enum Area { PROVIDER, ADMIN, ACCOUNT, LINK, API }

    /**
     * An endpoint; {id} is provider A's offer, {account} provider A's account, {tokenId} one of
     * provider A's API tokens and {token} a password link for provider A.
     */
    record Endpoint(HttpMethod method, String pattern) {

        String path(SelfServiceFixture f) {
            return path(f, "0", "unbekannt");
        }

        String path(SelfServiceFixture f, String tokenId, String link) {
            return pattern.replace("{id}", String.valueOf(f.offerA.id())).replace("{account}", String.valueOf(f.providerA.id()))
                    .replace("{tokenId}", tokenId).replace("{token}", link);
        }

        boolean provider() {
            return area() == Area.PROVIDER;
        }

        /** Pages that need one role; the older checks below apply to these. */
        boolean byRole() {
            return area() == Area.PROVIDER || area() == Area.ADMIN;
        }

        Area area() {
            if (pattern.startsWith("/anbieter")) {
                return Area.PROVIDER;
            }
            if (pattern.startsWith("/verwaltung")) {
                return Area.ADMIN;
            }
            if (pattern.startsWith("/konto")) {
                return Area.ACCOUNT;
            }
            return pattern.startsWith("/passwort-setzen") ? Area.LINK : Area.API;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.GET, "/anbieter"),
            new Endpoint(HttpMethod.GET, "/anbieter/angebote/{id}/freie-plaetze"),
            new Endpoint(HttpMethod.POST, "/anbieter/angebote/{id}/freie-plaetze"),
            new Endpoint(HttpMethod.GET, "/anbieter/angebote/{id}"),
            new Endpoint(HttpMethod.POST, "/anbieter/angebote/{id}"),
            new Endpoint(HttpMethod.GET, "/verwaltung"),
            new Endpoint(HttpMethod.GET, "/verwaltung/angebote"),
            new Endpoint(HttpMethod.GET, "/verwaltung/angebote/neu"),
            new Endpoint(HttpMethod.POST, "/verwaltung/angebote/neu"),
            new Endpoint(HttpMethod.GET, "/verwaltung/angebote/{id}"),
            new Endpoint(HttpMethod.POST, "/verwaltung/angebote/{id}"),
            new Endpoint(HttpMethod.GET, "/verwaltung/angebote/{id}/beenden"),
            new Endpoint(HttpMethod.POST, "/verwaltung/angebote/{id}/beenden"),
            new Endpoint(HttpMethod.POST, "/verwaltung/angebote/{id}/wiederherstellen"),
            new Endpoint(HttpMethod.GET, "/verwaltung/konten"),
            new Endpoint(HttpMethod.GET, "/verwaltung/konten/neu"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/neu"),
            new Endpoint(HttpMethod.GET, "/verwaltung/konten/{account}"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/angebote"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/angebote/entfernen"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/passwort"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/passwort-link"),
            new Endpoint(HttpMethod.GET, "/verwaltung/konten/{account}/daten.json"),
            new Endpoint(HttpMethod.GET, "/verwaltung/konten/{account}/loeschen"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/loeschen"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/sperren"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/entsperren"),
            new Endpoint(HttpMethod.GET, "/verwaltung/import"),
            new Endpoint(HttpMethod.POST, "/verwaltung/import"),
            new Endpoint(HttpMethod.GET, "/verwaltung/export"),
            new Endpoint(HttpMethod.GET, "/verwaltung/export/angebote.csv"),
            new Endpoint(HttpMethod.GET, "/verwaltung/export/angebote.geojson"),
            new Endpoint(HttpMethod.GET, "/verwaltung/protokoll"),
            new Endpoint(HttpMethod.GET, "/konto"),
            new Endpoint(HttpMethod.POST, "/konto/passwort"),
            new Endpoint(HttpMethod.POST, "/konto/tokens"),
            new Endpoint(HttpMethod.POST, "/konto/tokens/{tokenId}/widerrufen"),
            new Endpoint(HttpMethod.GET, "/passwort-setzen/{token}"),
            new Endpoint(HttpMethod.POST, "/passwort-setzen/{token}"),
            new Endpoint(HttpMethod.POST, "/api/v1/auth/token"),
            new Endpoint(HttpMethod.PUT, "/api/v1/offers/{id}/free-places"));

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
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;
    @Autowired
    de.pflegeregion.platform.ApiTokens apiTokens;
    @Autowired
    de.pflegeregion.platform.PasswordResets passwordResets;

    MockMvc mvc;
    SelfServiceFixture f;

    @BeforeEach
    void setUp() {
        mvc = SelfServiceFixture.mockMvc(context);
        f = new SelfServiceFixture(tenants, accounts, registry);
    }

    @Test
    void theListCoversEveryServedEndpoint() {
        Set<String> served = requestMappingHandlerMapping.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/anbieter") || p.startsWith("/verwaltung") || p.startsWith("/konto")
                                || p.startsWith("/passwort-setzen") || p.startsWith("/api/v1/auth") || p.startsWith("/api/v1/offers"))
                        .flatMap(p -> info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + p)))
                // the offer search API is public and read-only
                .filter(endpoint -> !endpoint.startsWith("GET /api/"))
                .collect(Collectors.toSet());
        Set<String> tested = ENDPOINTS.stream().map(e -> e.method().name() + " " + e.pattern()
                .replace("{account}", "{id}")).collect(Collectors.toSet());
        assertThat(tested).isEqualTo(served);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (Endpoint e : ENDPOINTS.stream().filter(e -> e.byRole() || e.area() == Area.ACCOUNT).toList()) {
            MvcResult result = mvc.perform(call(e).with(csrf())).andReturn();
            assertThat(result.getResponse().getStatus()).as(e.toString()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(e.toString()).endsWith("/anmelden");
        }
    }

    @Test
    void providersMayNotUseTheAdministrationAndAdminsNotTheProviderArea() throws Exception {
        for (Endpoint e : ENDPOINTS.stream().filter(Endpoint::byRole).toList()) {
            Account wrongRole = e.provider() ? f.admin : f.providerA;
            int status = mvc.perform(call(e).with(as(wrongRole)).with(csrf())).andReturn().getResponse().getStatus();
            assertThat(status).as(e + " as " + wrongRole.roles()).isEqualTo(403);
        }
        assertUnchanged();
    }

    @Test
    void everyFormPostNeedsTheCsrfToken() throws Exception {
        for (Endpoint e : ENDPOINTS.stream().filter(e -> e.method() == HttpMethod.POST && e.byRole()).toList()) {
            Account rightRole = e.provider() ? f.providerA : f.admin;
            int status = mvc.perform(call(e).with(as(rightRole)).with(csrf().useInvalidToken())
                    .param("version", String.valueOf(f.offerA.version()))
                    .param("freePlaces[tagespflege]", "4").param("phone", "0")).andReturn().getResponse().getStatus();
            assertThat(status).as(e + " without CSRF token").isEqualTo(403);
            int withoutToken = mvc.perform(call(e).with(as(rightRole))).andReturn().getResponse().getStatus();
            assertThat(withoutToken).as(e + " with no token at all").isEqualTo(403);
        }
        assertUnchanged();
        assertThat(accounts.byId(f.providerA.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void adminOfAnotherCountyCannotTouchThisCountysOffersOrAccounts() throws Exception {
        for (Endpoint e : ENDPOINTS.stream().filter(e -> e.area() == Area.ADMIN && (e.pattern().contains("{id}") || e.pattern().contains("{account}"))).toList()) {
            int status = mvc.perform(call(e).with(as(f.otherAdmin)).with(csrf())
                    .param("version", String.valueOf(f.offerA.version())).param("name", "Übernommen")
                    .param("types", "tagespflege").param("offerId", String.valueOf(f.offerA.id()))
                    .param("password", "uebernommenes-Passwort")).andReturn().getResponse().getStatus();
            assertThat(status).as(e + " by the admin of another county").isEqualTo(403);
        }
        // assigning this county's offer to the other county's own provider is refused as well
        Account otherProvider = accounts.create("anbieter-fremd-" + f.otherCounty.slug(), SelfServiceFixture.PASSWORD,
                de.pflegeregion.platform.Role.PROVIDER, f.otherCounty.id(), "Fremd", "test");
        int status = mvc.perform(request(HttpMethod.POST, "/verwaltung/konten/" + otherProvider.id() + "/angebote")
                .with(as(f.otherAdmin)).with(csrf()).param("offerId", String.valueOf(f.offerA.id()))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(registry.offersOf(otherProvider)).isEmpty();
        assertUnchanged();
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(f.providerA.id()).query(String.class).single();
        assertThat(passwordEncoder.matches(SelfServiceFixture.PASSWORD, hash)).as("password unchanged").isTrue();
        assertThat(accounts.byId(f.providerA.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void providerCannotReachAnotherProvidersOfferThroughAnyProviderEndpoint() throws Exception {
        for (Endpoint e : ENDPOINTS.stream().filter(e -> e.provider() && e.pattern().contains("{id}")).toList()) {
            int status = mvc.perform(call(e).with(as(f.providerB)).with(csrf())
                    .param("version", String.valueOf(f.offerA.version()))
                    .param("freePlaces[tagespflege]", "7").param("phone", "0")).andReturn().getResponse().getStatus();
            assertThat(status).as(e + " by provider B on A's offer").isEqualTo(403);
        }
        assertUnchanged();
    }

    /** Expected answer per endpoint for: the public, provider A (owner), provider B, the county's admin, another county's admin. */
    static final Map<String, List<Integer>> ANSWERS = Map.of(
            "GET /konto", List.of(302, 200, 200, 200, 200),
            "POST /konto/passwort", List.of(302, 200, 200, 200, 200),
            "POST /konto/tokens", List.of(302, 200, 200, 200, 200),
            // only the owner may revoke; for everyone else the token does not exist
            "POST /konto/tokens/{tokenId}/widerrufen", List.of(302, 302, 404, 404, 404),
            // the link itself is the credential, whoever opens it
            "GET /passwort-setzen/{token}", List.of(200, 200, 200, 200, 200),
            "POST /passwort-setzen/{token}", List.of(200, 200, 200, 200, 200),
            "POST /api/v1/auth/token", List.of(401, 201, 201, 201, 201),
            "PUT /api/v1/offers/{id}/free-places", List.of(401, 200, 403, 200, 403));

    @Test
    void accountLinkAndApiEndpointsAnswerEveryRoleAsExpected() throws Exception {
        List<Endpoint> endpoints = ENDPOINTS.stream().filter(e -> !e.byRole()).toList();
        assertThat(endpoints.stream().map(e -> e.method().name() + " " + e.pattern()).toList())
                .containsExactlyInAnyOrderElementsOf(ANSWERS.keySet());
        // provider A last, so revoking its own token comes after everyone else tried
        List<Account> roles = java.util.Arrays.asList(null, f.providerB, f.admin, f.otherAdmin, f.providerA);
        List<Integer> column = List.of(0, 2, 3, 4, 1);
        for (Endpoint e : endpoints) {
            apiTokens.issue(f.providerA, "Matrix");
            String tokenId = String.valueOf(apiTokens.of(f.providerA).getFirst().id());
            String link = passwordResets.issue(f.providerA, f.admin).token();
            for (int i = 0; i < roles.size(); i++) {
                Account who = roles.get(i);
                int status = mvc.perform(call(e, who, tokenId, link)).andReturn().getResponse().getStatus();
                assertThat(status).as(e + " as " + (who == null ? "public" : who.username()))
                        .isEqualTo(ANSWERS.get(e.method().name() + " " + e.pattern()).get(column.get(i)));
            }
        }
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(f.providerA.id()).query(String.class).single();
        assertThat(passwordEncoder.matches(SelfServiceFixture.PASSWORD, hash)).as("password unchanged").isTrue();
    }

    @Test
    void accountAndLinkFormsNeedTheCsrfToken() throws Exception {
        apiTokens.issue(f.providerA, "Heimsoftware");
        String tokenId = String.valueOf(apiTokens.of(f.providerA).getFirst().id());
        for (Endpoint e : ENDPOINTS.stream().filter(e -> e.method() == HttpMethod.POST
                && (e.area() == Area.ACCOUNT || e.area() == Area.LINK)).toList()) {
            String link = passwordResets.issue(f.providerA, f.admin).token();
            MockHttpServletRequestBuilder request = request(e.method(), e.path(f, tokenId, link))
                    .param("currentPassword", SelfServiceFixture.PASSWORD).param("newPassword", "Uebernommen-Passwort-1")
                    .param("newPasswordRepeat", "Uebernommen-Passwort-1").param("password", "Uebernommen-Passwort-1")
                    .param("passwordRepeat", "Uebernommen-Passwort-1").param("label", "Fremd");
            int status = mvc.perform(e.area() == Area.ACCOUNT ? request.with(as(f.providerA)) : request).andReturn().getResponse().getStatus();
            assertThat(status).as(e + " without CSRF token").isEqualTo(403);
        }
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(f.providerA.id()).query(String.class).single();
        assertThat(passwordEncoder.matches(SelfServiceFixture.PASSWORD, hash)).as("password unchanged").isTrue();
        assertThat(apiTokens.of(f.providerA)).singleElement().satisfies(t -> assertThat(t.revoked()).isFalse());
    }

    /** One request as {@code who} (null: the public): a session user for pages, a bearer token or the login data for the API. */
    private MockHttpServletRequestBuilder call(Endpoint e, Account who, String tokenId, String link) {
        MockHttpServletRequestBuilder request = request(e.method(), e.path(f, tokenId, link));
        return switch (e.area()) {
            case API -> {
                if (e.pattern().equals("/api/v1/auth/token")) {
                    yield request.contentType(MediaType.APPLICATION_JSON).content("{\"username\": \""
                            + (who == null ? f.providerA.username() : who.username()) + "\", \"password\": \""
                            + (who == null ? "geraten" : SelfServiceFixture.PASSWORD) + "\"}");
                }
                if (who != null) {
                    request.header("Authorization", "Bearer " + apiTokens.issue(who, "Matrix").token());
                }
                yield request.contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"tagespflege\", \"places\": 1}");
            }
            case LINK -> request.with(csrf()).param("password", "kurz").param("passwordRepeat", "kurz");
            default -> {
                if (who != null) {
                    request.with(as(who));
                }
                yield request.with(csrf()).param("currentPassword", "falsch").param("newPassword", "Uebernommen-Passwort-1")
                        .param("newPasswordRepeat", "Uebernommen-Passwort-1").param("label", "Matrix");
            }
        };
    }

    private MockHttpServletRequestBuilder call(Endpoint e) {
        return request(e.method(), e.path(f));
    }

    @Test
    void adminOfAnotherCountyCannotTakeAnOfferAwayFromThisCountysProvider() throws Exception {
        int status = mvc.perform(request(HttpMethod.POST, "/verwaltung/konten/" + f.providerA.id() + "/angebote/entfernen")
                .with(as(f.otherAdmin)).with(csrf()).param("offerId", String.valueOf(f.offerA.id()))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(registry.offersOf(f.providerA)).extracting(Offer::id).containsExactly(f.offerA.id());
    }

    private void assertUnchanged() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE account_id = ?").param(f.providerA.id())
                .query(Integer.class).single()).as("no password link for provider A").isZero();
        Offer a = registry.find(f.offerA.id()).orElseThrow();
        assertThat(a.version()).isEqualTo(f.offerA.version());
        assertThat(a.retired()).isFalse();
        assertThat(a.freePlaces()).isEmpty();
        assertThat(a.phone()).isEqualTo(f.offerA.phone());
    }
}
