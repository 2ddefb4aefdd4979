package de.pflegeregion.planning.web;

import static de.pflegeregion.planning.web.PlanningFixture.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.planning.ShippedData;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/** The contract's edges, line by line: media types, years outside the projection, exports' parameters, encodings, 404 first. */
@IntegrationTest
class PlanningContractIT {

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
    String base;

    @BeforeEach
    void setUp() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new PlanningFixture(tenants, accounts, registry);
        base = "/api/v1/planning/09186";
    }

    private void load() throws Exception {
        mvc.perform(post(base + "/population").param("kind", "bestand").with(as(f.planner)).contentType("text/csv")
                .content(PlanningFixture.genesisFile("31.12.2023"))).andExpect(status().isCreated());
        mvc.perform(post(base + "/population").param("kind", "prognose").param("variant", ShippedData.PROJECTION_VARIANT)
                .with(as(f.planner)).contentType("text/csv").content(ShippedData.landProjectionAsTemplate("09186").orElseThrow()))
                .andExpect(status().isCreated());
    }

    static byte[] zip(byte[] file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("12411-02-03-5.csv"));
            zip.write(file);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void aZipBodyIsAccepted() throws Exception {
        mvc.perform(post(base + "/population").param("kind", "bestand").with(as(f.planner)).contentType("application/zip")
                .content(zip(PlanningFixture.genesisFile("31.12.2023")))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.areas").value(2));
    }

    @Test
    void aYearBeforeTheBaseYearIs422ListingThePossibleYears() throws Exception {
        load();
        mvc.perform(get(base + "/forecast").param("year", "2010").with(as(f.planner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.possibleYears[0]").value(2023));
    }

    @Test
    void exportsTakeTheSameQueryAndAnswerTheSameErrors() throws Exception {
        load();
        for (String export : new String[] {"/forecast.csv", "/forecast.xlsx"}) {
            mvc.perform(get(base + export).param("year", "2041").with(as(f.planner)))
                    .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.possibleYears[0]").value(2023));
            mvc.perform(get(base + export).param("scenario", "wunsch").with(as(f.planner)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("scenario"));
            mvc.perform(get(base + export).param("year", "bald").with(as(f.planner)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("year"));
            mvc.perform(get(base + export).param("year", "2035").with(as(f.planner))).andExpect(status().isOk());
        }
    }

    @Test
    void quotaFilesInWindows1252OrWithByteOrderMarkAreRead() throws Exception {
        String quotas = "# Quelle: Landesamt für Statistik\nage_from;age_to;sex;setting;quota;reference_population\n"
                + "0;75;m;pflegegeld;0.01;1000\n75;;m;pflegegeld;0.2;100\n0;75;w;pflegegeld;0.01;1000\n75;;w;pflegegeld;0.25;150\n";
        mvc.perform(put(base + "/quotas").param("source", "Landesamt").param("referenceDate", "2023-12-15").with(as(f.planner))
                .contentType("text/csv").content(quotas.getBytes(java.nio.charset.Charset.forName("windows-1252"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(4));
        mvc.perform(put(base + "/quotas").param("source", "Landesamt").param("referenceDate", "2023-12-15").with(as(f.planner))
                .contentType("text/csv").content(("\uFEFF" + quotas.replaceFirst("# .*\n", "")).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(4));
        mvc.perform(put(base + "/quotas").param("referenceDate", "2023-12-15").with(as(f.planner)).contentType("text/csv").content(quotas))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("source"));
    }

    @Test
    void settingsOfTheWrongTypeOrForUnknownAreasAre400NamingTheField() throws Exception {
        load();
        mvc.perform(put(base + "/settings").with(as(f.planner)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"benchmarks": {"tagespflege": {"method": "PER_100_RESIDENTS", "value": "viel", "ageFrom": 65, "source": "x"}}}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value(containsString("benchmarks.tagespflege.value")));
        mvc.perform(put(base + "/settings").with(as(f.planner)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"planungsraeume": {"Nord": ["09161000"]}}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("planungsraeume.Nord"));
        mvc.perform(put(base + "/settings").with(as(f.planner)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"benchmarks": {"hospiz": {"method": "OCCUPANCY", "value": 0.9, "source": "x"}}}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("benchmarks.hospiz"));
    }

    @Test
    void anotherCountyIs404OnEveryEndpointBeforeTheBodyIsRead() throws Exception {
        String kiel = "/api/v1/planning/01002";
        mvc.perform(post(kiel + "/population").param("kind", "bestand").with(as(f.planner)).contentType("text/csv").content("kaputt"))
                .andExpect(status().isNotFound());
        mvc.perform(put(kiel + "/quotas").param("source", "x").param("referenceDate", "2023-12-15").with(as(f.planner))
                .contentType("text/csv").content("kaputt")).andExpect(status().isNotFound());
        mvc.perform(put(kiel + "/settings").with(as(f.planner)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        for (String path : new String[] {"/settings", "/forecast?year=2023", "/forecast.csv", "/forecast.xlsx", "/bestand"}) {
            mvc.perform(get(kiel + path).with(as(f.planner))).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/planning/99999/bestand").with(as(f.planner))).andExpect(status().isNotFound());
    }

    @Test
    void theCountyTotalNamesAccessibilityForEveryTypeEvenWithoutOffers() throws Exception {
        load();
        mvc.perform(get(base + "/forecast").param("year", "2035").with(as(f.planner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.accessibility.tagespflege").exists())
                .andExpect(jsonPath("$.areas[0].accessibility.tagespflege").hasJsonPath());
    }

    @Test
    void aTokenFromTheTokenEndpointOpensThePlanningApiAndABadOneIs401ProblemJson() throws Exception {
        String answer = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + f.planner.username() + "\", \"password\": \"" + PlanningFixture.PASSWORD + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.expiresAt").isString()).andReturn().getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(answer, "$.token");
        mvc.perform(get(base + "/settings").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/planning/01002/settings").header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
        mvc.perform(get(base + "/settings").header("Authorization", "Bearer " + token + "x"))
                .andExpect(status().isUnauthorized()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + f.planner.username() + "\", \"password\": \"falsch\"}"))
                .andExpect(status().isUnauthorized()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUploadWithoutKindIs400NamingIt() throws Exception {
        String two = ShippedData.landProjectionAsTemplate("09186").orElseThrow();
        mvc.perform(post(base + "/population").param("kind", "bestand").with(as(f.planner)).contentType("text/csv")
                .content(PlanningFixture.genesisFile("31.12.2023"))).andExpect(status().isCreated());
        mvc.perform(get(base + "/forecast").param("year", "2023").with(as(f.planner))).andExpect(status().isOk())
                .andExpect(jsonPath("$.areas[0].complete").value(true));
        mvc.perform(post(base + "/population").with(as(f.planner)).contentType("text/csv").content(two))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("kind"));
    }
}
