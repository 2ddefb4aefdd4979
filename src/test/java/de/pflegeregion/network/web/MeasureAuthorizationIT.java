package de.pflegeregion.network.web;

import static de.pflegeregion.network.web.MeasureFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.network.MeasureDraft;
import de.pflegeregion.network.MeasureKind;
import de.pflegeregion.network.MeasureStatus;
import de.pflegeregion.network.internal.KuemmererRegister;
import de.pflegeregion.network.internal.MeasurePlan;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/**
 * Every endpoint of the Maßnahmenplan, Kümmerer, Förderung and report × every role: the public, a provider, a
 * planner, a county admin, a member, the county's coordinator and another county's coordinator. The list
 * must match what the application serves under these paths, so a new endpoint without a test fails here.
 */
@IntegrationTest
@Import(MeasureFixture.GapPlanning.class)
class MeasureAuthorizationIT {

    record Endpoint(HttpMethod method, String pattern) {

        boolean coordinatorOnly() {
            return pattern.startsWith("/netzwerk/");
        }

        boolean addressesAMeasureOrEntry() {
            return pattern.contains("{id}");
        }
    }

    static final List<Endpoint> COORDINATOR = List.of(
            new Endpoint(HttpMethod.GET, "/netzwerk/massnahmen"),
            new Endpoint(HttpMethod.POST, "/netzwerk/massnahmen/handlungsfelder"),
            new Endpoint(HttpMethod.GET, "/netzwerk/massnahmen/neu"),
            new Endpoint(HttpMethod.POST, "/netzwerk/massnahmen/neu"),
            new Endpoint(HttpMethod.GET, "/netzwerk/massnahmen/{id}"),
            new Endpoint(HttpMethod.POST, "/netzwerk/massnahmen/{id}"),
            new Endpoint(HttpMethod.POST, "/netzwerk/massnahmen/{id}/meilensteine"),
            new Endpoint(HttpMethod.POST, "/netzwerk/massnahmen/{id}/meilensteine/{milestoneId}/erreicht"),
            new Endpoint(HttpMethod.POST, "/netzwerk/massnahmen/{id}/messwerte"),
            new Endpoint(HttpMethod.GET, "/netzwerk/massnahmen/export.csv"),
            new Endpoint(HttpMethod.GET, "/netzwerk/massnahmen/export.xlsx"),
            new Endpoint(HttpMethod.GET, "/netzwerk/massnahmen/import"),
            new Endpoint(HttpMethod.POST, "/netzwerk/massnahmen/import"),
            new Endpoint(HttpMethod.GET, "/netzwerk/kuemmerer"),
            new Endpoint(HttpMethod.POST, "/netzwerk/kuemmerer"),
            new Endpoint(HttpMethod.POST, "/netzwerk/kuemmerer/{id}/ende"),
            new Endpoint(HttpMethod.POST, "/netzwerk/kuemmerer/ansprechstelle"),
            new Endpoint(HttpMethod.GET, "/netzwerk/foerderung"),
            new Endpoint(HttpMethod.POST, "/netzwerk/foerderung/programme"),
            new Endpoint(HttpMethod.POST, "/netzwerk/foerderung/foerderungen"),
            new Endpoint(HttpMethod.POST, "/netzwerk/foerderung/pruefung"),
            new Endpoint(HttpMethod.GET, "/netzwerk/bericht"),
            new Endpoint(HttpMethod.GET, "/netzwerk/bericht.pdf"),
            new Endpoint(HttpMethod.POST, "/netzwerk/bericht/veroeffentlichen"));

    static final List<Endpoint> PUBLIC = List.of(
            new Endpoint(HttpMethod.GET, "/massnahmen"),
            new Endpoint(HttpMethod.GET, "/massnahmen/{id}"),
            new Endpoint(HttpMethod.GET, "/massnahmen/leichte-sprache"),
            new Endpoint(HttpMethod.GET, "/massnahmen/bericht"),
            new Endpoint(HttpMethod.GET, "/massnahmen/bericht/{slug}/{jahr}.pdf"),
            new Endpoint(HttpMethod.GET, "/api/v1/network/{kreisAgs}/measures"),
            new Endpoint(HttpMethod.GET, "/api/v1/network/{kreisAgs}/kuemmerer"));

    @Autowired
    WebApplicationContext context;
    @Autowired
    RequestMappingHandlerMapping requestMappingHandlerMapping;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    MeasurePlan plan;
    @Autowired
    KuemmererRegister kuemmerer;

    MockMvc mvc;
    MeasureFixture f;
    long measureId;
    long milestoneId;
    long kuemmererId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new MeasureFixture(tenants, accounts);
        measureId = plan.create(f.county, new MeasureDraft(null, MeasureKind.MASSNAHME, "2", "Kümmerer", "", "", null, "", null, null,
                MeasureStatus.GEPLANT, null, null, null, "", "", "", "", null, null, null, null, null, true), "test");
        plan.addMilestone(f.county, measureId, "Start", java.time.LocalDate.of(2027, 1, 1), "test");
        milestoneId = plan.milestones(measureId).getFirst().id();
        kuemmererId = kuemmerer.add(f.county, f.county.kreisAgs() + "001", "Nordheim", "Erika Beispiel", "Seniorenbeauftragte",
                "Rathaus", null, null);
    }

    @Test
    void theListsCoverEveryServedEndpointOfThisPart() {
        Set<String> served = requestMappingHandlerMapping.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/netzwerk/massnahmen") || p.startsWith("/netzwerk/kuemmerer") || p.startsWith("/netzwerk/foerderung")
                                || p.startsWith("/netzwerk/bericht") || p.equals("/massnahmen") || p.startsWith("/massnahmen/")
                                || p.equals("/api/v1/network/{kreisAgs}/measures") || p.equals("/api/v1/network/{kreisAgs}/kuemmerer"))
                        .flatMap(p -> info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + p)))
                .collect(Collectors.toSet());
        Set<String> listed = java.util.stream.Stream.concat(COORDINATOR.stream(), PUBLIC.stream()).map(e -> e.method().name() + " " + e.pattern())
                .collect(Collectors.toSet());
        assertThat(listed).isEqualTo(served);
    }

    @Test
    void thePublicIsSentToTheLoginForCoordinatorPagesAndReadsThePublicOnes() throws Exception {
        for (Endpoint e : COORDINATOR) {
            var r = mvc.perform(call(e).with(csrf())).andReturn().getResponse();
            assertThat(r.getStatus()).as(e.toString()).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(e.toString()).endsWith("/anmelden");
        }
        for (Endpoint e : PUBLIC) {
            assertThat(status(call(e))).as(e.toString()).isIn(200, 404);
        }
        assertThat(status(request(HttpMethod.GET, "/massnahmen/" + measureId))).isEqualTo(200);
        assertThat(status(request(HttpMethod.GET, "/api/v1/network/" + f.county.kreisAgs() + "/measures"))).isEqualTo(200);
        assertThat(status(request(HttpMethod.GET, "/api/v1/network/" + f.county.kreisAgs() + "/kuemmerer"))).isEqualTo(200);
    }

    @Test
    void providersPlannersCountyAdminsAndMembersMayNotSteerTheNetwork() throws Exception {
        for (Account account : List.of(f.provider, f.planner, f.admin, f.member)) {
            for (Endpoint e : COORDINATOR) {
                assertThat(status(call(e).with(as(account)).with(csrf()))).as(e + " as " + account.roles()).isEqualTo(403);
            }
        }
    }

    @Test
    void theCoordinatorGetsInAndAnotherCountysCoordinatorFindsNothingOfIt() throws Exception {
        for (Endpoint e : COORDINATOR.stream().filter(e -> e.method() == HttpMethod.GET).toList()) {
            assertThat(status(call(e).with(as(f.coordinator)))).as(e.toString()).isNotIn(401, 403, 404, 500);
        }
        for (Endpoint e : COORDINATOR.stream().filter(Endpoint::addressesAMeasureOrEntry).toList()) {
            int s = status(call(e).with(as(f.otherCoordinator)).with(csrf()).param("bis", "2027-01-01").param("erreicht", "2027-01-01")
                    .param("gemessenAm", "2026-01-01").param("wert", "1").param("meilenstein", "x").param("geplant", "2027-01-01"));
            assertThat(s).as(e + " as another county").isIn(400, 404);
        }
        assertThat(plan.milestones(measureId).getFirst().actual()).isNull();
        assertThat(plan.values(measureId)).isEmpty();
        assertThat(kuemmerer.all(f.county).getFirst().until()).isNull();
        // the other county's list shows none of this county's measures
        assertThat(mvc.perform(call(COORDINATOR.getFirst()).with(as(f.otherCoordinator))).andReturn().getResponse().getContentAsString())
                .doesNotContain("/netzwerk/massnahmen/" + measureId + "\"");
    }

    @Test
    void everyCoordinatorFormNeedsTheCsrfToken() throws Exception {
        for (Endpoint e : COORDINATOR.stream().filter(e -> e.method() == HttpMethod.POST).toList()) {
            assertThat(status(call(e).with(as(f.coordinator)).with(csrf().useInvalidToken()))).as(e.toString()).isEqualTo(403);
        }
    }

    @Test
    void unknownCountiesAndGemeindenAreProblemJson() throws Exception {
        var r = mvc.perform(request(HttpMethod.GET, "/api/v1/network/00000/kuemmerer")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        var bad = mvc.perform(request(HttpMethod.GET, "/api/v1/network/" + f.county.kreisAgs() + "/kuemmerer").param("ags", "12")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(bad.getContentAsString()).contains("ags");
        assertThat(status(request(HttpMethod.GET, "/api/v1/network/" + f.county.kreisAgs() + "/kuemmerer").param("ags", "01002000"))).isEqualTo(404);
    }

    private MockHttpServletRequestBuilder call(Endpoint e) {
        String path = e.pattern().replace("{kreisAgs}", f.county.kreisAgs()).replace("{slug}", f.county.slug()).replace("{jahr}", "2026")
                .replace("{milestoneId}", String.valueOf(milestoneId))
                .replace("{id}", String.valueOf(e.pattern().startsWith("/netzwerk/kuemmerer") ? kuemmererId : measureId));
        return request(e.method(), path);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
