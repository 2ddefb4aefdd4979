package de.pflegeregion.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.ApiToken;
import de.pflegeregion.platform.ApiTokens;
import de.pflegeregion.platform.AuditEntry;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The provider API on PostgreSQL: token from the login data, then a daily free places report. */
@IntegrationTest
class FreePlacesApiIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    MockMvc mvc;
    SelfServiceFixture f;

    @BeforeEach
    void setUp() {
        mvc = SelfServiceFixture.mockMvc(context);
        f = new SelfServiceFixture(tenants, accounts, registry);
    }

    MockHttpServletResponse tokenRequest(String username, String password, String ip) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .with(request -> {
                    request.setRemoteAddr(ip);
                    return request;
                })
                .content(json.writeValueAsString(java.util.Map.of("username", username, "password", password))))
                .andReturn().getResponse();
    }

    String token(Account account) throws Exception {
        MockHttpServletResponse response = tokenRequest(account.username(), SelfServiceFixture.PASSWORD, "10.9.0.1");
        assertThat(response.getStatus()).isEqualTo(201);
        return json.readTree(response.getContentAsString()).get("token").asString();
    }

    MockHttpServletResponse report(Offer offer, String token, String body) throws Exception {
        var request = put("/api/v1/offers/" + offer.id() + "/free-places").contentType(MediaType.APPLICATION_JSON).content(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    JsonNode problem(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return json.readTree(response.getContentAsString());
    }

    @Test
    void tokenIsRandomStoredAsItsHashAndExpiresAfterThirtyDays() throws Exception {
        Instant before = Instant.now();
        MockHttpServletResponse response = tokenRequest(f.providerA.username(), SelfServiceFixture.PASSWORD, "10.9.0.2");
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Set-Cookie")).as("stateless").isNull();
        JsonNode body = json.readTree(response.getContentAsString());
        String token = body.get("token").asString();
        assertThat(token).hasSize(43);
        assertThat(Duration.between(before.plus(Duration.ofDays(30)), Instant.parse(body.get("expiresAt").asString())).abs())
                .isLessThan(Duration.ofMinutes(1));
        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE account_id = ?").param(f.providerA.id()).query(String.class).single();
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .doesNotContain(token);
        assertThat(token(f.providerA)).as("a second token is another one").isNotEqualTo(token);
    }

    @Test
    void providerReportsWithItsTokenAuditedLikeTheForm() throws Exception {
        String token = token(f.providerA);
        MockHttpServletResponse response = report(f.offerA, token, "{\"type\": \"tagespflege\", \"places\": 2}");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Set-Cookie")).as("no session for the API").isNull();
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.get("places").asInt()).isEqualTo(2);
        assertThat(body.get("reportedBy").asString()).isEqualTo(f.providerA.username());
        Offer after = registry.find(f.offerA.id()).orElseThrow();
        assertThat(after.freePlaces().get("tagespflege").count()).isEqualTo(2);
        assertThat(after.freePlaces().get("tagespflege").reportedBy()).isEqualTo(f.providerA.username());
        AuditEntry last = auditLog.forSubject("offer", String.valueOf(f.offerA.id())).getLast();
        assertThat(last.action()).isEqualTo("offer.free-places-reported");
        assertThat(last.actor()).isEqualTo(f.providerA.username());
    }

    @Test
    void theCountysAdminMayReportToo() throws Exception {
        assertThat(report(f.offerA, token(f.admin), "{\"type\": \"tagespflege\", \"places\": 0}").getStatus()).isEqualTo(200);
        assertThat(registry.find(f.offerA.id()).orElseThrow().freePlaces().get("tagespflege").reportedBy()).isEqualTo(f.admin.username());
    }

    @Test
    void anotherProviderAndAnotherCountysAdminAreRefused() throws Exception {
        for (Account stranger : new Account[] {f.providerB, f.otherAdmin}) {
            MockHttpServletResponse response = report(f.offerA, token(stranger), "{\"type\": \"tagespflege\", \"places\": 3}");
            assertThat(response.getStatus()).as(stranger.username()).isEqualTo(403);
            assertThat(problem(response).get("status").asInt()).isEqualTo(403);
        }
        assertThat(registry.find(f.offerA.id()).orElseThrow().freePlaces()).isEmpty();
    }

    @Test
    void unknownOfferIs404() throws Exception {
        MockHttpServletResponse response = mvc.perform(put("/api/v1/offers/987654321/free-places")
                .header("Authorization", "Bearer " + token(f.admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"tagespflege\", \"places\": 1}")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(problem(response).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void morePlacesThanTheCapacityOrAWrongNumberNamesPlaces() throws Exception {
        String token = token(f.providerA);
        // offer A has 20 Tagespflege places
        for (String body : new String[] {"{\"type\": \"tagespflege\", \"places\": 21}", "{\"type\": \"tagespflege\", \"places\": -1}",
                "{\"type\": \"tagespflege\"}", "{\"type\": \"tagespflege\", \"places\": \"zwei\"}"}) {
            MockHttpServletResponse response = report(f.offerA, token, body);
            assertThat(response.getStatus()).as(body).isEqualTo(400);
            assertThat(problem(response).get("parameter").asString()).as(body).isEqualTo("places");
        }
        assertThat(report(f.offerA, token, "{\"type\": \"tagespflege\", \"places\": 20}").getStatus()).as("exactly the capacity").isEqualTo(200);
    }

    @Test
    void unknownTypeOrATypeWithoutPlacesNamesType() throws Exception {
        String token = token(f.providerA);
        for (String body : new String[] {"{\"type\": \"raumstation\", \"places\": 1}", "{\"type\": \"kurzzeitpflege\", \"places\": 1}",
                "{\"places\": 1}"}) {
            MockHttpServletResponse response = report(f.offerA, token, body);
            assertThat(response.getStatus()).as(body).isEqualTo(400);
            assertThat(problem(response).get("parameter").asString()).as(body).isEqualTo("type");
        }
    }

    @Test
    void missingInvalidExpiredOrRevokedTokenIs401WithWwwAuthenticate() throws Exception {
        String body = "{\"type\": \"tagespflege\", \"places\": 1}";
        MockHttpServletResponse none = report(f.offerA, null, body);
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(problem(none).get("status").asInt()).isEqualTo(401);

        MockHttpServletResponse invalid = report(f.offerA, "erfunden", body);
        assertThat(invalid.getStatus()).isEqualTo(401);
        assertThat(invalid.getHeader("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
        assertThat(problem(invalid).get("detail").asString()).contains("abgelaufen");

        String expired = token(f.providerA);
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE account_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), f.providerA.id()).update();
        assertThat(report(f.offerA, expired, body).getStatus()).as("expired").isEqualTo(401);

        String revoked = token(f.providerA);
        ApiToken newest = apiTokens.of(f.providerA).getFirst();
        assertThat(report(f.offerA, revoked, body).getStatus()).as("before revoking").isEqualTo(200);
        assertThat(apiTokens.revoke(newest.id(), f.providerA)).isTrue();
        MockHttpServletResponse afterRevoke = report(f.offerA, revoked, body);
        assertThat(afterRevoke.getStatus()).as("revoked").isEqualTo(401);
        assertThat(afterRevoke.getHeader("WWW-Authenticate")).contains("invalid_token");

        String ofDisabled = token(f.providerB);
        accounts.setEnabled(f.providerB.id(), false, "test");
        assertThat(report(f.offerB, ofDisabled, body).getStatus()).as("account disabled").isEqualTo(401);
    }

    @Test
    void aLoginSessionAuthenticatesTheApiLikeATokenAndTheApiCreatesNoSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/anmelden").session(session).with(csrf())
                .param("username", f.providerA.username()).param("password", SelfServiceFixture.PASSWORD)).andReturn();
        int status = mvc.perform(put("/api/v1/offers/" + f.offerA.id() + "/free-places").session(session)
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"tagespflege\", \"places\": 1}"))
                .andReturn().getResponse().getStatus();
        // the spec lets the API use the session of a logged-in page user as well as a token
        assertThat(status).isEqualTo(200);
        MockHttpServletResponse anonymous = mvc.perform(put("/api/v1/offers/" + f.offerA.id() + "/free-places")
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"tagespflege\", \"places\": 1}"))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void wrongPasswordIs401AndTheLoginThrottleLocksTheTokenEndpoint() throws Exception {
        MockHttpServletResponse wrong = tokenRequest(f.providerA.username(), "falsch", "10.9.0.3");
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getHeader("WWW-Authenticate")).isNotNull();
        assertThat(problem(wrong).get("status").asInt()).isEqualTo(401);
        for (int i = 0; i < 4; i++) {
            tokenRequest(f.providerA.username(), "falsch-" + i, "10.9.0.3");
        }
        MockHttpServletResponse locked = tokenRequest(f.providerA.username(), SelfServiceFixture.PASSWORD, "10.9.0.3");
        assertThat(locked.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(locked.getHeader("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(problem(locked).get("title").asString()).contains("gesperrt");
        assertThat(tokenRequest(f.providerA.username(), SelfServiceFixture.PASSWORD, "10.9.0.4").getStatus())
                .as("another address").isEqualTo(201);

        MockHttpServletResponse missing = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"" + f.providerA.username() + "\"}")).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(problem(missing).get("parameter").asString()).isEqualTo("password");
    }

    @Test
    void retiredOfferIsNotFound() throws Exception {
        String token = token(f.admin);
        registry.retire(f.offerA.id(), f.offerA.version(), f.admin);
        assertThat(report(f.offerA, token, "{\"type\": \"tagespflege\", \"places\": 1}").getStatus()).isEqualTo(404);
    }
}
