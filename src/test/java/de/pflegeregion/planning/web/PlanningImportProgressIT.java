package de.pflegeregion.planning.web;

import static de.pflegeregion.planning.web.PlanningFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * An upload that takes longer than the wait goes to a status page that reloads itself without
 * JavaScript; its progress comes from the database (so any app node can answer). The wait is 0
 * here, so every upload takes "longer".
 */
@IntegrationTest
@TestPropertySource(properties = "pflegeregion.planning.import-wait=PT0S")
class PlanningImportProgressIT {

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
    PlanningFixture f;

    @BeforeEach
    void setUp() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new PlanningFixture(tenants, accounts, registry);
    }

    private String upload(byte[] file, String kind, String variant) throws Exception {
        MockHttpServletResponse r = mvc.perform(multipart("/planung/daten/bevoelkerung")
                        .file(new MockMultipartFile("datei", "gross.csv", "text/csv", file)).param("kind", kind).param("variant", variant)
                        .with(as(f.planner)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).matches("/planung/daten/import/\\d+");
        return r.getRedirectedUrl();
    }

    /** Follows the status page as the browser's refresh would, until the import has ended. */
    private MockHttpServletResponse untilEnded(String status) throws Exception {
        return Awaitility.await("import behind " + status).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    MockHttpServletResponse r = mvc.perform(get(status).with(as(f.planner))).andReturn().getResponse();
                    if (r.getHeader("Refresh") != null) {
                        assertThat(r.getContentAsString()).contains("<progress").contains("Automatisches Neuladen anhalten");
                    }
                    return r;
                }, r -> r.getHeader("Refresh") == null);
    }

    private long job(Tenant county, long read, long total, Instant updated) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO planning_import_job (tenant_id, kind, variant, file_name, total_bytes, read_bytes, state, started_at, updated_at, "
                        + "started_by) VALUES (?, 'bestand', '', 'land.csv', ?, ?, 'running', ?, ?, 'planerin')")
                .params(county.id(), total, read, Timestamp.from(updated), Timestamp.from(updated)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @Test
    void anAcceptedFileEndsOnTheDataPageWithWhatWasKept() throws Exception {
        String status = upload(PlanningFixture.genesisFile("31.12.2023"), "bestand", "");
        MockHttpServletResponse ended = untilEnded(status);
        assertThat(ended.getRedirectedUrl()).isEqualTo("/planung/daten");
        assertThat(String.valueOf(mvcFlash(status))).contains("übernommen").contains("2 Gebiete");
        assertThat(mvc.perform(get("/planung/daten").with(as(f.planner))).andReturn().getResponse().getContentAsString()).contains("gross.csv");
    }

    private Object mvcFlash(String status) throws Exception {
        return mvc.perform(get(status).with(as(f.planner))).andReturn().getFlashMap().get("message");
    }

    @Test
    void aRejectedFileEndsWithItsRowsAndFieldsAndTheInputsKept() throws Exception {
        String broken = new String(PlanningFixture.genesisFile("31.12.2023"), StandardCharsets.UTF_8).replaceFirst("(ALT000B03;unter 3 Jahre;)\\d+", "$1x7");
        MockHttpServletResponse ended = untilEnded(upload(broken.getBytes(StandardCharsets.UTF_8), "prognose", "BEV-VARIANTE-02"));
        assertThat(ended.getStatus()).isEqualTo(422);
        assertThat(ended.getContentAsString()).contains("Nichts übernommen").contains("BEVSTD__Bevoelkerungsstand__Anzahl").contains("keine Zahl")
                .contains("value=\"BEV-VARIANTE-02\"").containsPattern("id=\"kind-prognose\"[^>]*checked");
    }

    @Test
    void aRunningImportShowsHowFarItIsAndReloadsUntilThePlannerStopsIt() throws Exception {
        long id = job(f.county, 150, 600, Instant.now());
        MockHttpServletResponse running = mvc.perform(get("/planung/daten/import/" + id).with(as(f.planner))).andReturn().getResponse();
        assertThat(running.getStatus()).isEqualTo(200);
        assertThat(running.getHeader("Refresh")).isEqualTo("2");
        assertThat(running.getContentAsString()).contains("25 % sind geprüft").contains("value=\"25\"").contains("land.csv");
        MockHttpServletResponse stopped = mvc.perform(get("/planung/daten/import/" + id).param("aktualisieren", "nein").with(as(f.planner)))
                .andReturn().getResponse();
        assertThat(stopped.getHeader("Refresh")).isNull();
        assertThat(stopped.getContentAsString()).contains("25 % sind geprüft").contains("Stand jetzt abfragen");
    }

    @Test
    void anImportWhoseNodeStoppedIsShownAsBrokenOffAndAnotherCountysIsNotFound() throws Exception {
        long stale = job(f.county, 10, 600, Instant.now().minus(10, ChronoUnit.MINUTES));
        MockHttpServletResponse r = mvc.perform(get("/planung/daten/import/" + stale).with(as(f.planner))).andReturn().getResponse();
        assertThat(r.getHeader("Refresh")).isNull();
        assertThat(r.getContentAsString()).contains("Abgebrochen").contains("nichts gespeichert");
        long kiel = job(f.kiel, 10, 600, Instant.now());
        assertThat(mvc.perform(get("/planung/daten/import/" + kiel).with(as(f.planner))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
