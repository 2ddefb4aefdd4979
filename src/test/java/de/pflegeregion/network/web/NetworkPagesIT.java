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
    void theChangePagesPreselectTheChoiceAndNameAMissingOneNextToItsField() throws Exception {
        assertThat(page("/netzwerk/gremien/" + f.ag + "/aendern", as(f.coordinator)))
                .containsPattern("<option value=\"ARBEITSGRUPPE\" selected=\"selected\">");
        assertThat(page("/netzwerk/institutionen/" + f.institution + "/aendern", as(f.coordinator))).containsPattern("<option value=\"[A-Z_]+\" selected=\"selected\">");
        String missing = mvc.perform(post("/netzwerk/gremien/" + f.ag + "/aendern").with(as(f.coordinator)).with(csrf())
                        .param("name", "AG Ausbildung neu").param("type", "").param("topic", "Ausbildung"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(missing).contains("id=\"type-fehler\"").contains("kern-form-input kern-form-input--error").contains("value=\"AG Ausbildung neu\"");
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

    /** A value the database would refuse (too long, a far date) comes back on the form naming its field, the rest kept. */
    record Refused(String path, String field, String value, String message, String kept, String... more) {
    }

    @Test
    void everyNetworkFormNamesAValueTheDatabaseWouldRefuseAndKeepsTheRest() throws Exception {
        long item = gremien.store().agenda(f.internalMeeting).get(0).id();
        gremien.invite(f.county.id(), f.internalMeeting, "http://localhost");
        gremien.markHeld(f.county.id(), f.internalMeeting);
        java.time.Instant later = java.time.Instant.now().plus(40, java.time.temporal.ChronoUnit.DAYS);
        long planned = gremien.planMeeting(f.county.id(), f.ag, "3. Sitzung", later, later.plusSeconds(3600), "Rathaus", false, false, false,
                null, null, false);
        List<Refused> cases = List.of(
                new Refused("/netzwerk/institutionen", "name", "I".repeat(201), "Name: höchstens 200 Zeichen.", "09186143",
                        "group", "AMBULANTER_DIENST", "seatAgs", "09186143"),
                new Refused("/netzwerk/personen", "phone", "0".repeat(61), "Telefon: höchstens 60 Zeichen.", "Beispiel Lang", "name", "Beispiel Lang"),
                new Refused("/netzwerk/personen/" + f.consenting, "email", "a@" + ("b".repeat(50) + ".").repeat(4) + "de", "E-Mail: höchstens 200 Zeichen.",
                        "Beispiel Geändert", "name", "Beispiel Geändert"),
                new Refused("/netzwerk/gremien", "start", "2500-01-01", "Beginn: Bitte ein Datum zwischen 1900 und 2100.", "AG Fernzukunft",
                        "name", "AG Fernzukunft", "type", "ARBEITSGRUPPE"),
                new Refused("/netzwerk/gremien", "handlungsfelder", "1, ".repeat(40) + "1", "Handlungsfelder: höchstens 100 Zeichen.",
                        "AG Viele Felder", "name", "AG Viele Felder", "type", "ARBEITSGRUPPE"),
                new Refused("/netzwerk/gremien/" + f.ag + "/mitglieder", "until", "1850-12-31", "Mitglied bis: Bitte ein Datum zwischen 1900 und 2100.",
                        "2024-01-01", "personId", Long.toString(f.lgMember), "role", "MITGLIED", "from", "2024-01-01"),
                new Refused("/netzwerk/sitzungen", "day", "2999-05-01", "Datum: Bitte ein Datum zwischen 1900 und 2100.", "Sitzung im Jahr 2999",
                        "gremiumId", Long.toString(f.ag), "title", "Sitzung im Jahr 2999", "startTime", "10:00", "endTime", "11:00", "place", "Rathaus"),
                new Refused("/netzwerk/sitzungen/" + planned, "onlineLink", "https://" + "v".repeat(500), "Online-Link: höchstens 500 Zeichen.",
                        "Geänderter Titel", "gremiumId", Long.toString(f.ag), "title", "Geänderter Titel", "day", "2027-05-01", "startTime", "10:00",
                        "endTime", "11:00"),
                new Refused("/netzwerk/sitzungen/" + f.internalMeeting + "/protokoll/" + item + "/aufgabe", "due", "3000-01-01",
                        "Fällig am: Bitte ein Datum zwischen 1900 und 2100.", "Räume buchen", "title", "Räume buchen"),
                new Refused("/netzwerk/sitzungen/" + f.internalMeeting + "/protokoll/" + item + "/beschluss", "text", "B".repeat(2001),
                        "Beschluss: höchstens 2000 Zeichen.", "ANGENOMMEN", "result", "ANGENOMMEN"),
                new Refused("/netzwerk/rundbrief", "subject", "R".repeat(301), "Betreff: höchstens 300 Zeichen.", "Liebe Mitglieder", "text", "Liebe Mitglieder"));
        for (Refused c : cases) {
            var request = post(c.path()).with(as(f.coordinator)).with(csrf()).param(c.field(), c.value());
            for (int i = 0; i < c.more().length; i += 2) {
                request.param(c.more()[i], c.more()[i + 1]);
            }
            String html = mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(c.path() + " " + c.field()).contains(c.message()).contains(c.kept());
        }
        // nothing of it reached the database
        assertThat(gremien.store().gremien(f.county.id())).noneMatch(g -> g.name().startsWith("AG Fernzukunft") || g.name().startsWith("AG Viele"));
        assertThat(gremien.store().persons(f.county.id())).noneMatch(p -> p.name().startsWith("Beispiel Lang") || p.name().startsWith("Beispiel Geändert"));
    }

    @Test
    void anUnknownIdIsA404EvenWhenTheBodyIsInvalid() throws Exception {
        mvc.perform(post("/netzwerk/personen/99999999").with(as(f.coordinator)).with(csrf()).param("name", "").param("phone", "0".repeat(61)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/netzwerk/gremien/99999999/mitglieder").with(as(f.coordinator)).with(csrf()).param("until", "1850-01-01"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/netzwerk/sitzungen/99999999").with(as(f.coordinator)).with(csrf()).param("day", "31.02.2027"))
                .andExpect(status().isNotFound());
        // another county's gremium is unknown here too
        long foreign = gremien.store().gremien(f.other.id()).get(0).id();
        mvc.perform(post("/netzwerk/gremien/" + foreign + "/mitglieder").with(as(f.coordinator)).with(csrf()).param("personId", "x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCoordinatorChangesAndDeletesAGremiumAfterConfirmingAndOparlReportsItDeleted() throws Exception {
        String form = page("/netzwerk/gremien/" + f.ag + "/aendern", as(f.coordinator));
        assertThat(form).contains("value=\"AG Ausbildung").contains("Gremium löschen …");
        // the AG may not sit under itself; an unknown id is a 404 even with a bad body
        String refused = mvc.perform(post("/netzwerk/gremien/" + f.ag + "/aendern").with(as(f.coordinator)).with(csrf())
                        .param("name", "AG Ausbildung und Studium").param("type", "ARBEITSGRUPPE").param("parentId", Long.toString(f.ag)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Gehört zu: Bitte ein anderes Gremium wählen").contains("value=\"AG Ausbildung und Studium\"");
        mvc.perform(post("/netzwerk/gremien/99999999/aendern").with(as(f.coordinator)).with(csrf()).param("name", "")).andExpect(status().isNotFound());
        mvc.perform(post("/netzwerk/gremien/" + f.ag + "/aendern").with(as(f.coordinator)).with(csrf())
                .param("name", "AG Ausbildung und Studium").param("type", "ARBEITSGRUPPE").param("parentId", Long.toString(f.lenkungsgruppe))
                .param("topic", "Ausbildung").param("handlungsfelder", "2, 4")).andExpect(status().is3xxRedirection());
        assertThat(gremien.store().gremium(f.county.id(), f.ag).orElseThrow())
                .satisfies(g -> assertThat(g.name()).isEqualTo("AG Ausbildung und Studium"))
                .satisfies(g -> assertThat(g.handlungsfelder()).isEqualTo("2, 4"));

        // with a meeting still ahead the AG cannot go, nor the Lenkungsgruppe with the AG below it
        assertThat(page("/netzwerk/gremien/" + f.ag + "/loeschen", as(f.coordinator))).contains("noch eine geplante Sitzung")
                .doesNotContain("Ja, Gremium löschen");
        mvc.perform(post("/netzwerk/gremien/" + f.ag + "/loeschen").with(as(f.coordinator)).with(csrf())).andExpect(status().isConflict());
        assertThat(page("/netzwerk/gremien/" + f.lenkungsgruppe + "/loeschen", as(f.coordinator))).contains("Zu diesem Gremium gehören noch");
        gremien.cancel(f.county.id(), f.internalMeeting, "http://localhost");
        assertThat(page("/netzwerk/gremien/" + f.ag + "/loeschen", as(f.coordinator))).contains("Ja, Gremium löschen")
                .contains("3 Mitgliedschaften");
        mvc.perform(post("/netzwerk/gremien/" + f.ag + "/loeschen").with(as(f.coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("/netzwerk/gremien", as(f.coordinator))).doesNotContain("AG Ausbildung und Studium");
        mvc.perform(get("/netzwerk/gremien/" + f.ag).with(as(f.coordinator))).andExpect(status().isNotFound());
        String oparl = mvc.perform(get("/oparl/v1.1/body/" + f.county.id() + "/organization/g" + f.ag)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(oparl).contains("\"deleted\":true").doesNotContain("AG Ausbildung und Studium");
        assertThat(gremien.store().membershipsOf(f.ag)).allSatisfy(m -> assertThat(m.deleted()).isTrue());
        // the published minutes of the held meeting stay
        mvc.perform(get("/termine/" + f.publicMeeting)).andExpect(status().isOk());
        assertThat(auditActions()).contains("network.gremium.update", "network.gremium.delete");
    }

    @Test
    void theCoordinatorChangesAndDeletesAnInstitution() throws Exception {
        assertThat(page("/netzwerk/institutionen", as(f.coordinator))).contains("/netzwerk/institutionen/" + f.institution + "/aendern");
        String refused = mvc.perform(post("/netzwerk/institutionen/" + f.institution + "/aendern").with(as(f.coordinator)).with(csrf())
                        .param("name", "Beispiel-Pflegedienst Nord").param("group", "AMBULANTER_DIENST").param("seatAgs", "0918614"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Sitz (AGS): Bitte den achtstelligen Gemeindeschlüssel").contains("value=\"Beispiel-Pflegedienst Nord\"");
        mvc.perform(post("/netzwerk/institutionen/99999999/aendern").with(as(f.coordinator)).with(csrf()).param("name", ""))
                .andExpect(status().isNotFound());
        mvc.perform(post("/netzwerk/institutionen/" + f.institution + "/aendern").with(as(f.coordinator)).with(csrf())
                .param("name", "Beispiel-Pflegedienst Nord").param("group", "AMBULANTER_DIENST").param("seatAgs", "09186143"))
                .andExpect(status().is3xxRedirection());
        assertThat(gremien.store().institution(f.county.id(), f.institution).orElseThrow().name()).isEqualTo("Beispiel-Pflegedienst Nord");
        assertThat(page("/netzwerk/institutionen/" + f.institution + "/loeschen", as(f.coordinator)))
                .contains("Institution „Beispiel-Pflegedienst Nord“ löschen?").contains("heute handeln 1 Person für sie");
        mvc.perform(post("/netzwerk/institutionen/" + f.institution + "/loeschen").with(as(f.coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/netzwerk/institutionen", as(f.coordinator))).doesNotContain("Beispiel-Pflegedienst Nord");
        mvc.perform(get("/netzwerk/institutionen/" + f.institution + "/aendern").with(as(f.coordinator))).andExpect(status().isNotFound());
        String oparl = mvc.perform(get("/oparl/v1.1/body/" + f.county.id() + "/organization/i" + f.institution)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(oparl).contains("\"deleted\":true");
        assertThat(auditActions()).contains("network.institution.update", "network.institution.delete");
    }

    List<String> auditActions() {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT action FROM audit_log WHERE tenant_id = ?").param(f.county.id()).query(String.class).list();
    }

    @Test
    void citizensFindTheMeetingCalendarInTheNavigationAndOnTheStartPage() throws Exception {
        String start = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(start).contains("href=\"/termine\"").contains("Öffentliche Sitzungen des Pflegenetzwerks");
        String offers = mvc.perform(get("/angebote")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(offers).contains("href=\"/termine\"");
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
