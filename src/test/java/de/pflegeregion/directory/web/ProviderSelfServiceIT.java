package de.pflegeregion.directory.web;

import static de.pflegeregion.directory.web.SelfServiceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Tenants;

@IntegrationTest
class ProviderSelfServiceIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    AuditLog auditLog;

    MockMvc mvc;
    SelfServiceFixture f;

    @BeforeEach
    void setUp() {
        mvc = SelfServiceFixture.mockMvc(context);
        f = new SelfServiceFixture(tenants, accounts, registry);
    }

    @Test
    void providerReportsFreePlacesInThreeSteps() throws Exception {
        mvc.perform(get("/anbieter").with(as(f.providerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(f.offerA.name())))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(f.offerB.name()))));
        mvc.perform(get("/anbieter/angebote/" + f.offerA.id() + "/freie-plaetze").with(as(f.providerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"freePlaces[tagespflege]\"")));
        mvc.perform(post("/anbieter/angebote/" + f.offerA.id() + "/freie-plaetze").with(as(f.providerA)).with(csrf())
                        .param("version", String.valueOf(f.offerA.version()))
                        .param("freePlaces[tagespflege]", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/anbieter"));

        Offer after = registry.find(f.offerA.id()).orElseThrow();
        assertThat(after.freePlaces().get("tagespflege").count()).isEqualTo(2);
        assertThat(after.freePlaces().get("tagespflege").reportedBy()).isEqualTo(f.providerA.username());
        assertThat(auditLog.forSubject("offer", String.valueOf(f.offerA.id())))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("offer.free-places-reported");
                    assertThat(e.actor()).isEqualTo(f.providerA.username());
                });
    }

    @Test
    void wrongNumberKeepsInputAndNamesTheField() throws Exception {
        mvc.perform(post("/anbieter/angebote/" + f.offerA.id() + "/freie-plaetze").with(as(f.providerA)).with(csrf())
                        .param("version", String.valueOf(f.offerA.version()))
                        .param("freePlaces[tagespflege]", "zwei"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tagespflege: Bitte geben Sie eine ganze Zahl")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"zwei\"")));
        assertThat(registry.find(f.offerA.id()).orElseThrow().freePlaces()).isEmpty();
    }

    @Test
    void negativeNumberIsRefusedAndUnreadableVersionCountsAsStale() throws Exception {
        mvc.perform(post("/anbieter/angebote/" + f.offerA.id() + "/freie-plaetze").with(as(f.providerA)).with(csrf())
                        .param("version", String.valueOf(f.offerA.version()))
                        .param("freePlaces[tagespflege]", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tagespflege: Bitte geben Sie eine ganze Zahl")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"-1\"")));
        mvc.perform(post("/anbieter/angebote/" + f.offerA.id() + "/freie-plaetze").with(as(f.providerA)).with(csrf())
                        .param("version", "sieben")
                        .param("freePlaces[tagespflege]", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Inzwischen hat jemand anderes gemeldet")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"4\"")));
        assertThat(registry.find(f.offerA.id()).orElseThrow().freePlaces()).isEmpty();
    }

    @Test
    void providerEditsOwnEntry() throws Exception {
        mvc.perform(get("/anbieter/angebote/" + f.offerA.id()).with(as(f.providerA))).andExpect(status().isOk());
        mvc.perform(post("/anbieter/angebote/" + f.offerA.id()).with(as(f.providerA)).with(csrf())
                        .param("version", String.valueOf(f.offerA.version()))
                        .param("name", "Versuch, den Namen zu ändern")
                        .param("phone", "08442 9999")
                        .param("email", "neu@example.org")
                        .param("openingHours", "Mo–Fr 7–17 Uhr")
                        .param("languages", "Deutsch, Türkisch")
                        .param("specialisations", "Demenz\nParkinson")
                        .param("capacity[tagespflege]", "22")
                        .param("availability[0].type", "tagespflege")
                        .param("availability[0].from", "2026-12-01")
                        .param("availability[0].until", "2026-12-24")
                        .param("availability[0].places", "3"))
                .andExpect(status().is3xxRedirection());
        Offer after = registry.find(f.offerA.id()).orElseThrow();
        assertThat(after.name()).isEqualTo(f.offerA.name());
        assertThat(after.phone()).isEqualTo("08442 9999");
        assertThat(after.languages()).containsExactly("Deutsch", "Türkisch");
        assertThat(after.specialisations()).containsExactly("Demenz", "Parkinson");
        assertThat(after.capacity()).containsEntry("tagespflege", 22);
        assertThat(after.availability()).hasSize(1);
        assertThat(auditLog.forSubject("offer", String.valueOf(f.offerA.id()))).anySatisfy(e -> assertThat(e.action()).isEqualTo("offer.updated"));
    }

    @Test
    void staleVersionShowsCurrentValuesAndKeepsInput() throws Exception {
        long version = f.offerA.version();
        mvc.perform(post("/anbieter/angebote/" + f.offerA.id() + "/freie-plaetze").with(as(f.providerA)).with(csrf())
                        .param("version", String.valueOf(version)).param("freePlaces[tagespflege]", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/anbieter/angebote/" + f.offerA.id() + "/freie-plaetze").with(as(f.providerA)).with(csrf())
                        .param("version", String.valueOf(version)).param("freePlaces[tagespflege]", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Inzwischen hat jemand anderes gemeldet")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"5\"")));
        assertThat(registry.find(f.offerA.id()).orElseThrow().freePlaces().get("tagespflege").count()).isEqualTo(3);
    }

    @Test
    void providerCannotSeeOrChangeAnotherProvidersOffer() throws Exception {
        mvc.perform(get("/anbieter/angebote/" + f.offerB.id() + "/freie-plaetze").with(as(f.providerA)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/anbieter/angebote/" + f.offerB.id()).with(as(f.providerA)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/anbieter/angebote/" + f.offerB.id() + "/freie-plaetze").with(as(f.providerA)).with(csrf())
                        .param("version", String.valueOf(f.offerB.version())).param("freePlaces[tagespflege]", "9"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/anbieter/angebote/" + f.offerB.id()).with(as(f.providerA)).with(csrf())
                        .param("version", String.valueOf(f.offerB.version())).param("phone", "0000"))
                .andExpect(status().isForbidden());
        Offer b = registry.find(f.offerB.id()).orElseThrow();
        assertThat(b.version()).isEqualTo(f.offerB.version());
        assertThat(b.freePlaces()).isEmpty();
        assertThat(b.phone()).isEqualTo(f.offerB.phone());
    }
}
