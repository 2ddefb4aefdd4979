package de.pflegeregion.directory.web;

import static de.pflegeregion.directory.web.SelfServiceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.ApiTokens;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenants;

/** The account page (own password, API tokens), the admin's one-time password link, restoring an offer, several roles. */
@IntegrationTest
class AccountSelfServiceIT {

    static final String NEW_PASSWORD = "Neues-sicheres-Passwort-2";

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
    PasswordEncoder passwordEncoder;

    MockMvc mvc;
    SelfServiceFixture f;

    @BeforeEach
    void setUp() {
        mvc = SelfServiceFixture.mockMvc(context);
        f = new SelfServiceFixture(tenants, accounts, registry);
    }

    boolean passwordIs(Account account, String password) {
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(account.id()).query(String.class).single();
        return passwordEncoder.matches(password, hash);
    }

    MockHttpServletResponse changePassword(Account account, String current, String next, String repeat) throws Exception {
        return mvc.perform(post("/konto/passwort").with(as(account)).with(csrf())
                .param("currentPassword", current).param("newPassword", next).param("newPasswordRepeat", repeat)).andReturn().getResponse();
    }

    @Test
    void providerChangesOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        MockHttpServletResponse wrongCurrent = changePassword(f.providerA, "falsch", NEW_PASSWORD, NEW_PASSWORD);
        assertThat(wrongCurrent.getStatus()).isEqualTo(200);
        assertThat(wrongCurrent.getContentAsString()).contains("Bisheriges Passwort: Das Passwort stimmt nicht").contains("id=\"currentPassword\"");

        MockHttpServletResponse tooShort = changePassword(f.providerA, SelfServiceFixture.PASSWORD, "kurz", "kurz");
        assertThat(tooShort.getContentAsString()).contains("Neues Passwort: mindestens 12 Zeichen");
        // 25 umlauts are 25 characters but 50 bytes; 40 of them are 80 bytes, more than bcrypt reads
        MockHttpServletResponse tooLong = changePassword(f.providerA, SelfServiceFixture.PASSWORD, "ä".repeat(40), "ä".repeat(40));
        assertThat(tooLong.getContentAsString()).contains("Neues Passwort: höchstens 72 Zeichen");
        MockHttpServletResponse mismatch = changePassword(f.providerA, SelfServiceFixture.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertThat(mismatch.getContentAsString()).contains("Neues Passwort wiederholen: Die beiden Eingaben stimmen nicht überein");
        assertThat(passwordIs(f.providerA, SelfServiceFixture.PASSWORD)).as("unchanged after every refusal").isTrue();

        MockHttpServletResponse done = changePassword(f.providerA, SelfServiceFixture.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(done.getRedirectedUrl()).isEqualTo("/konto");
        assertThat(passwordIs(f.providerA, NEW_PASSWORD)).isTrue();
        assertThat(auditLog.forSubject("account", String.valueOf(f.providerA.id())))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("account.password-changed");
                    assertThat(e.actor()).isEqualTo(f.providerA.username());
                });
    }

    @Test
    void adminChangesOwnPasswordToo() throws Exception {
        assertThat(changePassword(f.admin, SelfServiceFixture.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/konto");
        assertThat(passwordIs(f.admin, NEW_PASSWORD)).isTrue();
    }

    @Test
    void tokensAreCreatedShownOnceListedAndRevoked() throws Exception {
        MockHttpServletResponse noLabel = mvc.perform(post("/konto/tokens").with(as(f.providerA)).with(csrf()).param("label", " "))
                .andReturn().getResponse();
        assertThat(noLabel.getContentAsString()).contains("Bezeichnung: Bitte geben Sie an, wofür das Token ist");
        assertThat(apiTokens.of(f.providerA)).isEmpty();

        String created = mvc.perform(post("/konto/tokens").with(as(f.providerA)).with(csrf()).param("label", "Heimsoftware"))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = Pattern.compile("<code>([A-Za-z0-9_-]{43})</code>").matcher(created);
        assertThat(shown.find()).as("the new token is on the page").isTrue();
        assertThat(apiTokens.accountOf(shown.group(1))).map(Account::id).contains(f.providerA.id());

        String page = mvc.perform(get("/konto").with(as(f.providerA))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Heimsoftware").contains("erstellt am").contains("gültig bis").doesNotContain(shown.group(1));

        long id = apiTokens.of(f.providerA).getFirst().id();
        assertThat(mvc.perform(post("/konto/tokens/" + id + "/widerrufen").with(as(f.providerB)).with(csrf()))
                .andReturn().getResponse().getStatus()).as("another provider's token").isEqualTo(404);
        assertThat(apiTokens.accountOf(shown.group(1))).isPresent();
        assertThat(mvc.perform(post("/konto/tokens/" + id + "/widerrufen").with(as(f.providerA)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/konto");
        assertThat(apiTokens.accountOf(shown.group(1))).isEmpty();
        assertThat(mvc.perform(get("/konto").with(as(f.providerA))).andReturn().getResponse().getContentAsString()).contains("widerrufen am");
        assertThat(auditLog.forSubject("account", String.valueOf(f.providerA.id()))).extracting(e -> e.action())
                .contains("account.token-created", "account.token-revoked");
    }

    @Test
    void adminResetLinkWorksOnceAndOnlyForThatAccount() throws Exception {
        String page = mvc.perform(post("/verwaltung/konten/" + f.providerA.id() + "/passwort-link").with(as(f.admin)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("http://localhost/passwort-setzen/([A-Za-z0-9_-]{43})").matcher(page);
        assertThat(link.find()).as("the link is shown to the admin").isTrue();
        String token = link.group(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?").param(token).query(Integer.class).single())
                .as("only the hash is stored").isZero();

        MockHttpServletResponse form = mvc.perform(get("/passwort-setzen/" + token)).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains(f.providerA.username());

        MockHttpServletResponse tooShort = mvc.perform(post("/passwort-setzen/" + token).with(csrf())
                .param("password", "kurz").param("passwordRepeat", "kurz")).andReturn().getResponse();
        assertThat(tooShort.getContentAsString()).contains("Neues Passwort: mindestens 12 Zeichen");
        MockHttpServletResponse done = mvc.perform(post("/passwort-setzen/" + token).with(csrf())
                .param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD)).andReturn().getResponse();
        assertThat(done.getContentAsString()).contains("Ihr neues Passwort ist gespeichert");
        assertThat(passwordIs(f.providerA, NEW_PASSWORD)).isTrue();

        MockHttpServletResponse again = mvc.perform(post("/passwort-setzen/" + token).with(csrf())
                .param("password", "Noch-ein-anderes-Passwort").param("passwordRepeat", "Noch-ein-anderes-Passwort")).andReturn().getResponse();
        assertThat(again.getStatus()).as("single use").isEqualTo(404);
        assertThat(passwordIs(f.providerA, NEW_PASSWORD)).isTrue();
        assertThat(mvc.perform(get("/passwort-setzen/" + token)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(auditLog.forSubject("account", String.valueOf(f.providerA.id()))).extracting(e -> e.action())
                .contains("account.password-reset-issued", "account.password-reset");
    }

    @Test
    void expiredOrSupersededLinkNoLongerWorks() throws Exception {
        String first = resetLink(f.providerA);
        String second = resetLink(f.providerA);
        assertThat(mvc.perform(get("/passwort-setzen/" + first)).andReturn().getResponse().getStatus()).as("superseded").isEqualTo(404);
        jdbc.sql("UPDATE password_reset SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1 second' WHERE account_id = ?")
                .param(f.providerA.id()).update();
        assertThat(mvc.perform(get("/passwort-setzen/" + second)).andReturn().getResponse().getStatus()).as("expired").isEqualTo(404);
    }

    String resetLink(Account account) throws Exception {
        String page = mvc.perform(post("/verwaltung/konten/" + account.id() + "/passwort-link").with(as(f.admin)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("/passwort-setzen/([A-Za-z0-9_-]{43})").matcher(page);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void countyAdminRestoresARetiredOffer() throws Exception {
        Offer retired = registry.retire(f.offerA.id(), f.offerA.version(), f.admin);
        String list = mvc.perform(get("/verwaltung/angebote?status=beendet").with(as(f.admin))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/verwaltung/angebote/" + f.offerA.id() + "/wiederherstellen").contains("Wiederherstellen");

        MockHttpServletResponse stale = mvc.perform(post("/verwaltung/angebote/" + f.offerA.id() + "/wiederherstellen").with(as(f.admin)).with(csrf())
                .param("version", String.valueOf(f.offerA.version()))).andReturn().getResponse();
        assertThat(stale.getRedirectedUrl()).isEqualTo("/verwaltung/angebote?status=beendet");
        assertThat(registry.find(f.offerA.id()).orElseThrow().retired()).as("an outdated version restores nothing").isTrue();

        mvc.perform(post("/verwaltung/angebote/" + f.offerA.id() + "/wiederherstellen").with(as(f.admin)).with(csrf())
                .param("version", String.valueOf(retired.version())));
        assertThat(registry.find(f.offerA.id()).orElseThrow().retired()).isFalse();
        assertThat(auditLog.forSubject("offer", String.valueOf(f.offerA.id())).getLast().action()).isEqualTo("offer.restored");
    }

    @Test
    void anAccountWithSeveralRolesUsesEveryArea() throws Exception {
        Account both = accounts.create("beides-" + f.county.slug(), SelfServiceFixture.PASSWORD, Set.of(Role.COUNTY_ADMIN, Role.PLANNER),
                f.county.id(), "Planung und Verwaltung", "test");
        assertThat(accounts.byId(both.id()).orElseThrow().roles()).containsExactly(Role.COUNTY_ADMIN, Role.PLANNER);
        assertThat(accounts.ofTenant(f.county.id())).filteredOn(a -> a.id() == both.id()).singleElement()
                .satisfies(a -> assertThat(a.roles()).containsExactly(Role.COUNTY_ADMIN, Role.PLANNER));

        MockHttpSession session = new MockHttpSession();
        String landing = mvc.perform(post("/anmelden").session(session).with(csrf())
                .param("username", both.username()).param("password", SelfServiceFixture.PASSWORD)).andReturn().getResponse().getRedirectedUrl();
        assertThat(landing).isEqualTo("/verwaltung");
        assertThat(mvc.perform(get("/verwaltung/konten").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Verwaltung, Planung");

        Account provider = accounts.create("planer-anbieter-" + f.county.slug(), SelfServiceFixture.PASSWORD, Set.of(Role.PROVIDER, Role.PLANNER),
                f.county.id(), "Anbieter und Planung", "test");
        registry.assignToProvider(f.offerB.id(), provider, f.admin);
        MockHttpSession providerSession = new MockHttpSession();
        assertThat(mvc.perform(post("/anmelden").session(providerSession).with(csrf())
                .param("username", provider.username()).param("password", SelfServiceFixture.PASSWORD)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/anbieter");
        assertThat(mvc.perform(get("/anbieter/angebote/" + f.offerB.id()).session(providerSession)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
