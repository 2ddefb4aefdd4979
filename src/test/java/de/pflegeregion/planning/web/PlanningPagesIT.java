package de.pflegeregion.planning.web;

import static de.pflegeregion.planning.web.PlanningFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/** The planners' pages: upload, rejected upload keeping the inputs, forecast, tables, exports and the published report. */
@IntegrationTest
class PlanningPagesIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;

    MockMvc mvc;
    PlanningFixture f;

    @BeforeEach
    void setUp() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new PlanningFixture(tenants, accounts, registry);
    }

    private void upload() throws Exception {
        PlanningFixture.awaitImport(mvc, f.planner, mvc.perform(multipart("/planung/daten/bevoelkerung").file(new MockMultipartFile("datei",
                        "12411-02-03-5.csv", "text/csv", PlanningFixture.genesisFile("31.12.2023"))).param("kind", "bestand")
                .with(as(f.planner)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn());
        mvc.perform(post("/planung/daten/landesvorausberechnung").with(as(f.planner)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aRejectedUploadShowsRowsAndFieldsAndKeepsTheOtherInputs() throws Exception {
        String page = mvc.perform(multipart("/planung/daten/bevoelkerung").file(new MockMultipartFile("datei", "kaputt.csv", "text/csv",
                        "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8))).param("kind", "prognose").param("variant", "BEV-VARIANTE-04")
                        .with(as(f.planner)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nichts übernommen").contains("Unbekanntes Dateiformat").contains("value=\"BEV-VARIANTE-04\"")
                .containsPattern("id=\"kind-prognose\"[^>]*checked");
        mvc.perform(multipart("/planung/daten/quoten").param("quelle", "Meine Quelle").param("stichtag", "gestern")
                        .with(as(f.planner)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Meine Quelle\"")));
    }

    @Test
    void afterTheUploadThePagesShowTheForecastStockAndAccessibility() throws Exception {
        upload();
        String data = mvc.perform(get("/planung/daten").with(as(f.planner))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(data).contains("12411-02-03-5.csv").contains("2023 bis 2040").contains("Bayern 2023")
                // what is missing and what that means, and the source of every shipped number with its date
                .contains("Fahrzeiten aus dem GIS des Kreises fehlen").contains("Pflegegrad 1 ohne Einrichtungsleistungen nicht")
                .contains("Woher die mitgelieferten Zahlen stammen").contains("Pflegequoten Schleswig-Holstein 2023").contains("31.12.2023")
                .contains("12421-0004").contains("Basis 31.12.2021").contains("in Kraft seit 01.07.2023").contains("westfalen-blatt")
                .contains("IT.NRW Pflegestatistik 15.12.2019");
        String forecast = mvc.perform(get("/planung/prognose").param("jahr", "2035").with(as(f.planner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(forecast).contains("Jahr 2035").contains("<svg").contains("id=\"diagramm-zahlen\"").contains("Pfaffenhofen a.d.Ilm")
                .contains("ambulant vor stationär").contains("geschätzt");
        mvc.perform(get("/planung/prognose").param("jahr", "2050").with(as(f.planner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Möglich sind die Jahre 2023–2040")));
        assertThat(mvc.perform(get("/planung/bestand").with(as(f.planner))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Landkreis insgesamt").contains("Vollstationäre Pflege");
        assertThat(mvc.perform(get("/planung/erreichbarkeit").with(as(f.planner))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Haversine").contains("km");
        assertThat(mvc.perform(get("/planung/einstellungen").with(as(f.planner))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("§ 113c").contains("westfalen-blatt");
    }

    @Test
    void xlsxAndTheTaggedPflegeberichtWhichAPlannerMayPublish() throws Exception {
        upload();
        byte[] xlsx = mvc.perform(get("/api/v1/planning/09186/forecast.xlsx").param("year", "2035").with(as(f.planner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        StringBuilder strings = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("prognose", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                strings.append(e.getName()).append('\n').append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(strings).contains("xl/worksheets/sheet1.xml").contains(">Jahr<").contains("Pfaffenhofen a.d.Ilm").contains("t=\"n\"><v>2035</v>");
        byte[] pdf = mvc.perform(get("/planung/pflegebericht.pdf").param("jahr", "2035").with(as(f.planner)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("So wurde gerechnet").contains("Quellen").contains("Schätzungen").contains("Entwurf");
        }
        mvc.perform(post("/planung/pflegebericht/veroeffentlichen").param("jahr", "2035").with(as(f.planner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/planung/bericht")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(f.county.slug() + ".pdf");
        mvc.perform(get("/planung/bericht/" + f.county.slug() + ".pdf")).andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
    }

    @Test
    void theCountysTravelTimesReplaceTheEstimateAndABadFileIsRejectedWithItsRows() throws Exception {
        upload();
        String bad = "area_key;offer_id;minutes\n" + PlanningFixture.PAF + ";" + f.heim.id() + ";-3\n09161000;" + f.heim.id() + ";5\n"
                + PlanningFixture.WOLNZACH + ";999999999;7,5\n";
        String rejected = mvc.perform(multipart("/planung/daten/fahrzeiten").file(new MockMultipartFile("datei", "fahrzeiten.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).with(as(f.planner)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(rejected).contains("Nichts übernommen").contains("Minuten dürfen nicht negativ sein.")
                .contains("Das Gebiet „09161000“ ist kein geladenes Gebiet des Kreises.").contains("Das Angebot 999999999 ist kein aktives Angebot");
        String good = "# aus dem GIS des Landratsamts\narea_key;offer_id;minutes\n" + PlanningFixture.PAF + ";" + f.heim.id() + ";4,5\n"
                + PlanningFixture.WOLNZACH + ";" + f.heim.id() + ";17\n";
        mvc.perform(multipart("/planung/daten/fahrzeiten").file(new MockMultipartFile("datei", "fahrzeiten.csv", "text/csv",
                        good.getBytes(java.nio.charset.Charset.forName("windows-1252")))).with(as(f.planner)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/planung/daten"));
        String forecast = mvc.perform(get("/api/v1/planning/09186/forecast").param("year", "2023").with(as(f.planner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<Object> minutes = com.jayway.jsonpath.JsonPath.read(forecast,
                "$.areas[?(@.key == '" + PlanningFixture.WOLNZACH + "')].accessibility.vollstationaer.minutes");
        java.util.List<Object> estimated = com.jayway.jsonpath.JsonPath.read(forecast,
                "$.areas[?(@.key == '" + PlanningFixture.WOLNZACH + "')].accessibility.vollstationaer.estimated");
        assertThat(minutes).containsExactly(17.0);
        assertThat(estimated).containsExactly(false);
        assertThat(mvc.perform(get("/planung/daten").with(as(f.planner))).andReturn().getResponse().getContentAsString()).contains("Geladen sind 2 Paare");
    }
}
