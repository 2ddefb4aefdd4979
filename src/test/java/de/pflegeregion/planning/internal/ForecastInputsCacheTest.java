package de.pflegeregion.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.ScenarioVariant;

/** The snapshot's memo: a load may ask the same snapshot for another part, and each part is kept once. */
class ForecastInputsCacheTest {

    private static final ScenarioVariant KOMPRESSION = new ScenarioVariant("kompression", "Kompression", Scenario.TREND, 0.01, null, null, null);

    @Test
    void aVariantsForecasterIsBuiltFromTheCountysOwnInsideTheSameSnapshot() {
        ForecastInputsCache.Snapshot snapshot = new ForecastInputsCache.Snapshot(new ForecastInputsCache.Stamp(1, 1));
        AtomicInteger ownLoads = new AtomicInteger();
        // many population variants, so that some keys share a hash bin: the case that failed with "Recursive update"
        for (int i = 0; i < 300; i++) {
            String population = "variante-" + i;
            assertThat(snapshot.forecaster(population, KOMPRESSION, () -> snapshot.forecaster(population, null, () -> {
                ownLoads.incrementAndGet();
                return Optional.empty();
            }))).isEmpty();
        }
        assertThat(ownLoads).hasValue(300);

        snapshot.forecaster("variante-7", null, () -> {
            throw new AssertionError("kept, not loaded again");
        });
    }

    @Test
    void aPartIsLoadedOnceAndAPartWithinAPartIsKeptToo() {
        ForecastInputsCache.Snapshot snapshot = new ForecastInputsCache.Snapshot(new ForecastInputsCache.Stamp(1, 1));
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            snapshot.ownQuotas(() -> {
                loads.incrementAndGet();
                snapshot.offers(() -> List.of());
                return Optional.empty();
            });
        }
        assertThat(loads).hasValue(1);
        assertThat(snapshot.offersIfLoaded()).isEmpty();
    }
}
