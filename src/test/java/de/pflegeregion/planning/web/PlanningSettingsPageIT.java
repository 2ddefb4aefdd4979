package de.pflegeregion.planning.web;

import static de.pflegeregion.planning.web.PlanningFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/** The settings form: bound and checked by the framework, every error naming its field, everything typed kept. */
@IntegrationTest
class PlanningSettingsPageIT {

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
    void setUp() throws Exception {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new PlanningFixture(tenants, accounts, registry);
        PlanningFixture.awaitImport(mvc, f.planner, mvc.perform(multipart("/planung/daten/bevoelkerung").file(new MockMultipartFile("datei",
                        "12411-02-03-5.csv", "text/csv", PlanningFixture.genesisFile("31.12.2023"))).param("kind", "bestand")
                .with(as(f.planner)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn());
    }

    /** The form as a planner fills it in: Tagespflege per 100 aged 65+, shares, staff, both areas in rooms; {@code changed} overrides fields. */
    private MockHttpServletRequestBuilder filled(String... changed) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("benchmarks[vollstationaer].method", "OCCUPANCY");
        form.put("benchmarks[vollstationaer].value", "0,95");
        form.put("benchmarks[vollstationaer].source", "Annahme der Planung");
        form.put("benchmarks[tagespflege].method", "PER_100_RESIDENTS");
        form.put("benchmarks[tagespflege].value", "0,3");
        form.put("benchmarks[tagespflege].ageFrom", "65");
        form.put("benchmarks[tagespflege].source", "Faustwert Tagespflege");
        form.put("benchmarks[kurzzeitpflege].method", "");
        form.put("shares[vollstationaer].percent[1]", "1");
        form.put("shares[vollstationaer].percent[2]", "27");
        form.put("shares[vollstationaer].percent[3]", "39");
        form.put("shares[vollstationaer].percent[4]", "24");
        form.put("shares[vollstationaer].percent[5]", "9");
        form.put("shares[vollstationaer].source", "Pflegestatistik");
        form.put("staffPerClient", "0,455");
        form.put("staffUnit", "fte");
        form.put("staffSource", "Kiel, Pflegebericht");
        form.put("existingStationaryStaff", "120,5");
        form.put("detourFactor", "1,4");
        form.put("speedKmh", "45");
        form.put("thresholdMinutes", "15");
        form.put("trendPercent", "\u22120,5");
        form.put("shiftPercent", "20");
        form.put("shiftTargetYear", "2035");
        form.put("rooms[" + PlanningFixture.PAF + "]", "Süd");
        form.put("rooms[" + PlanningFixture.WOLNZACH + "]", "Nord");
        for (int i = 0; i < changed.length; i += 2) {
            form.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder post = post("/planung/einstellungen").with(as(f.planner)).with(csrf());
        form.forEach(post::param);
        return post;
    }

    @Test
    void theFormShowsTheStoredSettingsAndSavesWhatThePlannerTyped() throws Exception {
        String page = mvc.perform(get("/planung/einstellungen").with(as(f.planner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"benchmarks[vollstationaer].value\"").contains("value=\"0,95\"")
                .contains("name=\"shares[vollstationaer].percent[3]\"").contains("value=\"39\"")
                .contains("name=\"rooms[" + PlanningFixture.PAF + "]\"").contains("Pfaffenhofen a.d.Ilm");
        mvc.perform(filled()).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/planung/einstellungen"));
        mvc.perform(get("/api/v1/planning/09186/settings").with(as(f.planner)))
                .andExpect(jsonPath("$.benchmarks.tagespflege.method").value("PER_100_RESIDENTS"))
                .andExpect(jsonPath("$.benchmarks.tagespflege.value").value(0.3))
                .andExpect(jsonPath("$.benchmarks.tagespflege.ageFrom").value(65))
                .andExpect(jsonPath("$.benchmarks.tagespflege.source").value("Faustwert Tagespflege"))
                .andExpect(jsonPath("$.benchmarks.kurzzeitpflege").doesNotExist())
                .andExpect(jsonPath("$.pflegegradShares.vollstationaer.3").value(0.39))
                .andExpect(jsonPath("$.ambulantStaffPerClient").value(0.455))
                .andExpect(jsonPath("$.ambulantStaffUnit").value("fte"))
                .andExpect(jsonPath("$.existingStaff.vollstationaer").value(120.5))
                .andExpect(jsonPath("$.accessibility.detourFactor").value(1.4))
                .andExpect(jsonPath("$.accessibility.thresholdMinutes").value(15.0))
                .andExpect(jsonPath("$.scenarios.trendRate").value(-0.005))
                .andExpect(jsonPath("$.scenarios.shiftShare").value(0.2))
                .andExpect(jsonPath("$.planungsraeume.Nord[0]").value(PlanningFixture.WOLNZACH))
                .andExpect(jsonPath("$.planungsraeume['Süd'][0]").value(PlanningFixture.PAF));
        String again = mvc.perform(get("/planung/einstellungen").with(as(f.planner))).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("value=\"Faustwert Tagespflege\"").contains("value=\"-0,5\"").contains("value=\"Nord\"");
    }

    @Test
    void badValuesAreNamedAtTheFieldAndInTheSummaryAndEverythingTypedStays() throws Exception {
        String page = mvc.perform(filled("benchmarks[tagespflege].value", "viel", "benchmarks[tagespflege].source", "",
                        "detourFactor", "7", "shares[vollstationaer].percent[2]", "50", "staffPerClient", "0,5"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fehler: Einstellungen")
                .contains("Tagespflege, Wert: Bitte geben Sie eine Zahl an")
                .contains("Tagespflege, Quelle: Jeder Richtwert braucht eine Quelle.")
                .contains("Umwegfaktor: Bitte geben Sie eine Zahl von 1 bis 3 an")
                .contains("Pflegegrade vollstationär, Pflegegrad 1 in %: Die Anteile ergeben zusammen 123 % statt 100 %.")
                .contains("href=\"#benchmarks-tagespflege-value\"").contains("id=\"benchmarks-tagespflege-value\"")
                .contains("value=\"viel\"").contains("value=\"7\"").contains("value=\"50\"").contains("value=\"0,5\"")
                .contains("value=\"Süd\"").contains("value=\"2035\"").contains("value=\"-0,5\"");
        mvc.perform(get("/api/v1/planning/09186/settings").with(as(f.planner)))
                .andExpect(jsonPath("$.benchmarks.tagespflege").doesNotExist());
    }

    @Test
    void anAreaOfAnotherCountyOrTwoRoomsForOneAreaAreRefused() throws Exception {
        String page = mvc.perform(filled("rooms[09161000]", "Ingolstadt"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Planungsräume: Das Gebiet 09161000 gehört nicht zu den Gebieten des Kreises.").contains("value=\"Süd\"");
    }
}
