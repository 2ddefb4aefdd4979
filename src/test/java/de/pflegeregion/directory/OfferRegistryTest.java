package de.pflegeregion.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.AuditEntry;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

@IntegrationTest
class OfferRegistryTest {

    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    AuditLog auditLog;

    Tenant county;
    Account admin;
    Account provider;
    Offer own;
    Offer others;

    @BeforeEach
    void register() {
        DirectoryFixtures fixtures = new DirectoryFixtures(tenants, accounts, registry);
        county = fixtures.county();
        admin = fixtures.admin(county);
        provider = fixtures.provider(county, "tagespflege");
        own = fixtures.offer(county, admin, "Tagespflege Wolnzach", "85283", "Wolnzach", List.of("tagespflege"), Map.of("tagespflege", 10));
        others = fixtures.offer(county, admin, "Tagespflege Geisenfeld", "85290", "Geisenfeld", List.of("tagespflege"), Map.of("tagespflege", 15));
        registry.assignToProvider(own.id(), provider, admin);
    }

    @Test
    void aProviderReportsFreePlacesOfItsOwnOfferOnly() {
        Offer reported = registry.reportFreePlaces(own.id(), own.version(), Map.of("tagespflege", 2), provider);

        assertThat(reported.freePlaces().get("tagespflege").count()).isEqualTo(2);
        assertThat(reported.freePlaces().get("tagespflege").reportedBy()).isEqualTo(provider.username());
        assertThat(reported.version()).isEqualTo(own.version() + 1);
        assertThatThrownBy(() -> registry.reportFreePlaces(others.id(), others.version(), Map.of("tagespflege", 2), provider))
                .isInstanceOf(OfferAccessDeniedException.class);
        assertThat(registry.find(others.id()).orElseThrow().freePlaces()).isEmpty();
        assertThat(registry.offersOf(provider)).extracting(Offer::id).containsExactly(own.id());
    }

    @Test
    void aProviderCannotEditOrRetireAnotherOffer() {
        assertThatThrownBy(() -> registry.update(others.id(), others.version(), OfferDraft.of(others), provider))
                .isInstanceOf(OfferAccessDeniedException.class);
        assertThatThrownBy(() -> registry.retire(own.id(), own.version(), provider))
                .isInstanceOf(OfferAccessDeniedException.class);
        assertThatThrownBy(() -> registry.create(county.id(), OfferDraft.of(own), provider))
                .isInstanceOf(OfferAccessDeniedException.class);
    }

    @Test
    void anAdminOfAnotherCountyCannotTouchThisRegister() {
        DirectoryFixtures fixtures = new DirectoryFixtures(tenants, accounts, registry);
        Account foreignAdmin = fixtures.admin(fixtures.county());

        assertThatThrownBy(() -> registry.reportFreePlaces(own.id(), own.version(), Map.of("tagespflege", 1), foreignAdmin))
                .isInstanceOf(OfferAccessDeniedException.class);
        assertThatThrownBy(() -> registry.create(county.id(), OfferDraft.of(own), foreignAdmin))
                .isInstanceOf(OfferAccessDeniedException.class);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRejected() {
        registry.reportFreePlaces(own.id(), own.version(), Map.of("tagespflege", 1), provider);

        assertThatThrownBy(() -> registry.reportFreePlaces(own.id(), own.version(), Map.of("tagespflege", 5), admin))
                .isInstanceOf(StaleOfferException.class);
        assertThatThrownBy(() -> registry.update(own.id(), own.version(), OfferDraft.of(own), admin))
                .isInstanceOf(StaleOfferException.class);
        assertThat(registry.find(own.id()).orElseThrow().freePlaces().get("tagespflege").count()).isEqualTo(1);
    }

    @Test
    void concurrentReportsOnTheSameVersionNeverOverwriteEachOther() throws Exception {
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int places = i;
            Account who = i % 2 == 0 ? provider : admin;
            tasks.add(() -> {
                start.await();
                try {
                    registry.reportFreePlaces(own.id(), own.version(), Map.of("tagespflege", places), who);
                    return "saved:" + places;
                } catch (StaleOfferException e) {
                    return "stale";
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<String>> futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<String> f : futures) {
                outcomes.add(f.get());
            }
        }

        List<String> saved = outcomes.stream().filter(o -> o.startsWith("saved:")).toList();
        assertThat(saved).hasSize(1);
        assertThat(outcomes).filteredOn("stale"::equals).hasSize(writers - 1);
        Offer after = registry.find(own.id()).orElseThrow();
        assertThat("saved:" + after.freePlaces().get("tagespflege").count()).isEqualTo(saved.getFirst());
        assertThat(after.version()).isEqualTo(own.version() + 1);
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        Offer reported = registry.reportFreePlaces(own.id(), own.version(), Map.of("tagespflege", 3), provider);
        OfferDraft renamed = OfferDraft.of(reported);
        registry.update(own.id(), reported.version(), new OfferDraft("Tagespflege am Ziegelberg", renamed.types(), renamed.street(),
                renamed.postalCode(), renamed.city(), null, null, renamed.phone(), renamed.email(), renamed.website(),
                "Mo–Fr 8–16 Uhr", List.of("de", "tr"), List.of("Demenz"), null, renamed.source(), null, null,
                renamed.capacity(), List.of()), provider);

        List<AuditEntry> entries = auditLog.forSubject("offer", String.valueOf(own.id()));
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("offer.created", "offer.assigned", "offer.free-places-reported", "offer.updated");
        AuditEntry update = entries.getLast();
        assertThat(update.actor()).isEqualTo(provider.username());
        assertThat(update.beforeState()).contains("Tagespflege Wolnzach");
        assertThat(update.afterState()).contains("Tagespflege am Ziegelberg").contains("Mo–Fr 8–16 Uhr");
        assertThat(entries.get(2).afterState()).contains("\"count\":3");
    }

    @Test
    void freePlacesOnlyForCountableTypesOfTheOffer() {
        assertThatThrownBy(() -> registry.reportFreePlaces(own.id(), own.version(), Map.of("kurzzeitpflege", 1), provider))
                .isInstanceOfSatisfying(OfferValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("freePlaces.kurzzeitpflege"));
        assertThatThrownBy(() -> registry.reportFreePlaces(own.id(), own.version(), Map.of("tagespflege", -1), provider))
                .isInstanceOf(OfferValidationException.class);
    }

    @Test
    void validationNamesEveryBadField() {
        OfferDraft bad = new OfferDraft(" ", List.of("zauberei"), null, "8527", null, 48.5, null, null, "kein-mail",
                "www.example.org", null, null, null, null, null, null, null, Map.of("beratung", 3), List.of());

        assertThatThrownBy(() -> registry.create(county.id(), bad, admin))
                .isInstanceOfSatisfying(OfferValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("name", "types", "postalCode", "lat", "email", "website", "capacity.beratung"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void coordinatesThatAreNoNumberAreRefusedWithTheFieldNamed(double notANumber) {
        for (double[] latLon : List.of(new double[] {notANumber, 11.6}, new double[] {48.6, notANumber})) {
            OfferDraft draft = new OfferDraft("Beratung", List.of("beratung"), null, "85283", "Wolnzach", latLon[0], latLon[1],
                    null, null, null, null, null, null, null, null, null, null, Map.of(), List.of());
            assertThatThrownBy(() -> registry.create(county.id(), draft, admin))
                    .isInstanceOfSatisfying(OfferValidationException.class, e -> assertThat(e.errors())
                            .singleElement().satisfies(error -> {
                                assertThat(error.field()).isEqualTo("lat");
                                assertThat(error.message()).contains("Breite").contains("Länge");
                            }));
        }
    }

    @Test
    void enteredCoordinatesWinOverTheTownCentre() {
        OfferDraft draft = DirectoryFixtures.draft("Hausnotruf Wolnzach", "85283", "Wolnzach", List.of("hausnotruf"), Map.of());
        Offer placed = registry.create(county.id(), new OfferDraft(draft.name(), draft.types(), draft.street(), draft.postalCode(),
                draft.city(), 48.61, 11.63, null, null, null, null, null, null, null, null, null, null, Map.of(), List.of()), admin);

        assertThat(placed.locationSource()).isEqualTo(LocationSource.ENTERED);
        assertThat(placed.lat()).isEqualTo(48.61);
        assertThat(placed.address().gemeindeAgs()).isEqualTo("09186162");
    }

    @Test
    void anOfferWithoutAddressIsPlacedAtTheCountysMainTown() {
        Offer hotline = registry.create(county.id(), DirectoryFixtures.draft("Pflegetelefon", null, null, List.of("beratung"), Map.of()), admin);

        assertThat(hotline.locationSource()).isEqualTo(LocationSource.COUNTY);
        assertThat(hotline.lat()).isEqualTo(48.53053);
    }
}
