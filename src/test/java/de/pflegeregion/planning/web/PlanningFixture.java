package de.pflegeregion.planning.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferDraft;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.planning.PopulationFiles;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** A fresh Landkreis 09186 with a planner, an admin, a provider and a Pflegeheim; a Kiel with its own planner. */
final class PlanningFixture {

    static final String PASSWORD = "Sicheres-Test-Passwort-1";
    static final String PAF = "09186143";
    static final String WOLNZACH = "09186162";

    final Tenant county;
    final Tenant kiel;
    final Account planner;
    final Account admin;
    final Account provider;
    final Account kielPlanner;
    final Offer heim;

    PlanningFixture(Tenants tenants, Accounts accounts, OfferRegistry registry) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        county = tenants.create("plan-" + suffix, "Landkreis Plan " + suffix, "09186");
        kiel = tenants.create("plankiel-" + suffix, "Kiel Plan " + suffix, "01002");
        planner = accounts.create("planer-" + suffix, PASSWORD, Role.PLANNER, county.id(), "Sozialplanung", "test");
        admin = accounts.create("padmin-" + suffix, PASSWORD, Role.COUNTY_ADMIN, county.id(), "Landratsamt", "test");
        provider = accounts.create("panbieter-" + suffix, PASSWORD, Role.PROVIDER, county.id(), "Anbieter", "test");
        kielPlanner = accounts.create("planer-kiel-" + suffix, PASSWORD, Role.PLANNER, kiel.id(), "Sozialplanung Kiel", "test");
        heim = registry.create(county.id(), offer("Pflegeheim " + suffix, List.of("vollstationaer"), "85276", "Pfaffenhofen a.d.Ilm",
                Map.of("vollstationaer", 80)), admin);
    }

    static OfferDraft offer(String name, List<String> types, String postalCode, String city, Map<String, Integer> capacity) {
        return new OfferDraft(name, types, "Hauptstraße 1", postalCode, city, null, null, "08441 1234", "info@example.org", null,
                null, List.of("Deutsch"), List.of(), null, "Test", null, null, capacity, List.of());
    }

    /**
     * An upload that took longer than the page's wait redirects to its status page; follows it (as the
     * browser's refresh would) until the import has ended on the data page.
     */
    static void awaitImport(org.springframework.test.web.servlet.MockMvc mvc, Account planner,
                            org.springframework.test.web.servlet.MvcResult upload) throws Exception {
        String status = upload.getResponse().getRedirectedUrl();
        String location = status;
        if (status != null && status.startsWith("/planung/daten/import/")) {
            location = org.awaitility.Awaitility.await("import behind " + status).atMost(java.time.Duration.ofSeconds(60))
                    .pollInterval(java.time.Duration.ofMillis(100))
                    .until(() -> mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(status)
                            .with(as(planner))).andReturn().getResponse().getRedirectedUrl(), next -> next != null && !next.equals(status));
        }
        org.assertj.core.api.Assertions.assertThat(location).isEqualTo("/planung/daten");
    }

    static RequestPostProcessor as(Account account) {
        return user(account.username()).roles(account.roles().stream().map(Role::name).toArray(String[]::new));
    }

    /** Pfaffenhofen and Wolnzach in the old GENESIS layout, with Ingolstadt (another county) in between. */
    static byte[] genesisFile(String stichtag) {
        List<String> lines = new ArrayList<>();
        lines.addAll(PopulationFiles.oldLayoutArea("GEMEIN", PAF, "Pfaffenhofen a.d.Ilm", stichtag));
        lines.addAll(PopulationFiles.oldLayoutArea("GEMEIN", "09161000", "Ingolstadt", stichtag));
        lines.addAll(PopulationFiles.oldLayoutArea("GEMEIN", WOLNZACH, "Wolnzach", stichtag));
        return PopulationFiles.utf8(PopulationFiles.OLD_HEADER, lines);
    }
}
