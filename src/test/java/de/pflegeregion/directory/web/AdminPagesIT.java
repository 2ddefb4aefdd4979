package de.pflegeregion.directory.web;

import static de.pflegeregion.directory.web.SelfServiceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenants;

@IntegrationTest
class AdminPagesIT {

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
    void createsAnOfferAndKeepsInputWhenAFieldIsWrong() throws Exception {
        MockHttpServletResponse bad = mvc.perform(post("/verwaltung/angebote/neu").with(as(f.admin)).with(csrf())
                .param("name", "Kurzzeitpflege Am Bach").param("types", "kurzzeitpflege")
                .param("postalCode", "8527").param("city", "Wolnzach").param("capacity[kurzzeitpflege]", "zehn"))
                .andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString()).contains("Plätze: Bitte geben Sie eine ganze Zahl ab 0 an")
                .contains("value=\"Kurzzeitpflege Am Bach\"").contains("value=\"zehn\"");

        MockHttpServletResponse ok = mvc.perform(post("/verwaltung/angebote/neu").with(as(f.admin)).with(csrf())
                .param("name", "Kurzzeitpflege Am Bach").param("types", "kurzzeitpflege")
                .param("postalCode", "85283").param("city", "Wolnzach").param("capacity[kurzzeitpflege]", "10"))
                .andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(302);
        Offer created = registry.ofTenant(f.county.id(), false).stream()
                .filter(o -> o.name().equals("Kurzzeitpflege Am Bach")).findFirst().orElseThrow();
        assertThat(created.capacity()).containsEntry("kurzzeitpflege", 10);
        assertThat(ok.getRedirectedUrl()).isEqualTo("/verwaltung/angebote/" + created.id());
        assertThat(auditLog.forSubject("offer", String.valueOf(created.id())))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo(f.admin.username()));
    }

    @Test
    void coordinatesAreGermanDecimalsAndNaNIsNamedAtTheFieldWithTheInputKept() throws Exception {
        for (String notANumber : List.of("NaN", "Infinity", "-Infinity", "1e400")) {
            MockHttpServletResponse bad = mvc.perform(post("/verwaltung/angebote/neu").with(as(f.admin)).with(csrf())
                    .param("name", "Beratung am Markt").param("types", "beratung").param("postalCode", "85283")
                    .param("city", "Wolnzach").param("lat", notANumber).param("lon", "11,5841"))
                    .andReturn().getResponse();
            assertThat(bad.getStatus()).as(notANumber).isEqualTo(200);
            assertThat(bad.getContentAsString()).contains("Breite: Bitte geben Sie eine Dezimalzahl an")
                    .contains("value=\"" + notANumber + "\"").contains("value=\"11,5841\"").contains("value=\"Beratung am Markt\"");
        }

        MockHttpServletResponse ok = mvc.perform(post("/verwaltung/angebote/neu").with(as(f.admin)).with(csrf())
                .param("name", "Beratung am Markt").param("types", "beratung").param("postalCode", "85283")
                .param("city", "Wolnzach").param("lat", "48,6012").param("lon", " 11.5841 ").param("lastVerified", "1.12.2026"))
                .andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(302);
        Offer created = registry.ofTenant(f.county.id(), false).stream()
                .filter(o -> o.name().equals("Beratung am Markt")).findFirst().orElseThrow();
        assertThat(created.lat()).isEqualTo(48.6012);
        assertThat(created.lon()).isEqualTo(11.5841);
        assertThat(created.lastVerified()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        String edit = mvc.perform(get("/verwaltung/angebote/" + created.id()).with(as(f.admin))).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("value=\"48,6012\"").contains("value=\"11,5841\"").contains("value=\"2026-12-01\"");
    }

    @Test
    void twoSessionsEditingTheSameOfferNeverOverwriteEachOther() throws Exception {
        // both open the form on the same version: the provider in one session, the county admin in another
        long version = f.offerA.version();
        mvc.perform(post("/anbieter/angebote/" + f.offerA.id()).with(as(f.providerA)).with(csrf())
                .param("version", String.valueOf(version)).param("phone", "08442 1111"))
                .andReturn();
        MockHttpServletResponse second = mvc.perform(post("/verwaltung/angebote/" + f.offerA.id()).with(as(f.admin)).with(csrf())
                .param("version", String.valueOf(version)).param("name", f.offerA.name()).param("types", "tagespflege")
                .param("postalCode", "85283").param("city", "Wolnzach").param("phone", "08442 2222"))
                .andReturn().getResponse();
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString()).contains("Der Eintrag wurde inzwischen geändert")
                .contains("08442 1111").contains("value=\"08442 2222\"")
                .contains("name=\"version\" value=\"" + (version + 1) + "\"");
        assertThat(registry.find(f.offerA.id()).orElseThrow().phone()).isEqualTo("08442 1111");
    }

    @Test
    void retiresWithConfirmationAndTheOfferLeavesTheList() throws Exception {
        mvc.perform(get("/verwaltung/angebote/" + f.offerA.id() + "/beenden").with(as(f.admin)));
        MockHttpServletResponse stale = mvc.perform(post("/verwaltung/angebote/" + f.offerA.id() + "/beenden").with(as(f.admin)).with(csrf())
                .param("version", String.valueOf(f.offerA.version() - 1))).andReturn().getResponse();
        assertThat(stale.getContentAsString()).contains("inzwischen geändert");
        assertThat(registry.find(f.offerA.id()).orElseThrow().retired()).isFalse();
        mvc.perform(post("/verwaltung/angebote/" + f.offerA.id() + "/beenden").with(as(f.admin)).with(csrf())
                .param("version", String.valueOf(f.offerA.version())));
        assertThat(registry.find(f.offerA.id()).orElseThrow().retired()).isTrue();
        String list = mvc.perform(get("/verwaltung/angebote").with(as(f.admin))).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(f.offerA.name()).contains(f.offerB.name());
        // the provider no longer sees it either
        assertThat(mvc.perform(get("/anbieter/angebote/" + f.offerA.id()).with(as(f.providerA))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void createsAProviderAccountAssignsAnOfferAndDisablesIt() throws Exception {
        String username = "pflegedienst-" + f.county.slug();
        MockHttpServletResponse tooShort = mvc.perform(post("/verwaltung/konten/neu").with(as(f.admin)).with(csrf())
                .param("username", username).param("displayName", "Pflegedienst Sonne").param("role", "PROVIDER")
                .param("password", "kurz")).andReturn().getResponse();
        assertThat(tooShort.getContentAsString()).contains("Erstes Passwort: mindestens 12 Zeichen").contains("value=\"" + username + "\"");

        mvc.perform(post("/verwaltung/konten/neu").with(as(f.admin)).with(csrf())
                .param("username", username).param("displayName", "Pflegedienst Sonne").param("role", "PROVIDER")
                .param("password", "ein-langes-Passwort"));
        Account created = accounts.byUsername(username).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.PROVIDER);
        assertThat(created.tenantId()).isEqualTo(f.county.id());

        mvc.perform(post("/verwaltung/konten/" + created.id() + "/angebote").with(as(f.admin)).with(csrf())
                .param("offerId", String.valueOf(f.offerB.id())));
        assertThat(registry.offersOf(created)).extracting(Offer::id).containsExactly(f.offerB.id());
        mvc.perform(post("/verwaltung/konten/" + created.id() + "/angebote/entfernen").with(as(f.admin)).with(csrf())
                .param("offerId", String.valueOf(f.offerB.id())));
        assertThat(registry.offersOf(created)).isEmpty();
        assertThat(auditLog.forSubject("offer", String.valueOf(f.offerB.id()))).extracting(e -> e.action()).contains("offer.unassigned");

        mvc.perform(post("/verwaltung/konten/" + created.id() + "/passwort").with(as(f.admin)).with(csrf())
                .param("password", "ein-neues-langes-Passwort"));
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(created.id()).query(String.class).single();
        assertThat(passwordEncoder.matches("ein-neues-langes-Passwort", hash)).isTrue();

        mvc.perform(post("/verwaltung/konten/" + created.id() + "/sperren").with(as(f.admin)).with(csrf()));
        assertThat(accounts.byId(created.id()).orElseThrow().enabled()).isFalse();
        assertThat(auditLog.forSubject("account", String.valueOf(created.id()))).extracting(e -> e.action())
                .contains("account.created", "account.password-set", "account.disabled");
    }

    @Test
    void importIsAllOrNothingAndTheReportNamesEveryBadRowAndField() throws Exception {
        String bad = "name;offer_types;street;postal_code;city;phone;email;website;places;features;source\n"
                + "Tagespflege Sonnenhof;tagespflege;Am Hang 2;85283;Wolnzach;;;;tagespflege=12;;\n"
                + ";tagespflege;;85283;Wolnzach;;;;;;\n"
                + "Fahrdienst Blitz;zauberei;;9999;Wolnzach;;;;;;\n";
        int before = registry.ofTenant(f.county.id(), false).size();
        String report = mvc.perform(multipart("/verwaltung/import")
                        .file(new MockMultipartFile("datei", "angebote.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .param("quelle", "Testliste").with(as(f.admin)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(report).contains("Nichts importiert").contains("<td class=\"kern-table__cell\">3</td>")
                .contains("<td class=\"kern-table__cell\">4</td>").contains("offer_types").contains("postal_code");
        assertThat(registry.ofTenant(f.county.id(), false)).hasSize(before);

        String good = "name;offer_types;postal_code;city;places\nTagespflege Sonnenhof;tagespflege;85283;Wolnzach;tagespflege=12\n";
        String ok = mvc.perform(multipart("/verwaltung/import")
                        .file(new MockMultipartFile("datei", "angebote.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .param("quelle", "Testliste").with(as(f.admin)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("1 Angebot importiert");
        assertThat(registry.ofTenant(f.county.id(), false)).hasSize(before + 1);
    }

    @Test
    void exportsOnlyTheOwnCountyAsCsvAndGeoJson() throws Exception {
        MockHttpServletResponse csv = mvc.perform(get("/verwaltung/export/angebote.csv").with(as(f.admin))).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        String body = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("name;offer_types;").contains(f.offerA.name()).doesNotContain(f.otherCountyOffer.name());

        MockHttpServletResponse geo = mvc.perform(get("/verwaltung/export/angebote.geojson").with(as(f.admin))).andReturn().getResponse();
        assertThat(geo.getContentType()).startsWith("application/geo+json");
        assertThat(geo.getContentAsString(StandardCharsets.UTF_8)).contains("FeatureCollection").contains(f.offerB.name())
                .doesNotContain(f.otherCountyOffer.name());
    }

    @Test
    void auditLogShowsWhoChangedWhatAndFiltersByOffer() throws Exception {
        registry.reportFreePlaces(f.offerA.id(), f.offerA.version(), java.util.Map.of("tagespflege", 2), f.providerA);
        String all = mvc.perform(get("/verwaltung/protokoll").with(as(f.admin))).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("Freie Plätze gemeldet").contains(f.providerA.username()).contains(f.offerB.name());
        String one = mvc.perform(get("/verwaltung/protokoll").param("angebot", String.valueOf(f.offerA.id())).with(as(f.admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(one).contains("Freie Plätze gemeldet").doesNotContain(f.offerB.name() + " (Nr.");
        String foreign = mvc.perform(get("/verwaltung/protokoll").param("angebot", String.valueOf(f.otherCountyOffer.id())).with(as(f.admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(foreign).contains("gibt es in Ihrem Landkreis nicht").doesNotContain(f.otherCountyOffer.name());
        assertThat(List.of(all, one)).allSatisfy(page -> assertThat(page).doesNotContain(f.otherCountyOffer.name()));
    }
}
