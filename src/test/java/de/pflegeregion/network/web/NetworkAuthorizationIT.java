package de.pflegeregion.network.web;

import static de.pflegeregion.network.web.NetworkFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/**
 * Every endpoint of the gremien part of the network (coordinator pages, member pages, public pages, iCalendar,
 * OParl) × every role: anonymous, provider, planner, county admin, coordinator, member, member of another gremium,
 * another county's coordinator. The list must match what the application serves, so a new endpoint without a
 * line here fails.
 */
@IntegrationTest
class NetworkAuthorizationIT {

    enum Access { COORDINATOR, MEMBER, PUBLIC }

    record Endpoint(HttpMethod method, String pattern, Access access, Function<NetworkFixture, String> path) {
    }

    static Endpoint coord(HttpMethod m, String pattern, Function<NetworkFixture, String> path) {
        return new Endpoint(m, pattern, Access.COORDINATOR, path);
    }

    static final HttpMethod GET = HttpMethod.GET;
    static final HttpMethod POST = HttpMethod.POST;

    static final List<Endpoint> ENDPOINTS = List.of(
            coord(GET, "/netzwerk", f -> "/netzwerk"),
            coord(GET, "/netzwerk/institutionen", f -> "/netzwerk/institutionen"),
            coord(POST, "/netzwerk/institutionen", f -> "/netzwerk/institutionen"),
            coord(GET, "/netzwerk/personen", f -> "/netzwerk/personen"),
            coord(POST, "/netzwerk/personen", f -> "/netzwerk/personen"),
            coord(GET, "/netzwerk/personen/{id}", f -> "/netzwerk/personen/" + f.consenting),
            coord(POST, "/netzwerk/personen/{id}", f -> "/netzwerk/personen/" + f.consenting),
            coord(POST, "/netzwerk/personen/{id}/konto", f -> "/netzwerk/personen/" + f.consenting + "/konto"),
            coord(GET, "/netzwerk/personen/{id}/daten.json", f -> "/netzwerk/personen/" + f.consenting + "/daten.json"),
            coord(POST, "/netzwerk/personen/{id}/loeschen", f -> "/netzwerk/personen/" + f.lgMember + "/loeschen"),
            coord(GET, "/netzwerk/gremien", f -> "/netzwerk/gremien"),
            coord(POST, "/netzwerk/gremien", f -> "/netzwerk/gremien"),
            coord(GET, "/netzwerk/gremien/{id}", f -> "/netzwerk/gremien/" + f.ag),
            coord(POST, "/netzwerk/gremien/{id}/mitglieder", f -> "/netzwerk/gremien/" + f.ag + "/mitglieder"),
            coord(POST, "/netzwerk/gremien/{id}/mitglieder/{membershipId}/beenden", f -> "/netzwerk/gremien/" + f.ag + "/mitglieder/0/beenden"),
            coord(GET, "/netzwerk/gremien/{id}/aendern", f -> "/netzwerk/gremien/" + f.ag + "/aendern"),
            coord(POST, "/netzwerk/gremien/{id}/aendern", f -> "/netzwerk/gremien/" + f.ag + "/aendern"),
            coord(GET, "/netzwerk/gremien/{id}/loeschen", f -> "/netzwerk/gremien/" + f.ag + "/loeschen"),
            coord(POST, "/netzwerk/gremien/{id}/loeschen", f -> "/netzwerk/gremien/" + f.ag + "/loeschen"),
            coord(GET, "/netzwerk/institutionen/{id}/aendern", f -> "/netzwerk/institutionen/" + f.institution + "/aendern"),
            coord(POST, "/netzwerk/institutionen/{id}/aendern", f -> "/netzwerk/institutionen/" + f.institution + "/aendern"),
            coord(GET, "/netzwerk/institutionen/{id}/loeschen", f -> "/netzwerk/institutionen/" + f.institution + "/loeschen"),
            coord(POST, "/netzwerk/institutionen/{id}/loeschen", f -> "/netzwerk/institutionen/" + f.institution + "/loeschen"),
            coord(GET, "/netzwerk/post", f -> "/netzwerk/post"),
            coord(POST, "/netzwerk/post/{id}/gesendet", f -> "/netzwerk/post/0/gesendet"),
            coord(GET, "/netzwerk/sitzungen", f -> "/netzwerk/sitzungen"),
            coord(POST, "/netzwerk/sitzungen", f -> "/netzwerk/sitzungen"),
            coord(GET, "/netzwerk/sitzungen/{id}", f -> "/netzwerk/sitzungen/" + f.internalMeeting),
            coord(POST, "/netzwerk/sitzungen/{id}", f -> "/netzwerk/sitzungen/" + f.internalMeeting),
            coord(POST, "/netzwerk/sitzungen/{id}/tops", f -> "/netzwerk/sitzungen/" + f.internalMeeting + "/tops"),
            coord(POST, "/netzwerk/sitzungen/{id}/einladen", f -> "/netzwerk/sitzungen/" + f.internalMeeting + "/einladen"),
            coord(POST, "/netzwerk/sitzungen/{id}/absagen", f -> "/netzwerk/sitzungen/" + f.internalMeeting + "/absagen"),
            coord(POST, "/netzwerk/sitzungen/{id}/durchgefuehrt", f -> "/netzwerk/sitzungen/" + f.internalMeeting + "/durchgefuehrt"),
            coord(POST, "/netzwerk/sitzungen/{id}/anwesenheit", f -> "/netzwerk/sitzungen/" + f.internalMeeting + "/anwesenheit"),
            coord(POST, "/netzwerk/sitzungen/{id}/protokoll/{itemId}/diskussion", f -> "/netzwerk/sitzungen/" + f.publicMeeting + "/protokoll/" + f.publicItem + "/diskussion"),
            coord(POST, "/netzwerk/sitzungen/{id}/protokoll/{itemId}/beschluss", f -> "/netzwerk/sitzungen/" + f.publicMeeting + "/protokoll/" + f.publicItem + "/beschluss"),
            coord(POST, "/netzwerk/sitzungen/{id}/protokoll/{itemId}/aufgabe", f -> "/netzwerk/sitzungen/" + f.publicMeeting + "/protokoll/" + f.publicItem + "/aufgabe"),
            coord(POST, "/netzwerk/sitzungen/{id}/protokoll/status", f -> "/netzwerk/sitzungen/" + f.publicMeeting + "/protokoll/status?target=ENTWURF"),
            coord(POST, "/netzwerk/aufgaben/{taskId}", f -> "/netzwerk/aufgaben/0?status=ERLEDIGT"),
            coord(GET, "/netzwerk/rundbrief", f -> "/netzwerk/rundbrief"),
            coord(POST, "/netzwerk/rundbrief", f -> "/netzwerk/rundbrief"),
            new Endpoint(GET, "/netzwerk/mein", Access.MEMBER, f -> "/netzwerk/mein"),
            new Endpoint(GET, "/netzwerk/mein/sitzungen/{id}", Access.MEMBER, f -> "/netzwerk/mein/sitzungen/" + f.publicMeeting),
            new Endpoint(POST, "/netzwerk/mein/sitzungen/{id}/antwort", Access.MEMBER, f -> "/netzwerk/mein/sitzungen/" + f.publicMeeting + "/antwort?rsvp=ZUSAGE"),
            new Endpoint(POST, "/netzwerk/mein/sitzungen/{id}/protokoll/{itemId}/diskussion", Access.MEMBER, f -> "/netzwerk/mein/sitzungen/" + f.publicMeeting + "/protokoll/" + f.publicItem + "/diskussion"),
            new Endpoint(POST, "/netzwerk/mein/sitzungen/{id}/protokoll/{itemId}/beschluss", Access.MEMBER, f -> "/netzwerk/mein/sitzungen/" + f.publicMeeting + "/protokoll/" + f.publicItem + "/beschluss"),
            new Endpoint(POST, "/netzwerk/mein/sitzungen/{id}/protokoll/{itemId}/aufgabe", Access.MEMBER, f -> "/netzwerk/mein/sitzungen/" + f.publicMeeting + "/protokoll/" + f.publicItem + "/aufgabe"),
            new Endpoint(POST, "/netzwerk/mein/aufgaben/{taskId}", Access.MEMBER, f -> "/netzwerk/mein/aufgaben/0?status=ERLEDIGT"),
            new Endpoint(GET, "/termine", Access.PUBLIC, f -> "/termine"),
            new Endpoint(GET, "/termine/{id}", Access.PUBLIC, f -> "/termine/" + f.publicMeeting),
            new Endpoint(GET, "/netzwerk/termine.ics", Access.PUBLIC, f -> "/netzwerk/termine.ics"),
            new Endpoint(GET, "/netzwerk/sitzungen/{id}.ics", Access.PUBLIC, f -> "/netzwerk/sitzungen/" + f.publicMeeting + ".ics"),
            new Endpoint(GET, "/netzwerk/newsletter", Access.PUBLIC, f -> "/netzwerk/newsletter"),
            new Endpoint(GET, "/netzwerk/newsletter/{id:\\d+}", Access.PUBLIC, f -> "/netzwerk/newsletter/0"),
            new Endpoint(GET, "/netzwerk/newsletter/abmelden", Access.PUBLIC, f -> "/netzwerk/newsletter/abmelden?t=x"),
            new Endpoint(POST, "/netzwerk/newsletter/abmelden", Access.PUBLIC, f -> "/netzwerk/newsletter/abmelden?t=x"),
            oparl("/oparl/v1.1/system", f -> "/oparl/v1.1/system"),
            oparl("/oparl/v1.1/body", f -> "/oparl/v1.1/body"),
            oparl("/oparl/v1.1/body/{b}", f -> b(f)),
            oparl("/oparl/v1.1/body/{b}/legislativeTerm", f -> b(f) + "/legislativeTerm"),
            oparl("/oparl/v1.1/body/{b}/legislativeTerm/{year}", f -> b(f) + "/legislativeTerm/2000"),
            oparl("/oparl/v1.1/body/{b}/organization", f -> b(f) + "/organization"),
            oparl("/oparl/v1.1/body/{b}/organization/{key}", f -> b(f) + "/organization/g" + f.ag),
            oparl("/oparl/v1.1/body/{b}/person", f -> b(f) + "/person"),
            oparl("/oparl/v1.1/body/{b}/person/{id}", f -> b(f) + "/person/" + f.consenting),
            oparl("/oparl/v1.1/body/{b}/membership", f -> b(f) + "/membership"),
            oparl("/oparl/v1.1/body/{b}/membership/{id}", f -> b(f) + "/membership/0"),
            oparl("/oparl/v1.1/body/{b}/meeting", f -> b(f) + "/meeting"),
            oparl("/oparl/v1.1/body/{b}/meeting/{id}", f -> b(f) + "/meeting/" + f.publicMeeting),
            oparl("/oparl/v1.1/body/{b}/agendaItem", f -> b(f) + "/agendaItem"),
            oparl("/oparl/v1.1/body/{b}/agendaItem/{id}", f -> b(f) + "/agendaItem/" + f.publicItem),
            oparl("/oparl/v1.1/body/{b}/file", f -> b(f) + "/file"),
            oparl("/oparl/v1.1/body/{b}/file/{key}", f -> b(f) + "/file/" + f.publicMeeting + "-protokoll"),
            oparl("/oparl/v1.1/body/{b}/file/{key}/datei.pdf", f -> b(f) + "/file/" + f.publicMeeting + "-protokoll/datei.pdf"),
            oparl("/oparl/v1.1/body/{b}/location", f -> b(f) + "/location"),
            oparl("/oparl/v1.1/body/{b}/location/{id}", f -> b(f) + "/location/" + f.publicMeeting),
            oparl("/oparl/v1.1/body/{b}/paper", f -> b(f) + "/paper"),
            oparl("/oparl/v1.1/body/{b}/paper/{key}", f -> b(f) + "/paper/massnahmenplan"));

    static Endpoint oparl(String pattern, Function<NetworkFixture, String> path) {
        return new Endpoint(GET, pattern, Access.PUBLIC, path);
    }

    static String b(NetworkFixture f) {
        return "/oparl/v1.1/body/" + f.county.id();
    }

    static final Set<Class<?>> HANDLERS = Set.of(StructurePages.class, StructureChanges.class, MeetingPages.class, MemberPages.class,
            PublicMeetingPages.class, NewsletterPages.class);
    static final String OPARL_HANDLER = "de.pflegeregion.network.web.oparl.OparlApi";

    @Autowired
    WebApplicationContext context;
    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    Gremien gremien;

    MockMvc mvc;
    NetworkFixture f;

    @BeforeEach
    void setUp() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new NetworkFixture(tenants, accounts, gremien);
    }

    MockHttpServletRequestBuilder call(Endpoint e) {
        return request(e.method(), e.path().apply(f));
    }

    int status(MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r).andReturn().getResponse().getStatus();
    }

    @Test
    void theListCoversEveryServedEndpointOfThisPart() {
        Set<String> served = requestMappingHandlerMapping.getHandlerMethods().entrySet().stream()
                .filter(e -> HANDLERS.contains(e.getValue().getBeanType()) || e.getValue().getBeanType().getName().equals(OPARL_HANDLER))
                .flatMap(e -> e.getKey().getPatternValues().stream()
                        .flatMap(p -> e.getKey().getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + p)))
                .collect(Collectors.toSet());
        assertThat(ENDPOINTS.stream().map(e -> e.method().name() + " " + e.pattern()).collect(Collectors.toSet())).isEqualTo(served);
    }

    @Test
    void anonymousIsSentToTheLoginExceptForPublicEndpoints() throws Exception {
        for (Endpoint e : ENDPOINTS) {
            MvcResult r = mvc.perform(call(e).with(csrf())).andReturn();
            if (e.access() == Access.PUBLIC) {
                assertThat(r.getResponse().getStatus()).as(e.pattern()).isIn(200, 404);
            } else {
                assertThat(r.getResponse().getStatus()).as(e.pattern()).isEqualTo(302);
                assertThat(r.getResponse().getRedirectedUrl()).as(e.pattern()).endsWith("/anmelden");
            }
        }
        assertThat(status(request(GET, "/netzwerk/sitzungen/" + f.internalMeeting + ".ics"))).isEqualTo(404);
        assertThat(status(request(GET, "/netzwerk/sitzungen/" + f.publicMeeting + ".ics"))).isEqualTo(200);
        assertThat(status(request(GET, "/termine/" + f.internalMeeting))).isEqualTo(404);
    }

    @Test
    void providersPlannersAndCountyAdminsAreRefusedTheNetwork() throws Exception {
        for (Account account : List.of(f.provider, f.planner, f.admin)) {
            for (Endpoint e : ENDPOINTS.stream().filter(e -> e.access() != Access.PUBLIC).toList()) {
                assertThat(status(call(e).with(as(account)).with(csrf()))).as(e.pattern() + " as " + account.roles()).isEqualTo(403);
            }
            assertThat(status(request(GET, "/netzwerk/sitzungen/" + f.internalMeeting + ".ics").with(as(account)))).isEqualTo(404);
        }
    }

    @Test
    void theCoordinatorGetsEverythingOfTheCountyIn() throws Exception {
        for (Endpoint e : ENDPOINTS.stream().filter(e -> e.method() == GET).toList()) {
            int s = status(call(e).with(as(f.coordinator)));
            assertThat(s).as(e.pattern()).isNotIn(401, 403, 500);
            if (e.access() == Access.COORDINATOR) {
                assertThat(s).as(e.pattern()).isEqualTo(200);
            }
        }
        assertThat(status(request(GET, "/netzwerk/sitzungen/" + f.internalMeeting + ".ics").with(as(f.coordinator)))).isEqualTo(200);
    }

    @Test
    void membersAreRefusedTheCoordinatorsPagesAndSeeOnlyTheirGremium() throws Exception {
        for (Account account : List.of(f.member, f.otherGremiumMember)) {
            for (Endpoint e : ENDPOINTS.stream().filter(e -> e.access() == Access.COORDINATOR).toList()) {
                assertThat(status(call(e).with(as(account)).with(csrf()))).as(e.pattern()).isEqualTo(403);
            }
        }
        assertThat(status(request(GET, "/netzwerk/mein").with(as(f.member)))).isEqualTo(200);
        assertThat(status(request(GET, "/netzwerk/mein/sitzungen/" + f.publicMeeting).with(as(f.member)))).isEqualTo(200);
        assertThat(status(request(GET, "/netzwerk/sitzungen/" + f.internalMeeting + ".ics").with(as(f.member)))).isEqualTo(200);
        assertThat(status(request(GET, "/netzwerk/mein/sitzungen/" + f.internalMeeting).with(as(f.otherGremiumMember)))).isEqualTo(404);
        assertThat(status(request(GET, "/netzwerk/sitzungen/" + f.internalMeeting + ".ics").with(as(f.otherGremiumMember)))).isEqualTo(404);
        // the member without the Protokoll role in the AG may not write its minutes
        assertThat(status(request(POST, "/netzwerk/mein/sitzungen/" + f.publicMeeting + "/protokoll/" + f.publicItem + "/diskussion")
                .param("discussion", "x").with(as(f.otherGremiumMember)).with(csrf()))).isEqualTo(404);
    }

    @Test
    void anotherCountysCoordinatorFindsNothingOfThisCounty() throws Exception {
        for (Endpoint e : ENDPOINTS.stream().filter(e -> e.access() == Access.COORDINATOR && e.pattern().contains("{")).toList()) {
            int s = status(call(e).with(as(f.otherCoordinator)).with(csrf()));
            assertThat(s).as(e.pattern()).isEqualTo(404);
        }
        assertThat(status(request(GET, "/netzwerk/sitzungen/" + f.internalMeeting + ".ics").with(as(f.otherCoordinator)))).isEqualTo(404);
        String list = mvc.perform(request(GET, "/netzwerk/sitzungen").with(as(f.otherCoordinator))).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("2. Sitzung intern");
    }

    @Test
    void everyFormPostNeedsTheCsrfToken() throws Exception {
        for (Endpoint e : ENDPOINTS.stream().filter(e -> e.method() == POST).toList()) {
            Account who = e.access() == Access.MEMBER ? f.member : f.coordinator;
            assertThat(status(call(e).with(as(who)).with(csrf().useInvalidToken()))).as(e.pattern()).isEqualTo(403);
        }
    }
}
