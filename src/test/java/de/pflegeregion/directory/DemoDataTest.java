package de.pflegeregion.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.internal.DemoData;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

@IntegrationTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoCountiesAreBuiltOnceWithEveryRowOfTheBrochures() {
        demoData.ensureDemoCounties();
        demoData.ensureDemoCounties();

        Tenant paf = tenants.bySlug(DemoData.PFAFFENHOFEN_SLUG).orElseThrow();
        Tenant kiel = tenants.bySlug(DemoData.KIEL_SLUG).orElseThrow();
        assertThat(paf.name()).isEqualTo("Landkreis Pfaffenhofen a.d.Ilm");
        assertThat(paf.freePlacesMaxAgeDays()).isEqualTo(7);
        List<Offer> pafOffers = registry.ofTenant(paf.id(), false);
        assertThat(pafOffers).hasSize(38).allSatisfy(o -> {
            assertThat(o.source()).isNotBlank();
            assertThat(o.sourcePage()).isNotBlank();
            assertThat(o.hasLocation()).isTrue();
        });
        assertThat(registry.ofTenant(kiel.id(), false)).hasSize(12);

        Offer hohenwart = pafOffers.stream().filter(o -> o.name().contains("Hohenwart GmbH")).findFirst().orElseThrow();
        assertThat(hohenwart.address().gemeindeAgs()).isEqualTo("09186128");
        Offer raphael = pafOffers.stream().filter(o -> o.name().equals("Seniorendomizil Haus Raphael")).findFirst().orElseThrow();
        assertThat(raphael.address().gemeindeAgs()).isEqualTo("09186146");
        assertThat(raphael.capacity()).containsEntry("tagespflege", 6);
    }

    @Test
    void theWolnzachProviderKeepsTheTagespflegeWithItsCapacity() {
        demoData.ensureDemoCounties();

        Account provider = accounts.byUsername("tagespflege-wolnzach").orElseThrow();
        assertThat(provider.roles()).containsExactly(Role.PROVIDER);
        assertThat(registry.offersOf(provider)).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Haus der Generationen");
            assertThat(o.capacity()).containsEntry("tagespflege", 10);
        });
        assertThat(accounts.byUsername("admin-paf").orElseThrow().roles()).containsExactly(Role.COUNTY_ADMIN);
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = 'admin-paf'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(DemoData.DEMO_PASSWORD, hash)).isTrue();
    }
}
