package de.pflegeregion.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/**
 * OParl 1.1 on PostgreSQL: walks every list and object from the System, checks the required fields of each type
 * (OParl 1.1 spec, "Schema"), that each id answers with its object, pagination and filters, and that nothing
 * internal leaks: non-public TOPs and meetings, unpublished minutes, persons and attendance without consent,
 * contact data, another county.
 */
@IntegrationTest
class OparlIT {

    static final String SCHEMA = "https://schema.oparl.org/1.1/";

    /** Required fields per type in OParl 1.1 (besides id and type), plus created/modified the network spec asks for. */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("System", List.of("oparlVersion", "body")),
            Map.entry("Body", List.of("name", "organization", "person", "meeting", "paper", "legislativeTerm", "created", "modified")),
            Map.entry("Organization", List.of("body", "name", "organizationType", "created", "modified")),
            Map.entry("Person", List.of("body", "name", "created", "modified")),
            Map.entry("Membership", List.of("person", "organization", "votingRight", "created", "modified")),
            Map.entry("Meeting", List.of("name", "meetingState", "cancelled", "start", "organization", "agendaItem", "created", "modified")),
            Map.entry("AgendaItem", List.of("meeting", "number", "name", "public", "created", "modified")),
            Map.entry("File", List.of("accessUrl", "mimeType", "created", "modified")),
            Map.entry("Paper", List.of("body", "name", "created", "modified")),
            Map.entry("LegislativeTerm", List.of("body", "name", "startDate", "endDate", "created", "modified")),
            Map.entry("Location", List.of("created", "modified")));

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    Gremien gremien;
    @Autowired
    ObjectMapper json;

    MockMvc mvc;
    NetworkFixture f;

    @BeforeEach
    void setUp() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new NetworkFixture(tenants, accounts, gremien);
    }

    String body(String url) throws Exception {
        MvcResult r = mvc.perform(get(url.replace("http://localhost", ""))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    JsonNode read(String url) throws Exception {
        return json.readTree(body(url));
    }

    void checkObject(JsonNode o) throws Exception {
        String type = o.get("type").asString();
        assertThat(type).startsWith(SCHEMA);
        String name = type.substring(SCHEMA.length());
        assertThat(o.get("id").asString()).startsWith("http://localhost/oparl/v1.1/");
        if (o.has("deleted") && o.get("deleted").asBoolean()) {
            return;
        }
        for (String field : REQUIRED.get(name)) {
            assertThat(o.has(field)).as(name + " " + o.get("id") + " has " + field).isTrue();
        }
        for (String time : List.of("created", "modified")) {
            if (o.has(time)) {
                // ISO 8601 with offset
                assertThat(OffsetDateTime.parse(o.get(time).asString())).isNotNull();
            }
        }
        // the id answers with the same object
        JsonNode again = read(o.get("id").asString());
        assertThat(again.get("id")).isEqualTo(o.get("id"));
        assertThat(again.get("type")).isEqualTo(o.get("type"));
    }

    List<JsonNode> list(String url) throws Exception {
        JsonNode page = read(url);
        assertThat(page.has("data") && page.has("pagination") && page.has("links")).as(url).isTrue();
        List<JsonNode> all = new ArrayList<>();
        page.get("data").forEach(all::add);
        while (page.get("links").has("next")) {
            page = read(page.get("links").get("next").asString());
            page.get("data").forEach(all::add);
        }
        return all;
    }

    String bodyUrl() {
        return "http://localhost/oparl/v1.1/body/" + f.county.id();
    }

    @Test
    void theSystemLeadsToEveryObjectAndEachHasItsRequiredFields() throws Exception {
        JsonNode system = read("/oparl/v1.1/system");
        assertThat(system.get("oparlVersion").asString()).isEqualTo(SCHEMA);
        assertThat(system.get("type").asString()).isEqualTo(SCHEMA + "System");
        List<JsonNode> bodies = list(system.get("body").asString());
        JsonNode body = bodies.stream().filter(b -> b.get("id").asString().equals(bodyUrl())).findFirst().orElseThrow();
        checkObject(body);
        assertThat(body.get("ags").asString()).isEqualTo("09186");
        Set<String> seen = new HashSet<>();
        for (String list : List.of("organization", "person", "meeting", "paper", "legislativeTermList", "membership", "agendaItem", "file", "locationList")) {
            for (JsonNode o : list(body.get(list).asString())) {
                checkObject(o);
                seen.add(o.get("type").asString().substring(SCHEMA.length()));
            }
        }
        assertThat(seen).contains("Organization", "Person", "Membership", "Meeting", "AgendaItem", "File", "Paper", "LegislativeTerm", "Location");
        body.get("legislativeTerm").forEach(t -> assertThat(t.get("type").asString()).isEqualTo(SCHEMA + "LegislativeTerm"));
        // OParl 1.1: Body.legislativeTerm embeds the objects, legislativeTermList is the external list of the same objects
        assertThat(body.get("legislativeTerm").isArray()).isTrue();
        assertThat(body.get("legislativeTermList").asString()).isEqualTo(bodyUrl() + "/legislativeTerm");
        List<String> embedded = new ArrayList<>();
        body.get("legislativeTerm").forEach(t -> embedded.add(t.get("id").asString()));
        assertThat(embedded).isNotEmpty().containsExactlyElementsOf(list(body.get("legislativeTermList").asString()).stream()
                .map(t -> t.get("id").asString()).toList());
        for (JsonNode term : body.get("legislativeTerm")) {
            assertThat(read(term.get("id").asString())).isEqualTo(term);
        }
    }

    @Test
    void theHeldMeetingShowsPublicItemsMinutesAndOnlyConsentingParticipants() throws Exception {
        JsonNode m = read(bodyUrl() + "/meeting/" + f.publicMeeting);
        assertThat(m.get("meetingState").asString()).isEqualTo("durchgeführt");
        assertThat(m.get("cancelled").asBoolean()).isFalse();
        assertThat(m.get("agendaItem")).hasSize(1);
        assertThat(m.get("agendaItem").get(0).get("name").asString()).isEqualTo("Ausbildungsmesse");
        assertThat(m.get("agendaItem").get(0).get("resolutionText").asString()).contains("Ausbildungsmesse");
        assertThat(m.get("resultsProtocol").get("mimeType").asString()).isEqualTo("application/pdf");
        assertThat(m.get("invitation").get("accessUrl").asString()).endsWith(".pdf");
        List<String> participants = new ArrayList<>();
        m.get("participant").forEach(p -> participants.add(p.asString()));
        assertThat(participants).containsExactly(bodyUrl() + "/person/" + f.consenting);
        assertThat(m.get("start").asString()).matches(".*[+-]\\d\\d:\\d\\d");
        byte[] pdf = mvc.perform(get(m.get("resultsProtocol").get("accessUrl").asString().replace("http://localhost", "")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void nothingInternalLeaks() throws Exception {
        StringBuilder everything = new StringBuilder();
        JsonNode body = read(bodyUrl());
        everything.append(body);
        for (String list : List.of("organization", "person", "meeting", "paper", "membership", "agendaItem", "file", "locationList")) {
            for (JsonNode o : list(body.get(list).asString())) {
                everything.append(o);
            }
        }
        // also as a synchronising client sees it
        everything.append(body(bodyUrl() + "/person?modified_since=2000-01-01T00:00:00+01:00"));
        everything.append(body(bodyUrl() + "/meeting?modified_since=2000-01-01T00:00:00+01:00"));
        String all = everything.toString();
        assertThat(all).doesNotContain("Geheim", "geheim-", "0841 999", "@example.org", "Vertraulich", "intern", "video.example",
                "Sitzung anders", "Lenkungsgruppe anders", "mail_token");
        // a person without consent is only a tombstone, the internal meeting too
        assertThat(read(bodyUrl() + "/person/" + f.withoutConsent).get("deleted").asBoolean()).isTrue();
        assertThat(read(bodyUrl() + "/meeting/" + f.internalMeeting).get("deleted").asBoolean()).isTrue();
        // another county's meeting is not found under this body
        assertThat(mvc.perform(get("/oparl/v1.1/body/" + f.county.id() + "/meeting/" + f.otherMeeting)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/oparl/v1.1/body/" + f.county.id() + "/agendaItem/" + f.internalItem)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void listsArePagedAndFiltered() throws Exception {
        JsonNode first = read(bodyUrl() + "/organization?limit=1");
        assertThat(first.get("data")).hasSize(1);
        assertThat(first.get("pagination").get("elementsPerPage").asInt()).isEqualTo(1);
        assertThat(first.get("pagination").get("totalElements").asInt()).isEqualTo(3);
        assertThat(first.get("links").get("next").asString()).contains("limit=1").contains("page=2");
        assertThat(read(bodyUrl() + "/organization?created_since=2999-01-01T00:00:00+01:00").get("data")).isEmpty();
        assertThat(read(bodyUrl() + "/meeting?modified_since=2000-01-01T00:00:00+01:00").get("data")).hasSize(2);
        MvcResult bad = mvc.perform(get("/oparl/v1.1/body/" + f.county.id() + "/meeting?modified_since=gestern")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(mvc.perform(get("/oparl/v1.1/body/999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
