package de.pflegeregion.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasEntry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import de.pflegeregion.platform.CountyClock;

/**
 * The benefits module alone with the shell and platform it uses (Spring Modulith slice): its pages and API
 * on an in-memory database, in the county of Kiel, at 00:30 German time on New Year's Day 2027.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:benefits-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "pflegeregion.county.name=Landeshauptstadt Kiel"})
@AutoConfigureMockMvc
class BenefitsModuleTest {

    /** 2026-12-31 23:30 UTC is already 2027-01-01 00:30 in Germany. */
    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), CountyClock.ZONE);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theDefaultDayIsTodayInGermanyNotInTheServersZone() throws Exception {
        mvc.perform(get("/leistungen")).andExpect(status().isOk())
                .andExpect(model().attribute("form", hasEntry("datum", "2027-01-01")));
        mvc.perform(get("/leistungen/monatsplan")).andExpect(model().attribute("form", hasEntry("monat", "2027-01")));
        mvc.perform(get("/leistungen/jahresbudget")).andExpect(model().attribute("form", hasEntry("jahr", "2027")));
        String page = mvc.perform(get("/leistungen?pflegegrad=3")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Pflegegrad 3 am 01.01.2027");
    }

    @Test
    void theLeistungenPageShowsOnlyTheOwnCountysBrochure() throws Exception {
        mvc.perform(get("/leistungen?pflegegrad=3&datum=2025-03-15&land=XY"))
                .andExpect(model().attribute("errors", hasEntry("land", "Bundesland: Bitte wählen Sie ein Bundesland aus der Liste.")));
        // the Land's code is read as the Land's own check reads it, in any case
        String page = mvc.perform(get("/leistungen?pflegegrad=3&datum=15.03.2025&land=by")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the Kiel brochure prints 1496 € Sachleistung for PG 3 in 2025, the law says 1497 €
        assertThat(page).contains("Landeshauptstadt Kiel (Beträge ab 2025) nennt 1.496 €", "Nach dem Gesetz gelten am 15.03.2025 1.497 €")
                .contains("in Bayern").doesNotContain("Pfaffenhofen");
    }

    @Test
    void theBrochurePageComparesEveryBrochureWithTheLaw() throws Exception {
        String page = mvc.perform(get("/leistungen/broschueren")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Landeshauptstadt Kiel", "Landkreis Pfaffenhofen a.d.Ilm", "Gesetz am 01.01.2027",
                "1.496 €", "1.497 €", "nein, es gilt das Gesetz");
    }

    @Test
    void theMonthPlanFormReadsGermanNumbersAndNamesBadFields() throws Exception {
        mvc.perform(post("/leistungen/monatsplan").with(csrf()).param("pflegegrad", "4").param("monat", "06.2022")
                        .param("pflegedienst", "338,60").param("vpKosten", "1.200").param("kzpKosten", "817,5"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("errors", java.util.Map.of()))
                .andExpect(model().attribute("result", org.hamcrest.Matchers.hasToString(
                        org.hamcrest.Matchers.containsString("pflegegeld=582,40 €"))));
        mvc.perform(post("/leistungen/monatsplan").with(csrf()).param("pflegegrad", "4").param("tpTage", "40").param("pflegedienst", "viel")
                        .param("monat", "2016-05"))
                .andExpect(model().attribute("errors", hasEntry("tpTage", "Tage in der Tagespflege: Bitte geben Sie eine ganze Zahl von 0 bis 31 an.")))
                .andExpect(model().attribute("errors", hasEntry("pflegedienst",
                        "Kosten des Pflegedienstes: Bitte geben Sie einen Betrag in Euro an, zum Beispiel 338,60.")))
                .andExpect(model().attribute("errors", hasEntry("monat",
                        "Monat: Der Leistungsrechner bildet das Recht ab dem 1. Januar 2017 ab. Bitte wählen Sie ein Datum ab dem 01.01.2017.")))
                .andExpect(model().attribute("form", hasEntry("pflegedienst", "viel")));
    }

    @Test
    void theMonthPlanApiWorksInTheSlice() throws Exception {
        mvc.perform(post("/api/v1/benefits/monatsplan").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"pflegegrad\": 4, \"month\": \"2022-06\", \"sachleistungEuro\": 338.60}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pflegegeldEuro").value(582.40));
    }
}
