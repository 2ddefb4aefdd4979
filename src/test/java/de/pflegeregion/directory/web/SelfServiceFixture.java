package de.pflegeregion.directory.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferDraft;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * A fresh county per test with an admin, two providers each with their own Tagespflege, and a
 * second county with its own admin and offer, so tests never depend on each other's data.
 */
final class SelfServiceFixture {

    static final String PASSWORD = "Sicheres-Test-Passwort-1";

    final Tenant county;
    final Tenant otherCounty;
    final Account admin;
    final Account otherAdmin;
    final Account providerA;
    final Account providerB;
    final Offer offerA;
    final Offer offerB;
    final Offer otherCountyOffer;

    SelfServiceFixture(Tenants tenants, Accounts accounts, OfferRegistry registry) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        county = tenants.create("lk-" + suffix, "Landkreis Test " + suffix, "09186");
        otherCounty = tenants.create("kiel-" + suffix, "Stadt Test " + suffix, "01002");
        admin = accounts.create("admin-" + suffix, PASSWORD, Role.COUNTY_ADMIN, county.id(), "Landratsamt Test", "test");
        otherAdmin = accounts.create("admin2-" + suffix, PASSWORD, Role.COUNTY_ADMIN, otherCounty.id(), "Stadt Test", "test");
        providerA = accounts.create("anbieter-a-" + suffix, PASSWORD, Role.PROVIDER, county.id(), "Tagespflege A", "test");
        providerB = accounts.create("anbieter-b-" + suffix, PASSWORD, Role.PROVIDER, county.id(), "Tagespflege B", "test");
        offerA = registry.create(county.id(), tagespflege("Tagespflege A " + suffix, "85283", "Wolnzach", 20), admin);
        offerB = registry.create(county.id(), tagespflege("Tagespflege B " + suffix, "85276", "Pfaffenhofen a.d.Ilm", 12), admin);
        otherCountyOffer = registry.create(otherCounty.id(), tagespflege("Tagespflege Kiel " + suffix, "24103", "Kiel", 15), otherAdmin);
        registry.assignToProvider(offerA.id(), providerA, admin);
        registry.assignToProvider(offerB.id(), providerB, admin);
    }

    static OfferDraft tagespflege(String name, String postalCode, String city, int places) {
        return new OfferDraft(name, List.of("tagespflege"), "Hauptstraße 1", postalCode, city, null, null,
                "08442 1234", "info@example.org", null, "Mo–Fr 8–16 Uhr", List.of("Deutsch"), List.of(), null,
                "Test", null, null, Map.of("tagespflege", places), List.of());
    }

    /** Requests made as the given account, without going through the login form. */
    static RequestPostProcessor as(Account account) {
        return user(account.username()).roles(account.roles().stream().map(Enum::name).toArray(String[]::new));
    }

    static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }
}
