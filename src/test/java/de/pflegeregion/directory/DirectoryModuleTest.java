package de.pflegeregion.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;

import de.pflegeregion.PostgresTestDatabase;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** The directory with only the modules it depends on (platform, site), on PostgreSQL: no other feature is needed. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
class DirectoryModuleTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    OfferSearch search;

    @Test
    void bootsWithoutTheOtherFeaturesAndFindsWhatItRegistered() {
        assertThat(context.containsBean("benefitsPages")).as("benefits is not started").isFalse();
        assertThat(context.containsBean("offersApi")).isTrue();
        DirectoryFixtures fixtures = new DirectoryFixtures(tenants, accounts, registry);
        Tenant county = fixtures.county();
        Account admin = fixtures.admin(county);
        Offer offer = fixtures.offer(county, admin, "Tagespflege Modul", "85283", "Wolnzach", List.of("tagespflege"), Map.of("tagespflege", 8));

        SearchResult result = search.search(new OfferQuery("Wolnzach", 5.0, List.of("tagespflege"), false, null, county.slug(), null));

        assertThat(result.offers()).extracting(hit -> hit.offer().id()).containsExactly(offer.id());
    }
}
