package de.pflegeregion.directory.web;

import static de.pflegeregion.directory.web.SelfServiceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.PostgresTestDatabase;
import de.pflegeregion.StatementCounter;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenants;

/**
 * The admin's account list costs the same number of SQL statements for 2 providers as for 12
 * (it used to load every provider's offers one by one), counted by the shared {@link StatementCounter}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
@Import(StatementCounter.class)
class AdminAccountListQueriesIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;

    int statementsForTheAccountList(MockMvc mvc, Account admin) throws Exception {
        return StatementCounter.count(() ->
                assertThat(mvc.perform(get("/verwaltung/konten").with(as(admin))).andReturn().getResponse().getStatus()).isEqualTo(200));
    }

    @Test
    void accountListQueriesDoNotGrowWithTheNumberOfAccounts() throws Exception {
        MockMvc mvc = SelfServiceFixture.mockMvc(context);
        SelfServiceFixture f = new SelfServiceFixture(tenants, accounts, registry);
        statementsForTheAccountList(mvc, f.admin);
        int twoProviders = statementsForTheAccountList(mvc, f.admin);
        for (int i = 0; i < 10; i++) {
            Account provider = accounts.create("weitere-" + i + "-" + f.county.slug(), SelfServiceFixture.PASSWORD, Role.PROVIDER,
                    f.county.id(), "Weitere " + i, "test");
            registry.assignToProvider(i % 2 == 0 ? f.offerA.id() : f.offerB.id(), provider, f.admin);
        }
        int twelveProviders = statementsForTheAccountList(mvc, f.admin);
        assertThat(twoProviders).as("statements at all").isPositive();
        assertThat(twelveProviders).as("statements with 12 instead of 2 providers").isEqualTo(twoProviders);
    }
}
