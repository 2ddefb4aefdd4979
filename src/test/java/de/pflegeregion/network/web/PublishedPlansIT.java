package de.pflegeregion.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import de.pflegeregion.PostgresTestDatabase;
import de.pflegeregion.StatementCounter;
import de.pflegeregion.network.MeasureDraft;
import de.pflegeregion.network.MeasureKind;
import de.pflegeregion.network.MeasureStatus;
import de.pflegeregion.network.internal.MeasurePlan;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/**
 * The public plan kept per node: unchanged data costs one statement (the stamp) and gives the same plans; a change
 * written by another node (here: the stateless {@link MeasurePlan}, which tells no cache anything) shows at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
@Import(StatementCounter.class)
class PublishedPlansIT {

    @Autowired
    PublishedPlans thisNode;
    @Autowired
    MeasurePlan plan;
    @Autowired
    MeasureCoordinator counties;
    @Autowired
    Clock clock;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;

    MeasureFixture f;
    PublishedPlans otherNode;

    @BeforeEach
    void setUp() {
        f = new MeasureFixture(tenants, accounts);
        otherNode = new PublishedPlans(plan, counties, clock);
    }

    MeasureDraft draft(String title, boolean published) {
        return new MeasureDraft(null, MeasureKind.MASSNAHME, "7", title, "", "Beispiel-Träger", null, "", null, null,
                MeasureStatus.IN_UMSETZUNG, null, null, null, "", "", null, null, null, null, null, null, null, published);
    }

    List<String> titles(PublishedPlans node) {
        return node.of(f.county.slug()).stream().flatMap(p -> p.byField().values().stream()).flatMap(List::stream)
                .map(v -> v.measure().title()).toList();
    }

    @Test
    void unchangedDataIsReadOnceAndCostsOnlyTheStamp() throws Exception {
        plan.create(f.county, draft("Beispiel gleich", true), "test");
        List<PublishedPlans.CountyPlan> first = thisNode.of(f.county.slug());
        int statements = StatementCounter.count(() -> assertThat(thisNode.of(f.county.slug())).isSameAs(first));
        assertThat(statements).isEqualTo(1);
        assertThat(thisNode.of("kein-solcher-kreis")).isEmpty();
    }

    @Test
    void aChangeMadeOnAnotherNodeShowsInTheNextRequest() {
        long id = plan.create(f.county, draft("Beispiel alt", true), "test");
        long hidden = plan.create(f.county, draft("Beispiel noch intern", false), "test");
        assertThat(titles(thisNode)).containsExactly("Beispiel alt");
        assertThat(titles(otherNode)).containsExactly("Beispiel alt");

        plan.update(f.county, id, plan.find(f.county, id).orElseThrow().version(), draft("Beispiel neu", true), "anderer Knoten");
        assertThat(titles(thisNode)).containsExactly("Beispiel neu");

        plan.update(f.county, hidden, plan.find(f.county, hidden).orElseThrow().version(), draft("Beispiel noch intern", true), "anderer Knoten");
        assertThat(titles(thisNode)).containsExactlyInAnyOrder("Beispiel neu", "Beispiel noch intern");

        plan.addMilestone(f.county, id, "Beispiel-Meilenstein", LocalDate.now(clock).plusDays(30), "anderer Knoten");
        assertThat(thisNode.of(f.county.slug()).getFirst().byField().get("7").stream().filter(v -> v.measure().id() == id)
                .findFirst().orElseThrow().milestones()).extracting(MeasurePlan.Milestone::title).containsExactly("Beispiel-Meilenstein");
    }
}
