package de.pflegeregion.benefits.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.pflegeregion.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The benefits API contract (spec benefits.md) and every kind of bad input. */
@IntegrationTest
class BenefitsApiIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void badRequest(HttpResponse<String> response, String parameter, String detailPart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).contains(detailPart);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void entitlementsMatchTheSpecExample() throws Exception {
        JsonNode body = ok(get("/api/v1/benefits?pflegegrad=3&date=2025-03-15"));
        assertThat(body.get("date").asString()).isEqualTo("2025-03-15");
        assertThat(body.get("pflegegrad").asInt()).isEqualTo(3);
        JsonNode amounts = body.get("amounts");
        List<String> keys = new ArrayList<>(amounts.propertyNames());
        assertThat(keys).containsExactly("pflegegeld", "pflegesachleistung", "tagespflege", "entlastungsbetrag",
                "pflegehilfsmittel", "wohnumfeldverbesserung", "verhinderungspflege", "kurzzeitpflege",
                "gemeinsamerJahresbetrag", "vollstationaer", "wohngruppenzuschlag");
        assertThat(amounts.get("pflegegeld").decimalValue()).isEqualByComparingTo("599");
        assertThat(amounts.get("pflegesachleistung").decimalValue()).isEqualByComparingTo("1497");
        assertThat(amounts.get("tagespflege").decimalValue()).isEqualByComparingTo("1357");
        assertThat(amounts.get("entlastungsbetrag").decimalValue()).isEqualByComparingTo("131");
        assertThat(amounts.get("pflegehilfsmittel").decimalValue()).isEqualByComparingTo("42");
        assertThat(amounts.get("wohnumfeldverbesserung").decimalValue()).isEqualByComparingTo("4180");
        assertThat(amounts.get("verhinderungspflege").decimalValue()).isEqualByComparingTo("1685");
        assertThat(amounts.get("kurzzeitpflege").decimalValue()).isEqualByComparingTo("1854");
        assertThat(amounts.get("gemeinsamerJahresbetrag").isNull()).isTrue();
        assertThat(amounts.get("vollstationaer").decimalValue()).isEqualByComparingTo("1319");
        assertThat(amounts.get("wohngruppenzuschlag").decimalValue()).isEqualByComparingTo("224");
        JsonNode pflegegeld = body.get("items").get(0);
        assertThat(pflegegeld.get("key").asString()).isEqualTo("pflegegeld");
        assertThat(pflegegeld.get("per").asString()).isEqualTo("month");
        assertThat(pflegegeld.get("legalBasis").asString()).isEqualTo("§ 37 Abs. 1 SGB XI");
        assertThat(pflegegeld.get("validFrom").asString()).isEqualTo("2025-01-01");
        assertThat(body.get("parameters").size()).isGreaterThan(10);
    }

    @Test
    void fromJuly2025TheJointAmountTakesOverAndLandBenefitsAreItems() throws Exception {
        JsonNode body = ok(get("/api/v1/benefits?pflegegrad=2&date=2026-03-01&land=BY"));
        assertThat(body.get("amounts").get("verhinderungspflege").isNull()).isTrue();
        assertThat(body.get("amounts").get("kurzzeitpflege").isNull()).isTrue();
        assertThat(body.get("amounts").get("gemeinsamerJahresbetrag").decimalValue()).isEqualByComparingTo("3539");
        JsonNode landespflegegeld = null;
        for (JsonNode item : body.get("items")) {
            if (item.get("key").asString().equals("landespflegegeld")) {
                landespflegegeld = item;
            }
        }
        assertThat(landespflegegeld).isNotNull();
        assertThat(landespflegegeld.get("amount").decimalValue()).isEqualByComparingTo("500");
        assertThat(landespflegegeld.get("per").asString()).isEqualTo("year");
        assertThat(ok(get("/api/v1/benefits?pflegegrad=1&date=2025-03-15")).get("amounts").get("pflegegeld").isNull()).isTrue();
    }

    @Test
    void kombinationMatchesThePfaffenhofenExample() throws Exception {
        JsonNode body = ok(post("/api/v1/benefits/kombination",
                "{\"pflegegrad\": 4, \"date\": \"2022-06-01\", \"serviceCostsEuro\": 338.60}"));
        assertThat(body.get("sachleistungSharePercent").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(body.get("pflegegeldEuro").decimalValue()).isEqualByComparingTo("582.40");
        JsonNode above = ok(post("/api/v1/benefits/kombination",
                "{\"pflegegrad\": 4, \"date\": \"2022-06-01\", \"serviceCostsEuro\": 5000}"));
        assertThat(above.get("sachleistungSharePercent").decimalValue()).isEqualByComparingTo("100");
        assertThat(above.get("pflegegeldEuro").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void verhinderungspflegeMatchesThePfaffenhofenExample() throws Exception {
        JsonNode body = ok(get("/api/v1/benefits/verhinderungspflege?pflegegrad=3&date=2022-06-01&carer=relative"));
        assertThat(body.get("capEuro").decimalValue()).isEqualByComparingTo("817.50");
        assertThat(body.get("maxWeeks").asInt()).isEqualTo(6);
        JsonNode young = ok(get("/api/v1/benefits/verhinderungspflege?pflegegrad=4&date=2024-06-01&carer=other&ageYears=19"));
        assertThat(young.get("maxWeeks").asInt()).isEqualTo(8);
        JsonNode july = ok(get("/api/v1/benefits/verhinderungspflege?pflegegrad=3&date=2025-07-01&carer=other"));
        assertThat(july.get("capEuro").decimalValue()).isEqualByComparingTo("3539");
        JsonNode gradeOne = ok(get("/api/v1/benefits/verhinderungspflege?pflegegrad=1&date=2025-07-01&carer=other"));
        assertThat(gradeOne.get("capEuro").isNull()).isTrue();
        assertThat(gradeOne.get("entitled").asBoolean()).isFalse();
    }

    @Test
    void badQueryParametersAreProblemsNamingTheParameter() throws Exception {
        badRequest(get("/api/v1/benefits?date=2025-03-15"), "pflegegrad", "fehlt");
        badRequest(get("/api/v1/benefits?pflegegrad=drei&date=2025-03-15"), "pflegegrad", "ganze Zahl");
        badRequest(get("/api/v1/benefits?pflegegrad=6&date=2025-03-15"), "pflegegrad", "1 bis 5");
        badRequest(get("/api/v1/benefits?pflegegrad=3"), "date", "fehlt");
        badRequest(get("/api/v1/benefits?pflegegrad=3&date=15.03.2025"), "date", "JJJJ-MM-TT");
        badRequest(get("/api/v1/benefits?pflegegrad=3&date=2016-12-31"), "date", "ab dem 1. Januar 2017");
        badRequest(get("/api/v1/benefits?pflegegrad=3&date=2025-03-15&land=XY"), "land", "Bundeslandes");
        badRequest(get("/api/v1/benefits/verhinderungspflege?pflegegrad=3&date=2022-06-01"), "carer", "relative");
        badRequest(get("/api/v1/benefits/verhinderungspflege?pflegegrad=3&date=2022-06-01&carer=neighbour"), "carer", "other");
        badRequest(get("/api/v1/benefits/verhinderungspflege?pflegegrad=3&date=2022-06-01&carer=other&ageYears=x"),
                "ageYears", "ganze Zahl");
        badRequest(get("/api/v1/benefits/verhinderungspflege?pflegegrad=3&date=2022-06-01&carer=other&ageYears=-3"),
                "ageYears", "Alter");
        badRequest(get("/api/v1/benefits/verhinderungspflege?pflegegrad=3&date=2010-06-01&carer=other"), "date", "2017");
    }

    @Test
    void badKombinationBodiesAreProblemsNamingTheField() throws Exception {
        badRequest(post("/api/v1/benefits/kombination", "{\"date\": \"2022-06-01\", \"serviceCostsEuro\": 1}"),
                "pflegegrad", "fehlt");
        badRequest(post("/api/v1/benefits/kombination", "{\"pflegegrad\": 4, \"serviceCostsEuro\": 1}"), "date", "fehlt");
        badRequest(post("/api/v1/benefits/kombination", "{\"pflegegrad\": 4, \"date\": \"2022-06-01\"}"),
                "serviceCostsEuro", "fehlt");
        badRequest(post("/api/v1/benefits/kombination", "{\"pflegegrad\": 4, \"date\": \"gestern\", \"serviceCostsEuro\": 1}"),
                "date", "ungültigen Wert");
        badRequest(post("/api/v1/benefits/kombination", "{\"pflegegrad\": 4, \"date\": \"2022-06-01\", \"serviceCostsEuro\": -5}"),
                "serviceCostsEuro", "0 Euro");
        badRequest(post("/api/v1/benefits/kombination", "{\"pflegegrad\": 1, \"date\": \"2022-06-01\", \"serviceCostsEuro\": 5}"),
                "pflegegrad", "ab Pflegegrad 2");
        badRequest(post("/api/v1/benefits/kombination", "{\"pflegegrad\": 4, \"date\": \"2016-06-01\", \"serviceCostsEuro\": 5}"),
                "date", "ab dem 1. Januar 2017");
        badRequest(post("/api/v1/benefits/kombination", "{\"pflegegrad\": 4,"), "body", "kein gültiges JSON");
        badRequest(post("/api/v1/benefits/kombination", "{\"pflegegrad\": \"vier\", \"date\": \"2022-06-01\", \"serviceCostsEuro\": 5}"),
                "pflegegrad", "ungültigen Wert");
    }

    @Test
    void monthPlanAnswersWhatTheMonthPageShows() throws Exception {
        // PG 4 in June 2022 (Pfaffenhofen example): Pflegedienst 338.60 € = 20 % of 1693 € → Pflegegeld 80 % of 728 € = 582.40
        JsonNode body = ok(post("/api/v1/benefits/monatsplan", """
                {"pflegegrad": 4, "month": "2022-06", "sachleistungEuro": 338.60, "tagespflegeEuro": 440,
                 "entlastungEuro": 100}"""));
        assertThat(body.get("month").asString()).isEqualTo("2022-06");
        assertThat(body.get("pflegegeldEuro").decimalValue()).isEqualByComparingTo("582.40");
        assertThat(body.get("sachleistungEuro").decimalValue()).isEqualByComparingTo("338.60");
        assertThat(body.get("tagespflegeEuro").decimalValue()).isEqualByComparingTo("440");
        assertThat(body.get("entlastungsbetragEuro").decimalValue()).isEqualByComparingTo("100");
        assertThat(body.get("verhinderungspflegeEuro").decimalValue()).isEqualByComparingTo("0");
        assertThat(body.get("kurzzeitpflegeEuro").decimalValue()).isEqualByComparingTo("0");
        assertThat(body.get("remaining").get("gemeinsamerJahresbetragEuro").isNull()).isTrue();
        assertThat(body.get("payments").size()).isGreaterThan(5);
        assertThat(body.get("parameters").size()).isGreaterThan(5);
        // amounts are JSON numbers with two decimals
        assertThat(response("/api/v1/benefits/monatsplan", """
                {"pflegegrad": 4, "month": "2022-06", "sachleistungEuro": 338.60}""").body())
                .contains("\"pflegegeldEuro\":582.40", "\"pflegegeldFullEuro\":728.00", "\"kurzzeitpflegeEuro\":0.00");
    }

    @Test
    void monthPlanKeepsTheFullPflegegeldWhenTheVorpflegezeitIsNotMet() throws Exception {
        // PG 3 in March 2024: 573 €; home care since January, the Vorpflegezeit is 6 months → no VP, no halving
        JsonNode refused = ok(post("/api/v1/benefits/monatsplan", """
                {"pflegegrad": 3, "month": "2024-03", "careAtHomeSince": "2024-01",
                 "verhinderungspflege": {"days": 10, "hoursOnly": false, "carer": "other", "costEuro": 800}}"""));
        assertThat(refused.get("pflegegeldEuro").decimalValue()).isEqualByComparingTo("573.00");
        assertThat(refused.get("verhinderungspflegeEuro").decimalValue()).isEqualByComparingTo("0");
        assertThat(refused.get("warnings").findValuesAsString("code")).contains("VORPFLEGEZEIT");
        // since 2023-01 the Vorpflegezeit is met: 800 € paid, 8 of the 10 days at half: 573 − 573 × 8 / 60 = 496.60
        JsonNode granted = ok(post("/api/v1/benefits/monatsplan", """
                {"pflegegrad": 3, "month": "2024-03", "careAtHomeSince": "2023-01",
                 "verhinderungspflege": {"days": 10, "hoursOnly": false, "carer": "other", "costEuro": 800},
                 "kurzzeitpflege": {"days": 0, "costEuro": 0}}"""));
        assertThat(granted.get("verhinderungspflegeEuro").decimalValue()).isEqualByComparingTo("800");
        assertThat(granted.get("pflegegeldEuro").decimalValue()).isEqualByComparingTo("496.60");
        // hours only keeps the full Pflegegeld
        JsonNode hours = ok(post("/api/v1/benefits/monatsplan", """
                {"pflegegrad": 3, "month": "2024-03", "careAtHomeSince": "2023-01",
                 "verhinderungspflege": {"days": 10, "hoursOnly": true, "carer": "other", "costEuro": 800}}"""));
        assertThat(hours.get("pflegegeldEuro").decimalValue()).isEqualByComparingTo("573.00");
    }

    @Test
    void badMonthPlanBodiesAreProblemsNamingTheField() throws Exception {
        String path = "/api/v1/benefits/monatsplan";
        badRequest(post(path, "{\"month\": \"2024-03\"}"), "pflegegrad", "fehlt");
        badRequest(post(path, "{\"pflegegrad\": 6, \"month\": \"2024-03\"}"), "pflegegrad", "1 bis 5");
        badRequest(post(path, "{\"pflegegrad\": 3}"), "month", "fehlt");
        badRequest(post(path, "{\"pflegegrad\": 3, \"month\": \"2016-12\"}"), "month", "ab dem 1. Januar 2017");
        badRequest(post(path, "{\"pflegegrad\": 3, \"month\": \"März\"}"), "month", "ungültigen Wert");
        badRequest(post(path, "{\"pflegegrad\": \"drei\", \"month\": \"2024-03\"}"), "pflegegrad", "ungültigen Wert");
        badRequest(post(path, "{\"pflegegrad\": 3, \"month\": \"2024-03\", \"sachleistungEuro\": -1}"),
                "sachleistungEuro", "0 und 100.000 Euro");
        badRequest(post(path, "{\"pflegegrad\": 3, \"month\": \"2024-03\", \"verhinderungspflege\": {\"days\": 40, \"carer\": \"other\"}}"),
                "verhinderungspflege.days", "0 bis 31 Tage");
        badRequest(post(path, "{\"pflegegrad\": 3, \"month\": \"2024-03\", \"verhinderungspflege\": {\"days\": 3, \"carer\": \"neighbour\"}}"),
                "verhinderungspflege.carer", "relative");
        badRequest(post(path, "{\"pflegegrad\": 3, \"month\": \"2024-03\", \"verhinderungspflege\": {\"tage\": 3}}"),
                "verhinderungspflege.tage", "unbekannt");
        badRequest(post(path, "{\"pflegegrad\": 3, \"month\": \"2024-03\", \"kurzzeitpflege\": {\"days\": \"zwei\"}}"),
                "kurzzeitpflege.days", "ungültigen Wert");
        badRequest(post(path, "{\"pflegegrad\": 3, \"month\": \"2024-03\", \"extra\": 1}"), "extra", "unbekannt");
        badRequest(post(path, "[1, 2]"), "body", "JSON-Objekt");
        badRequest(post(path, "{\"pflegegrad\": 3,"), "body", "kein gültiges JSON");
    }

    private HttpResponse<String> response(String path, String body) throws Exception {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
