package de.pflegeregion.directory.web;

import static de.pflegeregion.directory.web.SelfServiceFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.PostgresTestDatabase;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenants;

/**
 * The admin's account list costs the same number of SQL statements for 2 providers as for 12
 * (it used to load every provider's offers one by one). Counts statements prepared on the test's
 * own thread, so background work of the application does not count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
@Import(AdminAccountListQueriesIT.StatementCounter.class)
class AdminAccountListQueriesIT {

    /** Wraps the data source so every statement prepared on the counting thread is counted. */
    @TestConfiguration
    static class StatementCounter implements BeanPostProcessor {

        static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof DataSource dataSource)) {
                return bean;
            }
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                Object result = invoke(method, dataSource, args);
                return result instanceof Connection connection ? counting(connection) : result;
            });
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                    AtomicInteger count = COUNT.get();
                    if (count != null) {
                        count.incrementAndGet();
                    }
                }
                return invoke(method, connection, args);
            });
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;

    int statementsForTheAccountList(MockMvc mvc, Account admin) throws Exception {
        AtomicInteger count = new AtomicInteger();
        StatementCounter.COUNT.set(count);
        try {
            assertThat(mvc.perform(get("/verwaltung/konten").with(as(admin))).andReturn().getResponse().getStatus()).isEqualTo(200);
        } finally {
            StatementCounter.COUNT.remove();
        }
        return count.get();
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
