package de.pflegeregion.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.internal.OfferIndex;
import de.pflegeregion.directory.internal.OfferStore;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** Issue 8, defects 2 and 3: every node sees every change, one rebuild per transaction. */
@IntegrationTest
class OfferChangesIT {

    /** The spec's promise for other nodes. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    OfferImport offerImport;
    @Autowired
    OfferStore store;
    @Autowired
    OfferTypes offerTypes;
    @Autowired
    OfferChanges changes;
    @Autowired
    OfferIndex index;
    @Autowired
    TransactionTemplate transaction;

    DirectoryFixtures fixtures;
    Tenant county;
    Account admin;

    @BeforeEach
    void county() {
        fixtures = new DirectoryFixtures(tenants, accounts, registry);
        county = fixtures.county();
        admin = fixtures.admin(county);
    }

    @Test
    void aTransactionThatStartsFirstAndCommitsLastIsStillSeenByAnotherNode() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(1);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        // a second node: its own index on the same database, polled as @Scheduled does on each node (every second)
        try (OfferIndex otherNode = new OfferIndex(store, offerTypes, changes)) {
            otherNode.size();
            poller.scheduleWithFixedDelay(otherNode::syncWithDatabase, 0, 1, TimeUnit.SECONDS);
            CountDownLatch longRunning = new CountDownLatch(1);
            CountDownLatch mayCommit = new CountDownLatch(1);
            Future<Offer> early = threads.submit(() -> transaction.execute(status -> {
                Offer offer = fixtures.offer(county, admin, "Tagespflege Langsam", "85283", "Wolnzach", List.of("tagespflege"), Map.of());
                longRunning.countDown();
                await(mayCommit);
                return offer;
            }));
            assertThat(longRunning.await(10, TimeUnit.SECONDS)).isTrue();

            Offer late = fixtures.offer(county, admin, "Tagespflege Schnell", "85290", "Geisenfeld", List.of("tagespflege"), Map.of());
            Awaitility.await("short change on the other node").atMost(WITHIN).until(() -> otherNode.byId(late.id()).isPresent());

            mayCommit.countDown();
            Offer committedLast = early.get(10, TimeUnit.SECONDS);
            // its row has the older updated_at, so a MAX(updated_at) watermark would never load it
            assertThat(committedLast.updatedAt()).isBefore(late.updatedAt());
            Awaitility.await("the transaction that started first and committed last, on the other node within 2 s")
                    .atMost(WITHIN).until(() -> otherNode.byId(committedLast.id()).isPresent());
            assertThat(index.byId(committedLast.id())).as("and on this node").isPresent();
        } finally {
            poller.shutdownNow();
            threads.shutdownNow();
        }
    }

    @Test
    void anImportOfManyOffersIsOneFeedEntryAndOneRebuild() {
        index.size();
        long seqBefore = changes.latest();
        long rebuildsBefore = index.rebuilds();
        StringBuilder csv = new StringBuilder("name;offer_types;postal_code;city\n");
        for (int i = 1; i <= 25; i++) {
            // far from the places other tests search around, so they never crowd their first results page
            csv.append("Beratungsstelle ").append(i).append(";beratung;24937;Flensburg\n");
        }

        ImportReport report = offerImport.importCsv(county.id(), csv.toString().getBytes(StandardCharsets.UTF_8), "Test", admin);

        assertThat(report.imported()).isEqualTo(25);
        assertThat(changes.latest()).isEqualTo(seqBefore + 1);
        assertThat(changes.after(seqBefore, 100)).hasSize(25).allSatisfy(c -> assertThat(c.seq()).isEqualTo(seqBefore + 1));
        assertThat(index.rebuilds() - rebuildsBefore).isEqualTo(1);
        assertThat(registry.ofTenant(county.id(), false)).allSatisfy(o -> assertThat(index.byId(o.id())).isPresent());
    }

    @Test
    void aRolledBackTransactionLeavesNoEntry() {
        long seqBefore = changes.latest();

        transaction.executeWithoutResult(status -> {
            fixtures.offer(county, admin, "Nie gespeichert", "85283", "Wolnzach", List.of("beratung"), Map.of());
            status.setRollbackOnly();
        });

        assertThat(changes.latest()).isEqualTo(seqBefore);
        assertThat(changes.after(seqBefore, 10)).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
