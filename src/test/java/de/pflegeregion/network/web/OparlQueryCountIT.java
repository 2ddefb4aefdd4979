package de.pflegeregion.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import de.pflegeregion.PostgresTestDatabase;
import de.pflegeregion.StatementCounter;
import de.pflegeregion.network.AttendanceStatus;
import de.pflegeregion.network.DecisionResult;
import de.pflegeregion.network.MemberRole;
import de.pflegeregion.network.MinutesState;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.network.internal.NetworkStore;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/**
 * A page of an OParl list costs the same number of SQL statements for 2 meetings (persons, memberships, …) as for
 * 12: lists are paged in SQL and what a page embeds is read once for the page, not once per object.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
@Import(StatementCounter.class)
class OparlQueryCountIT {

    static final List<String> LISTS = List.of("meeting", "organization", "person", "membership", "agendaItem", "file", "location",
            "legislativeTerm", "paper");

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

    JsonNode read(String path) throws Exception {
        var r = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return json.readTree(r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Statements per list and the number of objects on its first page. The fewer of two requests counts: the
     * county list is cached for 30 s, and its reload may fall into one of them, never into both.
     */
    Map<String, int[]> statements(String body) throws Exception {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String list : LISTS) {
            int[] size = new int[1];
            int count = Math.min(StatementCounter.count(() -> size[0] = read(body + "/" + list).get("data").size()),
                    StatementCounter.count(() -> read(body + "/" + list)));
            out.put(list, new int[] {count, size[0]});
        }
        return out;
    }

    /** A public meeting of the AG, held, with a public TOP, a decision, attendance and published minutes. */
    void heldMeeting(NetworkFixture f, int n, List<Long> people) {
        NetworkStore store = gremien.store();
        Instant start = Instant.now().minus(40 + n, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        long m = gremien.planMeeting(f.county.id(), f.ag, "Weitere Sitzung " + n, start, start.plus(2, ChronoUnit.HOURS),
                "Rathaus " + n, true, false, false, null, null, true);
        long item = store.addAgendaItem(m, "1", "Thema " + n, true, null);
        store.addAgendaItem(m, "2", "Interna " + n, false, null);
        gremien.invite(f.county.id(), m, "http://localhost");
        gremien.markHeld(f.county.id(), m);
        people.forEach(p -> gremien.recordAttendance(f.county.id(), m, p, AttendanceStatus.ANWESEND, null));
        gremien.addDecision(f.county.id(), m, item, "Beschluss " + n, DecisionResult.ANGENOMMEN, 3, 0, 1);
        for (MinutesState s : List.of(MinutesState.UMLAUF, MinutesState.GENEHMIGT, MinutesState.VEROEFFENTLICHT)) {
            gremien.moveMinutes(f.county.id(), m, s, "http://localhost");
        }
    }

    @Test
    void aPageCostsTheSameStatementsForTwoMeetingsAsForTwelve() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        NetworkFixture f = new NetworkFixture(tenants, accounts, gremien);
        String body = "/oparl/v1.1/body/" + f.county.id();
        statements(body);
        Map<String, int[]> small = statements(body);

        NetworkStore store = gremien.store();
        List<Long> people = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long p = store.createPerson(f.county.id(), "Beispiel Weitere " + i, null, null, true, false, List.of());
            store.addMembership(f.ag, p, f.institution, MemberRole.MITGLIED, true, null, null, null);
            people.add(p);
        }
        for (int n = 0; n < 10; n++) {
            heldMeeting(f, n, people);
        }
        Map<String, int[]> large = statements(body);

        assertThat(large.get("meeting")[1]).as("meetings on the page").isEqualTo(small.get("meeting")[1] + 10).isEqualTo(11);
        assertThat(large.get("person")[1]).isEqualTo(small.get("person")[1] + 10);
        for (String list : LISTS) {
            assertThat(large.get(list)[0]).as("statements for " + list + " with more objects").isEqualTo(small.get(list)[0]);
        }
        // a page of meetings: the page with its total, its TOPs, their decisions, the participants
        assertThat(large.get("meeting")[0]).as("statements for a page of meetings").isPositive().isLessThanOrEqualTo(4);
        // a single meeting costs no more than a page
        assertThat(Math.min(StatementCounter.count(() -> read(body + "/meeting/" + f.publicMeeting)),
                StatementCounter.count(() -> read(body + "/meeting/" + f.publicMeeting)))).isLessThanOrEqualTo(4);
    }
}
