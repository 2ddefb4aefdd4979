package de.pflegeregion.planning.web;

import static de.pflegeregion.planning.web.PlanningFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.planning.ShippedData;
import de.pflegeregion.platform.AuditEntry;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/** Saved scenario variants through the API and the pages: create, compare, forecast, change, delete, bad input, other county. */
@IntegrationTest
class ScenarioVariantsIT {

    private static final String BASE = "/api/v1/planning/09186";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    AuditLog audit;

    MockMvc mvc;
    PlanningFixture f;

    @BeforeEach
    void setUp() throws Exception {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new PlanningFixture(tenants, accounts, registry);
        mvc.perform(post(BASE + "/population").param("kind", "bestand").with(as(f.planner)).contentType("text/csv")
                .content(PlanningFixture.genesisFile("31.12.2023"))).andExpect(status().isCreated());
        mvc.perform(post(BASE + "/population").param("kind", "prognose").param("variant", ShippedData.PROJECTION_VARIANT)
                .with(as(f.planner)).contentType("text/csv").content(ShippedData.landProjectionAsTemplate("09186").orElseThrow()))
                .andExpect(status().isCreated());
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(as(f.planner)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private double countyNeed(String scenario) throws Exception {
        String body = mvc.perform(get(BASE + "/forecast").param("year", "2035").param("scenario", scenario).with(as(f.planner)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scenario").value(scenario)).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.total.pflegebeduerftige.total")).doubleValue();
    }

    @Test
    void aSavedVariantIsListedForecastChangedAndDeletedEachStepAudited() throws Exception {
        mvc.perform(json(post(BASE + "/scenarios"), "{\"name\": \"Kompression 0,5 %\", \"kind\": \"trend\", \"trendRate\": -0.005, \"note\": \"Studie X\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", BASE + "/scenarios/variante-kompression-0-5"))
                .andExpect(jsonPath("$.code").value("variante-kompression-0-5"))
                .andExpect(jsonPath("$.builtIn").value(false))
                .andExpect(jsonPath("$.trendRate").value(-0.005))
                .andExpect(jsonPath("$.note").value("Studie X"));
        mvc.perform(get(BASE + "/scenarios").with(as(f.planner))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].code").value("status-quo"))
                .andExpect(jsonPath("$[1].code").value("trend"))
                .andExpect(jsonPath("$[2].code").value("ambulant-vor-stationaer"))
                .andExpect(jsonPath("$[3].name").value("Kompression 0,5 %"))
                .andExpect(jsonPath("$[3].kind").value("trend"))
                .andExpect(jsonPath("$[3].parameters").value("Trend \u22120,5 % je Jahr"));
        // the trend formula: every quota × (1 + r)^(t − t0), 12 years after the base year 2023
        assertThat(countyNeed("variante-kompression-0-5")).isCloseTo(countyNeed("status-quo") * Math.pow(0.995, 12), within(1e-6));

        mvc.perform(json(put(BASE + "/scenarios/variante-kompression-0-5"),
                        "{\"name\": \"Heim 30 %\", \"kind\": \"ambulant-vor-stationaer\", \"shiftShare\": 0.3, \"shiftTargetYear\": 2035}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("variante-kompression-0-5"))
                .andExpect(jsonPath("$.shiftShare").value(0.3))
                .andExpect(jsonPath("$.trendRate").isEmpty());
        String shifted = mvc.perform(get(BASE + "/forecast").param("year", "2035").param("scenario", "variante-kompression-0-5").with(as(f.planner)))
                .andReturn().getResponse().getContentAsString();
        String statusQuo = mvc.perform(get(BASE + "/forecast").param("year", "2035").with(as(f.planner))).andReturn().getResponse().getContentAsString();
        double stationary = ((Number) JsonPath.read(statusQuo, "$.total.pflegebeduerftige.vollstationaer")).doubleValue();
        assertThat(((Number) JsonPath.read(shifted, "$.total.pflegebeduerftige.vollstationaer")).doubleValue()).isCloseTo(stationary * 0.7, within(1e-6));

        mvc.perform(delete(BASE + "/scenarios/variante-kompression-0-5").with(as(f.planner))).andExpect(status().isNoContent());
        mvc.perform(get(BASE + "/forecast").param("year", "2035").param("scenario", "variante-kompression-0-5").with(as(f.planner)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("scenario"));
        mvc.perform(get(BASE + "/scenarios").with(as(f.planner))).andExpect(jsonPath("$.length()").value(3));
        mvc.perform(delete(BASE + "/scenarios/variante-kompression-0-5").with(as(f.planner))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        List<AuditEntry> entries = audit.forSubject("planning-variant", "09186/variante-kompression-0-5").stream()
                .filter(e -> e.tenantId() == f.county.id()).toList();
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("planning.variant-created", "planning.variant-changed", "planning.variant-deleted");
        assertThat(entries.get(1).beforeState()).contains("Kompression 0,5 %");
        assertThat(entries.get(1).afterState()).contains("Heim 30 %").contains("\"shiftTargetYear\":2035");
        assertThat(entries).allMatch(e -> e.actor().equals(f.planner.username()));
    }

    @Test
    void everyBadValueIs400NamingItsFieldAndNothingIsSaved() throws Exception {
        mvc.perform(json(post(BASE + "/scenarios"), "{\"name\": \"Kompression\", \"kind\": \"trend\", \"trendRate\": -0.005}"))
                .andExpect(status().isCreated());
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("{\"name\": \" \", \"kind\": \"trend\", \"trendRate\": 0.01}", "name");
        bad.put("{\"name\": \"" + "x".repeat(81) + "\", \"kind\": \"trend\", \"trendRate\": 0.01}", "name");
        bad.put("{\"name\": \"KOMPRESSION \", \"kind\": \"trend\", \"trendRate\": 0.01}", "name");
        bad.put("{\"name\": \"Trend\", \"kind\": \"trend\", \"trendRate\": 0.01}", "name");
        bad.put("{\"name\": \"a\", \"kind\": \"status-quo\"}", "kind");
        bad.put("{\"name\": \"a\", \"trendRate\": 0.01}", "kind");
        bad.put("{\"name\": \"a\", \"kind\": \"trend\", \"trendRate\": 0.5}", "trendRate");
        bad.put("{\"name\": \"a\", \"kind\": \"trend\"}", "trendRate");
        bad.put("{\"name\": \"a\", \"kind\": \"ambulant-vor-stationaer\", \"shiftShare\": 1.5, \"shiftTargetYear\": 2030}", "shiftShare");
        bad.put("{\"name\": \"a\", \"kind\": \"ambulant-vor-stationaer\", \"shiftShare\": 0.2, \"shiftTargetYear\": 2041}", "shiftTargetYear");
        bad.put("{\"name\": \"a\", \"kind\": \"ambulant-vor-stationaer\", \"shiftShare\": 0.2, \"shiftTargetYear\": 2023}", "shiftTargetYear");
        bad.put("{\"name\": \"a\", \"kind\": \"trend\", \"trendRate\": 0.01, \"note\": \"" + "n".repeat(1001) + "\"}", "note");
        bad.put("{\"name\": \"a\", \"kind\": \"trend\", \"trendRate\": \"viel\"}", "trendRate");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            mvc.perform(json(post(BASE + "/scenarios"), b.getKey()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.parameter").value(b.getValue()));
        }
        mvc.perform(get(BASE + "/scenarios").with(as(f.planner))).andExpect(jsonPath("$.length()").value(4));
        mvc.perform(json(put(BASE + "/scenarios/trend"), "{\"name\": \"a\", \"kind\": \"trend\", \"trendRate\": 0.01}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherCountysPlannerFindsNoneOfItAndTheSettingsDocumentKeepsTheVariants() throws Exception {
        mvc.perform(json(post(BASE + "/scenarios"), "{\"name\": \"Kompression\", \"kind\": \"trend\", \"trendRate\": -0.005}"))
                .andExpect(status().isCreated());
        String body = "{\"name\": \"x\", \"kind\": \"trend\", \"trendRate\": 0.01}";
        for (MockHttpServletRequestBuilder r : List.of(get(BASE + "/scenarios"), post(BASE + "/scenarios"),
                put(BASE + "/scenarios/variante-kompression"), delete(BASE + "/scenarios/variante-kompression"))) {
            mvc.perform(r.with(as(f.kielPlanner)).contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/planung/szenarien/variante-kompression/bearbeiten").with(as(f.kielPlanner))).andExpect(status().isNotFound());
        mvc.perform(post("/planung/szenarien/variante-kompression/loeschen").with(as(f.kielPlanner)).with(csrf())).andExpect(status().isNotFound());

        // a client of the spec's settings document, which has no variants, does not wipe them
        String settings = mvc.perform(get(BASE + "/settings").with(as(f.planner))).andReturn().getResponse().getContentAsString();
        assertThat((List<?>) JsonPath.read(settings, "$.variants")).hasSize(1);
        String withoutVariants = settings.replaceAll(",\"variants\":\\[.*]}$", "}");
        assertThat(withoutVariants).doesNotContain("variants");
        mvc.perform(json(put(BASE + "/settings"), withoutVariants)).andExpect(status().isOk());
        mvc.perform(get(BASE + "/scenarios").with(as(f.planner))).andExpect(jsonPath("$[3].code").value("variante-kompression"));
        // variants in the document are checked like every other value
        mvc.perform(json(put(BASE + "/settings"), settings.replace("\"name\":\"Kompression\"", "\"name\":\"\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("variants[0].name"));
    }

    @Test
    void aPlannerSavesAVariantOnThePageSeesItBesideTheOthersAndDeletesItAfterConfirming() throws Exception {
        String rejected = mvc.perform(post("/planung/szenarien").param("name", "").param("kind", "trend").param("trendPercent", "abc")
                        .param("note", "Meine Quelle").with(as(f.planner)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(rejected).contains("Name der Variante: Bitte geben Sie der Variante einen Namen.")
                .contains("Trend: Veränderung der Pflegequoten in % je Jahr: Bitte geben Sie eine Zahl an")
                .contains("value=\"abc\"").contains("value=\"Meine Quelle\"").contains("aria-invalid=\"true\"");
        String year = mvc.perform(post("/planung/szenarien").param("name", "Heim 20 %").param("kind", "ambulant-vor-stationaer")
                        .param("shiftPercent", "20").param("shiftTargetYear", "2050").with(as(f.planner)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(year).contains("Ambulant vor stationär: erreicht im Jahr: Das Zieljahr liegt in der Vorausberechnung: 2024 bis 2040.")
                .contains("value=\"2050\"").contains("value=\"Heim 20 %\"");

        mvc.perform(post("/planung/szenarien").param("name", "Kompression").param("kind", "trend").param("trendPercent", "\u22120,5")
                        .param("note", "Studie X").with(as(f.planner)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/planung/szenarien"));
        String duplicate = mvc.perform(post("/planung/szenarien").param("name", "kompression").param("kind", "trend").param("trendPercent", "1")
                        .with(as(f.planner)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(duplicate).contains("Name der Variante: Eine Variante mit dem Namen „Kompression“ gibt es schon");

        String page = mvc.perform(get("/planung/szenarien").param("jahr", "2035").with(as(f.planner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Variante „Kompression“").contains("Trend \u22120,5 % je Jahr (Studie X)").contains("Status quo")
                .contains("ambulant vor stationär").contains("variante-kompression").contains("comparison-chart__bar")
                .contains("/planung/szenarien/variante-kompression/bearbeiten");
        String forecast = mvc.perform(get("/planung/prognose").param("jahr", "2035").param("szenario", "variante-kompression").with(as(f.planner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(forecast).contains("Szenario Kompression").containsPattern("value=\"variante-kompression\"[^>]*selected")
                .contains("Variante „Kompression“");

        String edit = mvc.perform(get("/planung/szenarien/variante-kompression/bearbeiten").with(as(f.planner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("value=\"Kompression\"").contains("value=\"-0,5\"").contains("value=\"Studie X\"");
        mvc.perform(post("/planung/szenarien/variante-kompression").param("name", "Kompression stark").param("kind", "trend")
                .param("trendPercent", "-1").with(as(f.planner)).with(csrf())).andExpect(redirectedUrl("/planung/szenarien"));

        byte[] pdf = mvc.perform(get("/planung/pflegebericht.pdf").param("jahr", "2035").with(as(f.planner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Variante „Kompression stark").contains("Trend \u22121 % je Jahr");
        }

        String confirm = mvc.perform(get("/planung/szenarien/variante-kompression/loeschen").with(as(f.planner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Variante „Kompression stark“ löschen?").contains("Ja, Variante löschen");
        mvc.perform(get(BASE + "/scenarios").with(as(f.planner))).andExpect(jsonPath("$.length()").value(4));
        mvc.perform(post("/planung/szenarien/variante-kompression/loeschen").with(as(f.planner)).with(csrf()))
                .andExpect(redirectedUrl("/planung/szenarien"));
        mvc.perform(get(BASE + "/scenarios").with(as(f.planner))).andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/planung/szenarien/variante-kompression/bearbeiten").with(as(f.planner))).andExpect(status().isNotFound());
    }
}
