package de.pflegeregion.directory.web;

import static de.pflegeregion.directory.web.SelfServiceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.AccountData;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.ApiTokens;
import de.pflegeregion.platform.AuditEntry;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DSGVO on the admin's account pages: the county admin downloads everything stored about an account
 * (Art. 15) and erases it (Art. 17) after typing its username; the account, its tokens, failed logins and
 * offer assignments are gone, the offers stay, and the audit trail keeps every entry with a stable
 * pseudonym in place of the name. Another county's admin can do neither.
 */
@IntegrationTest
class AccountErasureIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    MockMvc mvc;
    SelfServiceFixture f;

    @BeforeEach
    void setUp() {
        mvc = SelfServiceFixture.mockMvc(context);
        f = new SelfServiceFixture(tenants, accounts, registry);
    }

    @Test
    void theAdminExportsAnAccountsDataAndErasesItLeavingAPseudonymisedTrail() throws Exception {
        String username = f.providerA.username();
        apiTokens.issue(f.providerA, "Heimsoftware");
        jdbc.sql("INSERT INTO login_failure (username, client_ip, failed_at) VALUES (?, '192.0.2.1', CURRENT_TIMESTAMP)").param(username).update();
        accounts.setEnabled(f.providerA.id(), false, f.admin.username());
        accounts.setEnabled(f.providerA.id(), true, f.admin.username());
        auditLog.record(f.county.id(), username, "offer.free-places", "offer", String.valueOf(f.offerA.id()), null,
                "{\"reportedBy\":\"" + username + "\"}");

        MockHttpServletResponse export = mvc.perform(get("/verwaltung/konten/{id}/daten.json", f.providerA.id()).with(as(f.admin)))
                .andReturn().getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).startsWith("application/json");
        assertThat(export.getHeader("Content-Disposition")).contains("attachment");
        JsonNode data = json.readTree(export.getContentAsByteArray());
        assertThat(data.at("/account/username").asString()).isEqualTo(username);
        assertThat(data.get("apiTokens").findValuesAsString("label")).contains("Heimsoftware");
        assertThat(export.getContentAsString()).doesNotContain("token_hash", "password_hash", "{bcrypt}");
        assertThat(data.get("failedLogins").size()).isEqualTo(1);
        assertThat(data.get("offers").findValuesAsString("name")).containsExactly(f.offerA.name());
        assertThat(data.get("auditEntries").findValuesAsString("action")).contains("account.created", "account.disabled", "offer.free-places");

        MockHttpServletResponse confirm = mvc.perform(get("/verwaltung/konten/{id}/loeschen", f.providerA.id()).with(as(f.admin)))
                .andReturn().getResponse();
        assertThat(confirm.getContentAsString()).contains("löschen?", "Pseudonym", "name=\"bestaetigung\"");

        MockHttpServletResponse unconfirmed = mvc.perform(post("/verwaltung/konten/{id}/loeschen", f.providerA.id()).with(as(f.admin))
                .with(csrf()).param("bestaetigung", "falsch")).andReturn().getResponse();
        assertThat(unconfirmed.getStatus()).isEqualTo(200);
        assertThat(unconfirmed.getContentAsString()).contains("Bestätigung: Bitte geben Sie zur Bestätigung den Benutzernamen");
        assertThat(accounts.byId(f.providerA.id())).isPresent();

        MockHttpServletResponse erased = mvc.perform(post("/verwaltung/konten/{id}/loeschen", f.providerA.id()).with(as(f.admin))
                .with(csrf()).param("bestaetigung", username)).andReturn().getResponse();
        assertThat(erased.getStatus()).isEqualTo(302);
        assertThat(erased.getRedirectedUrl()).isEqualTo("/verwaltung/konten");

        String pseudonym = AccountData.pseudonym(f.providerA.id());
        assertThat(accounts.byId(f.providerA.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE username = ?").param(username).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE account_id = ?").param(f.providerA.id()).query(Long.class).single()).isZero();
        assertThat(registry.find(f.offerA.id())).as("the offer itself stays").isPresent();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor = ? OR before_state LIKE ? OR after_state LIKE ?")
                .params(username, "%\"" + username + "\"%", "%\"" + username + "\"%").query(Long.class).single())
                .as("the name is nowhere in the audit trail").isZero();
        List<AuditEntry> about = auditLog.forSubject("account", String.valueOf(f.providerA.id()));
        assertThat(about).extracting(AuditEntry::action).contains("account.created", "account.disabled", "account.enabled", "account.erased");
        assertThat(about.getLast().actor()).isEqualTo(f.admin.username());
        assertThat(about.getLast().afterState()).contains(pseudonym);
        assertThat(auditLog.forSubject("offer", String.valueOf(f.offerA.id()))).extracting(AuditEntry::actor).contains(pseudonym);
    }

    @Test
    void anotherCountysAdminCannotExportOrEraseAndNobodyErasesTheirOwnAccount() throws Exception {
        assertThat(mvc.perform(get("/verwaltung/konten/{id}/daten.json", f.providerA.id()).with(as(f.otherAdmin)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/verwaltung/konten/{id}/loeschen", f.providerA.id()).with(as(f.otherAdmin)).with(csrf())
                .param("bestaetigung", f.providerA.username())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/verwaltung/konten/{id}/daten.json", f.providerA.id()).with(as(f.providerB)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpServletResponse own = mvc.perform(post("/verwaltung/konten/{id}/loeschen", f.admin.id()).with(as(f.admin)).with(csrf())
                .param("bestaetigung", f.admin.username())).andReturn().getResponse();
        assertThat(own.getContentAsString()).contains("Sie können Ihr eigenes Konto nicht löschen.");
        assertThat(accounts.byId(f.providerA.id())).isPresent();
        assertThat(accounts.byId(f.admin.id())).isPresent();
    }
}
