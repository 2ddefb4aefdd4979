package de.pflegeregion.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

@IntegrationTest
class LoginIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    SelfServiceFixture f;

    @BeforeEach
    void setUp() {
        mvc = SelfServiceFixture.mockMvc(context);
        f = new SelfServiceFixture(tenants, accounts, registry);
    }

    static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    MvcResult login(String username, String password, String ip, MockHttpSession session) throws Exception {
        return mvc.perform(post("/anmelden").session(session).with(csrf()).with(from(ip))
                .param("username", username).param("password", password)).andReturn();
    }

    @Test
    void providerLandsOnOwnOffersAdminOnTheAdministration() throws Exception {
        MvcResult provider = login(f.providerA.username(), SelfServiceFixture.PASSWORD, "10.1.0.1", new MockHttpSession());
        assertThat(provider.getResponse().getRedirectedUrl()).isEqualTo("/anbieter");
        MvcResult admin = login(f.admin.username(), SelfServiceFixture.PASSWORD, "10.1.0.1", new MockHttpSession());
        assertThat(admin.getResponse().getRedirectedUrl()).isEqualTo("/verwaltung");
    }

    @Test
    void wrongPasswordKeepsTheUsernameAndSaysWhatIsWrong() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult failed = login(f.providerA.username(), "falsch", "10.1.0.2", session);
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/anmelden?fehler");
        String page = mvc.perform(get("/anmelden?fehler").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Benutzername oder Passwort stimmt nicht").contains("value=\"" + f.providerA.username() + "\"");
    }

    @Test
    void fiveFailuresLockThisUsernameFromThisAddressEvenWithTheRightPassword() throws Exception {
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 5; i++) {
            login(f.providerA.username(), "falsch-" + i, "10.1.0.3", session);
        }
        MvcResult locked = login(f.providerA.username(), SelfServiceFixture.PASSWORD, "10.1.0.3", session);
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/anmelden?fehler");
        String page = mvc.perform(get("/anmelden?fehler").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Anmeldung vorübergehend gesperrt").contains(" Uhr</strong> gesperrt");

        MvcResult otherAddress = login(f.providerA.username(), SelfServiceFixture.PASSWORD, "10.1.0.4", new MockHttpSession());
        assertThat(otherAddress.getResponse().getRedirectedUrl()).isEqualTo("/anbieter");
        MvcResult otherUser = login(f.providerB.username(), SelfServiceFixture.PASSWORD, "10.1.0.3", new MockHttpSession());
        assertThat(otherUser.getResponse().getRedirectedUrl()).isEqualTo("/anbieter");
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(f.providerA.id()).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(SelfServiceFixture.PASSWORD);
    }

    @Test
    void loginNeedsTheCsrfToken() throws Exception {
        int status = mvc.perform(post("/anmelden").param("username", f.providerA.username())
                .param("password", SelfServiceFixture.PASSWORD)).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void disabledAccountCannotLogInAndLosesAnOpenSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(login(f.providerA.username(), SelfServiceFixture.PASSWORD, "10.1.0.5", session).getResponse().getRedirectedUrl())
                .isEqualTo("/anbieter");
        assertThat(mvc.perform(get("/anbieter").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        accounts.setEnabled(f.providerA.id(), false, "test");
        assertThat(mvc.perform(get("/anbieter").session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(login(f.providerA.username(), SelfServiceFixture.PASSWORD, "10.1.0.5", new MockHttpSession()).getResponse().getRedirectedUrl())
                .isEqualTo("/anmelden?fehler");
    }

    @Test
    void logoutIsAPostWithTokenAndEndsTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        login(f.providerA.username(), SelfServiceFixture.PASSWORD, "10.1.0.6", session);
        MvcResult out = mvc.perform(post("/abmelden").session(session).with(csrf())).andReturn();
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/anmelden?abgemeldet");
        MvcResult after = mvc.perform(get("/anbieter").session(session)).andReturn();
        assertThat(after.getResponse().getRedirectedUrl()).endsWith("/anmelden");
    }
}
