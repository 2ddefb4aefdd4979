package de.pflegeregion.directory.web;

import static de.pflegeregion.directory.web.SelfServiceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
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
 * actually serves under /anbieter and /verwaltung, so a new endpoint without a test fails here.
 */
@IntegrationTest
class SelfServiceAuthorizationIT {

    /** An endpoint; {id} is an offer of the tested county, {account} a provider account of it. */
    record Endpoint(HttpMethod method, String pattern) {

        String path(SelfServiceFixture f) {
            return pattern.replace("{id}", String.valueOf(f.offerA.id())).replace("{account}", String.valueOf(f.providerA.id()));
        }

        boolean provider() {
            return pattern.startsWith("/anbieter");
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
            new Endpoint(HttpMethod.GET, "/verwaltung/konten"),
            new Endpoint(HttpMethod.GET, "/verwaltung/konten/neu"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/neu"),
            new Endpoint(HttpMethod.GET, "/verwaltung/konten/{account}"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/angebote"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/angebote/entfernen"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/passwort"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/sperren"),
            new Endpoint(HttpMethod.POST, "/verwaltung/konten/{account}/entsperren"),
            new Endpoint(HttpMethod.GET, "/verwaltung/import"),
            new Endpoint(HttpMethod.POST, "/verwaltung/import"),
            new Endpoint(HttpMethod.GET, "/verwaltung/export"),
            new Endpoint(HttpMethod.GET, "/verwaltung/export/angebote.csv"),
            new Endpoint(HttpMethod.GET, "/verwaltung/export/angebote.geojson"),
            new Endpoint(HttpMethod.GET, "/verwaltung/protokoll"));

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
                        .filter(p -> p.startsWith("/anbieter") || p.startsWith("/verwaltung"))
                        .flatMap(p -> info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + p)))
                .collect(Collectors.toSet());
        Set<String> tested = ENDPOINTS.stream().map(e -> e.method().name() + " " + e.pattern()
                .replace("{account}", "{id}")).collect(Collectors.toSet());
        assertThat(tested).isEqualTo(served);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (Endpoint e : ENDPOINTS) {
            MvcResult result = mvc.perform(call(e).with(csrf())).andReturn();
            assertThat(result.getResponse().getStatus()).as(e.toString()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).as(e.toString()).endsWith("/anmelden");
        }
    }

    @Test
    void providersMayNotUseTheAdministrationAndAdminsNotTheProviderArea() throws Exception {
        for (Endpoint e : ENDPOINTS) {
            Account wrongRole = e.provider() ? f.admin : f.providerA;
            int status = mvc.perform(call(e).with(as(wrongRole)).with(csrf())).andReturn().getResponse().getStatus();
            assertThat(status).as(e + " as " + wrongRole.roles()).isEqualTo(403);
        }
        assertUnchanged();
    }

    @Test
    void everyFormPostNeedsTheCsrfToken() throws Exception {
        for (Endpoint e : ENDPOINTS.stream().filter(e -> e.method() == HttpMethod.POST).toList()) {
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
        for (Endpoint e : ENDPOINTS.stream().filter(e -> !e.provider() && (e.pattern().contains("{id}") || e.pattern().contains("{account}"))).toList()) {
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
        Offer a = registry.find(f.offerA.id()).orElseThrow();
        assertThat(a.version()).isEqualTo(f.offerA.version());
        assertThat(a.retired()).isFalse();
        assertThat(a.freePlaces()).isEmpty();
        assertThat(a.phone()).isEqualTo(f.offerA.phone());
    }
}
