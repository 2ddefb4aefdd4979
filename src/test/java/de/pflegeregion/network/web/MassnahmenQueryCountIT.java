package de.pflegeregion.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.PostgresTestDatabase;
import de.pflegeregion.StatementCounter;
import de.pflegeregion.network.MeasureDraft;
import de.pflegeregion.network.MeasureKind;
import de.pflegeregion.network.MeasureStatus;
import de.pflegeregion.network.internal.MeasurePlan;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/**
 * The public Maßnahmenplan costs the same SQL statements for 2 published measures as for 12, also when measures
 * point at planning gaps: the list shows no gap values, so it neither reads measures one by one nor asks the
 * planning module (whose forecast reads the county's data) for each linked measure. The plans are kept per node
 * ({@link PublishedPlans}), so each count follows a change elsewhere that renews them; unchanged, a request costs one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
@Import(StatementCounter.class)
class MassnahmenQueryCountIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    MeasurePlan plan;

    MockMvc mvc;
    MeasureFixture f;

    int statements(String path) throws Exception {
        // the county list is cached for 30 s; its reload may fall into one of two requests, never into both
        return Math.min(afterAChange(path), afterAChange(path));
    }

    /** A request right after another county's plan changed, so the kept plans are read again. */
    int afterAChange(String path) throws Exception {
        plan.create(f.other, new MeasureDraft(null, MeasureKind.MASSNAHME, "7", "Beispiel anderswo", "", "", null, "", null, null,
                MeasureStatus.GEPLANT, null, null, null, "", "", null, null, null, null, null, null, null, false), "test");
        return count(path);
    }

    int count(String path) throws Exception {
        return StatementCounter.count(() -> {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
            return null;
        });
    }

    void measure(MeasureFixture f, String title, String gapArea) {
        plan.create(f.county, new MeasureDraft(null, MeasureKind.MASSNAHME, "7", title, "", "Beispiel-Träger", null, "", null, null,
                MeasureStatus.IN_UMSETZUNG, null, null, null, "", "", null, null, null, null, null,
                gapArea == null ? null : "tagespflege", gapArea, true), "test");
    }

    @Test
    void thePublicPlanCostsTheSameStatementsForTwoMeasuresAsForTwelve() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        f = new MeasureFixture(tenants, accounts);
        measure(f, "Beispiel eins", null);
        measure(f, "Beispiel zwei", null);
        String path = "/massnahmen?kreis=" + f.county.slug();
        statements(path);
        int two = statements(path);
        for (int i = 0; i < 10; i++) {
            measure(f, "Beispiel weitere " + i, i % 2 == 0 ? "Nord" : null);
        }
        int twelve = statements(path);
        assertThat(two).as("statements at all").isPositive();
        assertThat(twelve).as("statements with 12 instead of 2 measures, 5 of them linked to a gap").isEqualTo(two);
        assertThat(Math.min(count(path), count(path))).as("statements while nothing changed: the stamp").isEqualTo(1);
        String page = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("12 veröffentlichte Maßnahmen").contains("Beispiel weitere 9");
    }
}
