package de.pflegeregion.network.web;

import static de.pflegeregion.network.web.NetworkFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.network.AgendaItem;
import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.MeetingState;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.network.internal.MailOutbox;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/** The coordinator's and members' pages on PostgreSQL: the meeting workflow, carry-over, errors kept, consent. */
@IntegrationTest
class NetworkPagesIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    Gremien gremien;
    @Autowired
    MailOutbox outbox;

    MockMvc mvc;
    NetworkFixture f;

    @BeforeEach
    void setUp() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new NetworkFixture(tenants, accounts, gremien);
    }

    String page(String path, org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyCoordinatorPageAnswers() throws Exception {
        for (String path : List.of("/netzwerk", "/netzwerk/gremien", "/netzwerk/gremien/" + f.ag, "/netzwerk/personen",
                "/netzwerk/personen/" + f.consenting, "/netzwerk/institutionen", "/netzwerk/sitzungen", "/netzwerk/sitzungen/" + f.publicMeeting,
                "/netzwerk/sitzungen/" + f.internalMeeting, "/netzwerk/post", "/netzwerk/rundbrief")) {
            assertThat(page(path, as(f.coordinator))).as(path).contains("</main>");
        }
        assertThat(page("/netzwerk", as(f.coordinator))).contains("/netzwerk/massnahmen", "/netzwerk/kuemmerer", "/netzwerk/foerderung");
    }

    @Test
    void theOpenTaskOfTheLastMeetingIsOnTheNextAgendaOnce() {
        List<AgendaItem> agenda = gremien.store().agenda(f.internalMeeting);
        assertThat(agenda).filteredOn(a -> a.carriedTaskId() != null).singleElement()
                .satisfies(a -> assertThat(a.title()).startsWith("Offene Aufgabe: Messestände anfragen").endsWith(")"));
        gremien.carryOverOpenTasks(f.county.id(), f.internalMeeting);
        assertThat(gremien.store().agenda(f.internalMeeting)).filteredOn(a -> a.carriedTaskId() != null).hasSize(1);
    }

    @Test
    void aMeetingPlannedWithBadInputNamesTheFieldsAndKeepsTheRest() throws Exception {
        String html = mvc.perform(post("/netzwerk/sitzungen").with(as(f.coordinator)).with(csrf())
                        .param("gremiumId", Long.toString(f.ag)).param("title", "Sommersitzung").param("day", "31.02.2027")
                        .param("startTime", "16:00").param("endTime", "14:00").param("place", "Rathaus Wolnzach"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Datum: Bitte prüfen Sie die Eingabe")
                .contains("value=\"Sommersitzung\"").contains("value=\"Rathaus Wolnzach\"").contains("value=\"31.02.2027\"");
        String order = mvc.perform(post("/netzwerk/sitzungen").with(as(f.coordinator)).with(csrf())
                        .param("gremiumId", Long.toString(f.ag)).param("title", "Sommersitzung").param("day", "2027-02-03")
                        .param("startTime", "16:00").param("endTime", "14:00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(order).contains("Ende (Uhrzeit): Das Ende muss nach dem Beginn liegen.")
                .contains("Ort: Bitte geben Sie einen Ort oder einen Online-Link an.").contains("value=\"2027-02-03\"");
    }

    @Test
    void planInviteHoldRecordAndPublishThroughThePages() throws Exception {
        String location = mvc.perform(post("/netzwerk/sitzungen").with(as(f.coordinator)).with(csrf())
                        .param("gremiumId", Long.toString(f.ag)).param("title", "Herbstsitzung").param("day", "2027-10-06")
                        .param("startTime", "14:00").param("endTime", "16:00").param("place", "Rathaus").param("stepFree", "true")
                        .param("isPublic", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        int before = outbox.open(f.county.id()).size();
        mvc.perform(post("/netzwerk/sitzungen/" + id + "/tops").with(as(f.coordinator)).with(csrf()).param("number", "2")
                .param("title", "Bericht aus der Messe").param("isPublic", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/netzwerk/sitzungen/" + id + "/einladen").with(as(f.coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
        Meeting invited = gremien.meeting(f.county.id(), id);
        assertThat(invited.state()).isEqualTo(MeetingState.EINGELADEN);
        // three AG members consented to mail (mail is off in tests: they wait to be sent by hand)
        assertThat(outbox.open(f.county.id()).size() - before).isEqualTo(3);
        assertThat(outbox.open(f.county.id())).last().satisfies(m -> assertThat(m.calendar()).contains("METHOD:REQUEST")
                .contains("UID:" + invited.uid()));
        mvc.perform(post("/netzwerk/sitzungen/" + id + "/durchgefuehrt").with(as(f.coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/netzwerk/sitzungen/" + id + "/anwesenheit").with(as(f.coordinator)).with(csrf())
                .param("status-" + f.consenting, "ANWESEND").param("status-" + f.withoutConsent, "ANWESEND")).andExpect(status().is3xxRedirection());
        assertThat(page("/netzwerk/sitzungen/" + id, as(f.coordinator))).contains("2 von 3 stimmberechtigten Mitgliedern", "beschlussfähig.");
        long item = gremien.store().agenda(id).stream().filter(a -> a.title().equals("Bericht aus der Messe")).findFirst().orElseThrow().id();
        String rejected = mvc.perform(post("/netzwerk/sitzungen/" + id + "/protokoll/" + item + "/beschluss").with(as(f.coordinator)).with(csrf())
                .param("text", "Messe 2028 vorbereiten").param("result", "ANGENOMMEN").param("yes", "-1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rejected).contains("Ja-Stimmen: keine negative Zahl.").contains("Messe 2028 vorbereiten");
        mvc.perform(post("/netzwerk/sitzungen/" + id + "/protokoll/" + item + "/beschluss").with(as(f.coordinator)).with(csrf())
                .param("text", "Messe 2028 vorbereiten").param("result", "ANGENOMMEN").param("yes", "2").param("no", "0").param("abstain", "0"))
                .andExpect(status().is3xxRedirection());
        for (String target : List.of("UMLAUF", "GENEHMIGT", "VEROEFFENTLICHT")) {
            mvc.perform(post("/netzwerk/sitzungen/" + id + "/protokoll/status").with(as(f.coordinator)).with(csrf()).param("target", target))
                    .andExpect(status().is3xxRedirection());
        }
        String publicPage = mvc.perform(get("/termine/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(publicPage).contains("Messe 2028 vorbereiten", "application/ld+json", "\"@type\":\"Event\"", "+02:00");
    }

    @Test
    void aMemberSeesTheirMeetingAnswersAndAsProtokollWritesTheMinutes() throws Exception {
        assertThat(page("/netzwerk/mein", as(f.member))).contains("AG Ausbildung", "Messestände anfragen");
        assertThat(page("/netzwerk/mein/sitzungen/" + f.publicMeeting, as(f.member))).contains("Vertrauliche Diskussion Geheim");
        // the member of the Lenkungsgruppe does not see the AG's meeting
        mvc.perform(get("/netzwerk/mein/sitzungen/" + f.publicMeeting).with(as(f.otherGremiumMember))).andExpect(status().isNotFound());
        Meeting next = gremien.meeting(f.county.id(), f.internalMeeting);
        gremien.invite(f.county.id(), next.id(), "http://localhost");
        mvc.perform(post("/netzwerk/mein/sitzungen/" + next.id() + "/antwort").with(as(f.member)).with(csrf()).param("rsvp", "ZUSAGE"))
                .andExpect(status().is3xxRedirection());
        assertThat(gremien.store().invitations(next.id())).filteredOn(i -> i.personId() == f.protokollant)
                .singleElement().satisfies(i -> assertThat(i.rsvp().name()).isEqualTo("ZUSAGE"));
        gremien.markHeld(f.county.id(), next.id());
        long item = gremien.store().agenda(next.id()).get(0).id();
        mvc.perform(post("/netzwerk/mein/sitzungen/" + next.id() + "/protokoll/" + item + "/diskussion").with(as(f.member)).with(csrf())
                .param("discussion", "Stände sind angefragt.")).andExpect(status().is3xxRedirection());
        assertThat(gremien.store().agenda(next.id()).get(0).discussion()).isEqualTo("Stände sind angefragt.");
        // without the Protokoll role: refused
        mvc.perform(post("/netzwerk/mein/sitzungen/" + next.id() + "/protokoll/" + item + "/diskussion").with(as(f.otherGremiumMember)).with(csrf())
                .param("discussion", "x")).andExpect(status().isNotFound());
    }

    @Test
    void withdrawnConsentRemovesTheNameFromPublicPagesAndOparlAtOnce() throws Exception {
        String oparl = "/oparl/v1.1/body/" + f.county.id() + "/person/" + f.consenting;
        assertThat(mvc.perform(get(oparl)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Beispiel Öffentlich");
        mvc.perform(post("/netzwerk/personen/" + f.consenting).with(as(f.coordinator)).with(csrf())
                .param("name", gremien.store().person(f.county.id(), f.consenting).orElseThrow().name()).param("mailConsent", "true"))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get(oparl)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).doesNotContain("Beispiel Öffentlich").contains("\"deleted\":true");
        String meeting = mvc.perform(get("/oparl/v1.1/body/" + f.county.id() + "/meeting/" + f.publicMeeting)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(meeting).doesNotContain("/person/" + f.consenting + "\"");
    }

    @Test
    void theCoordinatorExportsAndErasesAPerson() throws Exception {
        String json = mvc.perform(get("/netzwerk/personen/" + f.withoutConsent + "/daten.json").with(as(f.coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("Beispiel Geheim", "0841 999", "AG Ausbildung");
        mvc.perform(post("/netzwerk/personen/" + f.withoutConsent + "/loeschen").with(as(f.coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(gremien.store().person(f.county.id(), f.withoutConsent).orElseThrow())
                .satisfies(p -> {
                    assertThat(p.deleted()).isTrue();
                    assertThat(p.name()).doesNotContain("Geheim");
                    assertThat(p.email()).isNull();
                });
        assertThat(gremien.store().membershipsOfPerson(f.withoutConsent)).isEmpty();
        assertThat(page("/netzwerk/personen", as(f.coordinator))).doesNotContain("Beispiel Geheim");
    }

    @Test
    void theNewsletterGoesToConsentingPersonsWithAWorkingUnsubscribeLink() throws Exception {
        int before = outbox.open(f.county.id()).size();
        mvc.perform(post("/netzwerk/rundbrief").with(as(f.coordinator)).with(csrf()).param("subject", "Rundbrief Herbst").param("text", "Liebe Mitglieder"))
                .andExpect(status().is3xxRedirection());
        List<MailOutbox.Row> mails = outbox.open(f.county.id()).subList(before, outbox.open(f.county.id()).size());
        assertThat(mails).hasSize(3).allSatisfy(m -> assertThat(m.body()).contains("/netzwerk/newsletter/abmelden?t="));
        String link = mails.get(0).body().lines().filter(l -> l.contains("abmelden?t=")).findFirst().orElseThrow();
        String token = link.substring(link.indexOf("t=") + 2).strip();
        assertThat(mvc.perform(get("/netzwerk/newsletter/abmelden").param("t", token)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Mails abbestellen");
        mvc.perform(post("/netzwerk/newsletter/abmelden").param("t", token).with(csrf())).andExpect(status().isOk());
        assertThat(gremien.store().personByMailToken(token).orElseThrow().mailConsent()).isFalse();
        assertThat(mvc.perform(get("/netzwerk/newsletter")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Rundbrief Herbst");
    }
}
