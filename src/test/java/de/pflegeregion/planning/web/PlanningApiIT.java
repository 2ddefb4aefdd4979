package de.pflegeregion.planning.web;

import static de.pflegeregion.planning.web.PlanningFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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

/** The planning API as the contract says: shapes, status codes and problem+json answers. */
@IntegrationTest
class PlanningApiIT {

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

    private void loadPopulationAndProjection() throws Exception {
        mvc.perform(post(base + "/population").param("kind", "bestand").param("fileName", "12411-02-03-5.csv")
                .with(as(f.planner)).contentType("text/csv").content(PlanningFixture.genesisFile("31.12.2023"))).andExpect(status().isCreated());
        mvc.perform(post(base + "/population").param("kind", "prognose").param("variant", ShippedData.PROJECTION_VARIANT)
                .with(as(f.planner)).contentType("text/csv").content(ShippedData.landProjectionAsTemplate("09186").orElseThrow()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.level").value("land"));
    }

    @Test
    void aGenesisFileIsImportedAnsweringWhatWasKept() throws Exception {
        mvc.perform(post(base + "/population").param("kind", "bestand").with(as(f.planner))
                        .contentType("application/octet-stream").content(PlanningFixture.genesisFile("31.12.2023")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.kind").value("bestand"))
                .andExpect(jsonPath("$.rows").value(68))
                .andExpect(jsonPath("$.skippedOutsideCounty").value(52))
                .andExpect(jsonPath("$.unknownCells").value(0))
                .andExpect(jsonPath("$.areas").value(2))
                .andExpect(jsonPath("$.years[0]").value(2023))
                .andExpect(jsonPath("$.level").value("gemeinde"));
    }

    @Test
    void aBrokenFileIs422WithRowAndFieldAndNothingIsStored() throws Exception {
        String broken = new String(PlanningFixture.genesisFile("31.12.2023"), StandardCharsets.UTF_8).replaceFirst("(ALT000B03;unter 3 Jahre;)\\d+", "$1x7");
        mvc.perform(post(base + "/population").param("kind", "bestand").with(as(f.planner)).contentType("text/csv").content(broken))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("BEVSTD__Bevoelkerungsstand__Anzahl"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("keine Zahl")));
        mvc.perform(get(base + "/forecast").param("year", "2023").with(as(f.planner))).andExpect(status().isUnprocessableContent());
    }

    @Test
    void theForecastHasTheContractsShape() throws Exception {
        loadPopulationAndProjection();
        mvc.perform(get(base + "/forecast").param("year", "2035").with(as(f.planner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.county").value("09186"))
                .andExpect(jsonPath("$.baseYear").value(2023))
                .andExpect(jsonPath("$.year").value(2035))
                .andExpect(jsonPath("$.scenario").value("status-quo"))
                .andExpect(jsonPath("$.notes").value(hasItem(containsString("Die Jahre 2023 bis 2025 sind nicht vorausberechnet"))))
                .andExpect(jsonPath("$.areas[0].key").value("09186143"))
                .andExpect(jsonPath("$.areas[0].name").value("Pfaffenhofen a.d.Ilm"))
                .andExpect(jsonPath("$.areas[0].complete").value(true))
                .andExpect(jsonPath("$.areas[0].point.lat").value(closeTo(48.53, 0.05)))
                .andExpect(jsonPath("$.areas[0].population.total").isNumber())
                .andExpect(jsonPath("$.areas[0].population.age80plus").isNumber())
                .andExpect(jsonPath("$.areas[0].pflegebeduerftige.total").isNumber())
                .andExpect(jsonPath("$.areas[0].pflegebeduerftige.pg1_ohne").value(0.0))
                .andExpect(jsonPath("$.areas[0].places.vollstationaer.needed").isNumber())
                .andExpect(jsonPath("$.areas[0].places.vollstationaer.existing").value(80.0))
                .andExpect(jsonPath("$.areas[0].places.vollstationaer.unknownCapacityOffers").value(0))
                .andExpect(jsonPath("$.areas[0].places.tagespflege.needed").value(nullValue()))
                .andExpect(jsonPath("$.areas[0].staff.vollstationaer.fachkraft").isNumber())
                .andExpect(jsonPath("$.areas[0].accessibility.vollstationaer.offerId").value(f.heim.id()))
                .andExpect(jsonPath("$.areas[0].accessibility.vollstationaer.minutes").isNumber())
                .andExpect(jsonPath("$.total.population.total").isNumber())
                .andExpect(jsonPath("$.total.places.vollstationaer.existing").value(80.0))
                .andExpect(jsonPath("$.total.accessibility.vollstationaer.share80plusWithinThreshold").isNumber())
                .andExpect(jsonPath("$.planungsraeume").isArray());
    }

    @Test
    void aChangeInTheRegisterShowsInTheNextForecast() throws Exception {
        loadPopulationAndProjection();
        registry.create(f.county.id(), PlanningFixture.offer("Tagespflege Wolnzach", List.of("tagespflege", "vollstationaer"), "85283",
                "Wolnzach", Map.of("tagespflege", 12)), f.admin);
        mvc.perform(get(base + "/forecast").param("year", "2030").with(as(f.planner)))
                .andExpect(jsonPath("$.total.places.tagespflege.existing").value(12.0))
                .andExpect(jsonPath("$.total.places.vollstationaer.unknownCapacityOffers").value(1));
    }

    @Test
    void badParametersAre400NamingThemAndAYearBeyondTheProjectionIs422() throws Exception {
        loadPopulationAndProjection();
        mvc.perform(get(base + "/forecast").param("year", "2041").with(as(f.planner)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("2023–2040")))
                .andExpect(jsonPath("$.possibleYears[0]").value(2023));
        mvc.perform(get(base + "/forecast").param("year", "2035").param("scenario", "wunsch").with(as(f.planner)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("scenario"));
        mvc.perform(get(base + "/forecast").param("year", "bald").with(as(f.planner)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("year"));
        mvc.perform(get(base + "/forecast").with(as(f.planner)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("year"));
        mvc.perform(get(base + "/forecast").param("year", "2035").param("variant", "BEV-VARIANTE-09").with(as(f.planner)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("variant"));
        mvc.perform(post(base + "/population").param("kind", "irgendwas").with(as(f.planner)).contentType("text/csv").content("x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("kind"));
    }

    @Test
    void scenariosSideBySide() throws Exception {
        loadPopulationAndProjection();
        mvc.perform(put(base + "/settings").with(as(f.planner)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"benchmarks": {"vollstationaer": {"method": "OCCUPANCY", "value": 0.95, "source": "Annahme"}},
                         "scenarios": {"trendRate": -0.005, "shiftShare": 0.2, "shiftTargetYear": 2035}}"""))
                .andExpect(status().isOk());
        String trend = mvc.perform(get(base + "/forecast").param("year", "2035").param("scenario", "trend").with(as(f.planner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String quo = mvc.perform(get(base + "/forecast").param("year", "2035").with(as(f.planner))).andReturn().getResponse().getContentAsString();
        double trendTotal = com.jayway.jsonpath.JsonPath.read(trend, "$.total.pflegebeduerftige.total");
        double quoTotal = com.jayway.jsonpath.JsonPath.read(quo, "$.total.pflegebeduerftige.total");
        assertThat(trendTotal).isCloseTo(quoTotal * Math.pow(0.995, 12), org.assertj.core.data.Offset.offset(1e-6));
        mvc.perform(get(base + "/forecast").param("year", "2035").param("scenario", "ambulant-vor-stationaer").with(as(f.planner)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scenario").value("ambulant-vor-stationaer"));
    }

    @Test
    void settingsAreTheWholeDocumentAndBadValuesAre400NamingTheField() throws Exception {
        mvc.perform(get(base + "/settings").with(as(f.planner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.benchmarks.vollstationaer.method").value("OCCUPANCY"))
                .andExpect(jsonPath("$.benchmarks.vollstationaer.value").value(0.95))
                .andExpect(jsonPath("$.benchmarks.vollstationaer.source").isString())
                .andExpect(jsonPath("$.pflegegradShares.vollstationaer.3").value(0.39))
                .andExpect(jsonPath("$.accessibility.detourFactor").value(1.3))
                .andExpect(jsonPath("$.accessibility.speedKmh").value(50.0))
                .andExpect(jsonPath("$.accessibility.thresholdMinutes").value(20.0));
        String good = """
                {"benchmarks": {"tagespflege": {"method": "PER_100_RESIDENTS", "value": 0.3, "ageFrom": 65, "source": "Faustwert"},
                                "vollstationaer": {"method": "OCCUPANCY", "value": 0.95, "source": "Annahme"}},
                 "pflegegradShares": {"vollstationaer": {"1": 0.01, "2": 0.27, "3": 0.39, "4": 0.24, "5": 0.09}},
                 "ambulantStaffPerClient": 0.455,
                 "accessibility": {"detourFactor": 1.3, "speedKmh": 50, "thresholdMinutes": 20},
                 "planungsraeume": {"Nord": ["09186143"], "Süd": ["09186162"]}}""";
        mvc.perform(put(base + "/settings").with(as(f.planner)).contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isOk()).andExpect(jsonPath("$.planungsraeume.Nord[0]").value("09186143"));
        mvc.perform(get(base + "/settings").with(as(f.planner))).andExpect(jsonPath("$.ambulantStaffPerClient").value(0.455));
        mvc.perform(put(base + "/settings").with(as(f.planner)).contentType(MediaType.APPLICATION_JSON)
                        .content(good.replace("\"value\": 0.3", "\"value\": -1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("benchmarks.tagespflege.value"));
        mvc.perform(put(base + "/settings").with(as(f.planner)).contentType(MediaType.APPLICATION_JSON)
                        .content(good.replace("\"PER_100_RESIDENTS\"", "\"NACH_GEFUEHL\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("benchmarks.tagespflege.method"));
        mvc.perform(put(base + "/settings").with(as(f.planner)).contentType(MediaType.APPLICATION_JSON)
                        .content(good.replace("\"detourFactor\": 1.3", "\"detourFactor\": 7")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("accessibility.detourFactor"));
        mvc.perform(put(base + "/settings").with(as(f.planner)).contentType(MediaType.APPLICATION_JSON)
                        .content(good.replace("\"2\": 0.27", "\"2\": 0.5")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("pflegegradShares.vollstationaer"));
        mvc.perform(get(base + "/settings").with(as(f.planner))).andExpect(jsonPath("$.benchmarks.tagespflege.value").value(0.3));
    }

    @Test
    void aPlannerLoadsAnotherQuotaSet() throws Exception {
        String quotas = "# eigene Quoten\nage_from;age_to;sex;setting;quota;reference_population\n"
                + "0;75;m;pflegegeld;0.01;1000\n75;;m;pflegegeld;0.2;100\n0;75;w;pflegegeld;0.01;1000\n75;;w;pflegegeld;0.25;150\n";
        mvc.perform(put(base + "/quotas").param("source", "Landesamt, Tabelle 7").param("referenceDate", "2023-12-15")
                        .with(as(f.planner)).contentType("text/csv").content(quotas))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.bands").value(2))
                .andExpect(jsonPath("$.settings[0]").value("pflegegeld"));
        mvc.perform(put(base + "/quotas").param("source", "x").param("referenceDate", "2023-12-15")
                        .with(as(f.planner)).contentType("text/csv").content(quotas.replace("0.2;100", "2;100")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].field").value("quota"));
        mvc.perform(put(base + "/quotas").param("source", "x").param("referenceDate", "15.12.2023")
                        .with(as(f.planner)).contentType("text/csv").content(quotas))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("referenceDate"));
    }

    @Test
    void exportsAndTheBestandsaufnahme() throws Exception {
        loadPopulationAndProjection();
        String csv = mvc.perform(get(base + "/forecast.csv").with(as(f.planner)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("prognose-09186.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).startsWith("\uFEFFJahr;Szenario;Gebietsschlüssel;Gebiet;");
        // two areas for every year 2023–2040
        assertThat(lines).hasSize(1 + 2 * 18);
        assertThat(lines.get(1)).startsWith("2023;Status quo;09186143;Pfaffenhofen a.d.Ilm;");
        mvc.perform(get(base + "/bestand").with(as(f.planner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.types.vollstationaer.places").value(80))
                .andExpect(jsonPath("$.areas[0].types.vollstationaer.placesPer100Aged80").isNumber());
    }

    @Test
    void anotherCountysDataIs404AndNoLoginIs401ProblemJson() throws Exception {
        mvc.perform(get(base + "/forecast").param("year", "2023").with(as(f.kielPlanner)))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(base + "/settings"))
                .andExpect(status().isUnauthorized()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get(base + "/settings").with(as(f.provider)))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(base + "/settings").with(as(f.admin))).andExpect(status().isOk());
    }
}
