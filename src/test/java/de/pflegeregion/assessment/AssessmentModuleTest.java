package de.pflegeregion.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The assessment module alone with the shell and platform it uses (Spring Modulith slice): questionnaire pages and API. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:assessment-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureMockMvc
class AssessmentModuleTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aQuestionnairePageIsBoundAndBadCountsAreNamed() throws Exception {
        // Spring Session keeps the answers; its cookie carries the session from request to request
        Cookie session = mvc.perform(post("/pflegegrad/neu").with(csrf())).andExpect(redirectedUrl("/pflegegrad/schritt/person"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/pflegegrad/schritt/person").cookie(session).with(csrf()).param("person", "kind")
                .param("alterJahre", "7").param("alterMonate", "")).andExpect(redirectedUrl("/pflegegrad/schritt/mobilitaet"));
        String page = mvc.perform(post("/pflegegrad/schritt/medikamente").cookie(session).with(csrf())
                        .param("antwort-5.1-tag", "drei").param("antwort-5.2-woche", "-2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fehler:", "Medikation", "ganze Zahlen von 0 bis 1000", "value=\"drei\"");
        mvc.perform(post("/pflegegrad/schritt/medikamente").cookie(session).with(csrf()).param("antwort-5.1-tag", "3"))
                .andExpect(redirectedUrl("/pflegegrad/schritt/wunden"));
        assertThat(mvc.perform(get("/pflegegrad/pruefen").cookie(session)).andReturn().getResponse().getContentAsString())
                .contains("7 Jahre und 0 Monate");
    }

    @Test
    void theAssessmentApiWorksInTheSlice() throws Exception {
        mvc.perform(post("/api/v1/assessment").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"1.1\": 2}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.modules[0].rawPoints").value(2));
        mvc.perform(post("/api/v1/assessment").contentType(MediaType.APPLICATION_JSON).content("{\"answers\": {\"1.1\": 9}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("answers.1.1"));
    }
}
