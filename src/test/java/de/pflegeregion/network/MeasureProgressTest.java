package de.pflegeregion.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.pflegeregion.network.MeasureProgress.Part;

class MeasureProgressTest {

    @Test
    void eachStatusHasTheDefaultProgressOfTheSpec() {
        assertThat(MeasureProgress.leaf(MeasureStatus.GEPLANT, null)).isEqualByComparingTo("0");
        assertThat(MeasureProgress.leaf(MeasureStatus.IN_VORBEREITUNG, null)).isEqualByComparingTo("10");
        assertThat(MeasureProgress.leaf(MeasureStatus.IN_UMSETZUNG, null)).isEqualByComparingTo("50");
        assertThat(MeasureProgress.leaf(MeasureStatus.UMGESETZT, null)).isEqualByComparingTo("100");
        assertThat(MeasureProgress.leaf(MeasureStatus.VERSTETIGT, null)).isEqualByComparingTo("100");
        assertThat(MeasureStatus.ZURUECKGESTELLT.defaultProgress()).isEmpty();
        assertThat(MeasureStatus.ABGEBROCHEN.defaultProgress()).isEmpty();
        assertThat(MeasureProgress.leaf(MeasureStatus.ZURUECKGESTELLT, 30)).isEqualByComparingTo("30");
        assertThat(MeasureProgress.leaf(MeasureStatus.IN_UMSETZUNG, 70)).isEqualByComparingTo("70");
    }

    @Test
    void aParentIsTheWeightedMeanOfItsChildren() {
        // hand calculation: (2 × 70 + 1 × 50) / 3 = 63.33… → 63.3
        assertThat(MeasureProgress.rollUp(List.of(part(2, 70, MeasureStatus.IN_UMSETZUNG), part(1, 50, MeasureStatus.IN_UMSETZUNG))))
                .contains(new BigDecimal("63.3"));
        // (1 × 100 + 3 × 0) / 4 = 25
        assertThat(MeasureProgress.rollUp(List.of(part(1, 100, MeasureStatus.UMGESETZT), part(3, 0, MeasureStatus.GEPLANT))))
                .contains(new BigDecimal("25.0"));
    }

    @Test
    void abandonedChildrenAreLeftOutAndNoCountingChildMeansNoRollUp() {
        assertThat(MeasureProgress.rollUp(List.of(part(1, 100, MeasureStatus.UMGESETZT), part(5, 10, MeasureStatus.ABGEBROCHEN))))
                .contains(new BigDecimal("100.0"));
        assertThat(MeasureProgress.rollUp(List.of(part(1, 10, MeasureStatus.ABGEBROCHEN)))).isEmpty();
        assertThat(MeasureProgress.rollUp(List.of())).isEmpty();
    }

    @Test
    void weightsMustBePositiveAndProgressWithin0To100() {
        assertThatThrownBy(() -> part(0, 10, MeasureStatus.GEPLANT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Part(BigDecimal.ONE, new BigDecimal("101"), MeasureStatus.GEPLANT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeasureProgress.leaf(MeasureStatus.GEPLANT, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRollUpLiesBetweenTheSmallestAndLargestChild() {
        qt().forAll(lists().of(integers().between(0, 100)).ofSizeBetween(1, 12), lists().of(integers().between(1, 20)).ofSizeBetween(12, 12))
                .checkAssert((progress, weights) -> {
                    List<Part> parts = new java.util.ArrayList<>();
                    for (int i = 0; i < progress.size(); i++) {
                        parts.add(part(weights.get(i), progress.get(i), MeasureStatus.IN_UMSETZUNG));
                    }
                    BigDecimal r = MeasureProgress.rollUp(parts).orElseThrow();
                    int min = progress.stream().mapToInt(Integer::intValue).min().orElseThrow();
                    int max = progress.stream().mapToInt(Integer::intValue).max().orElseThrow();
                    assertThat(r).isBetween(BigDecimal.valueOf(min).subtract(new BigDecimal("0.05")), BigDecimal.valueOf(max).add(new BigDecimal("0.05")));
                });
    }

    @Test
    void scalingAllWeightsChangesNothingAndEqualWeightsGiveTheMean() {
        qt().forAll(lists().of(integers().between(0, 100)).ofSizeBetween(1, 10), integers().between(1, 50), integers().between(2, 9))
                .checkAssert((progress, w, factor) -> {
                    List<Part> one = progress.stream().map(p -> part(w, p, MeasureStatus.IN_UMSETZUNG)).toList();
                    List<Part> scaled = progress.stream().map(p -> part(w * factor, p, MeasureStatus.IN_UMSETZUNG)).toList();
                    assertThat(MeasureProgress.rollUp(scaled)).isEqualTo(MeasureProgress.rollUp(one));
                    BigDecimal mean = BigDecimal.valueOf(progress.stream().mapToInt(Integer::intValue).sum())
                            .divide(BigDecimal.valueOf(progress.size()), 1, java.math.RoundingMode.HALF_UP);
                    assertThat(MeasureProgress.rollUp(one).orElseThrow()).isEqualByComparingTo(mean);
                });
    }

    @Test
    void raisingOneChildNeverLowersTheParent() {
        qt().forAll(lists().of(integers().between(0, 99)).ofSizeBetween(1, 8), integers().between(1, 10))
                .checkAssert((progress, w) -> {
                    List<Part> before = progress.stream().map(p -> part(w, p, MeasureStatus.IN_UMSETZUNG)).toList();
                    List<Part> after = new java.util.ArrayList<>(before);
                    after.set(0, part(w, progress.getFirst() + 1, MeasureStatus.IN_UMSETZUNG));
                    assertThat(MeasureProgress.rollUp(after).orElseThrow()).isGreaterThanOrEqualTo(MeasureProgress.rollUp(before).orElseThrow());
                });
    }

    private static Part part(int weight, int progress, MeasureStatus status) {
        return new Part(BigDecimal.valueOf(weight), BigDecimal.valueOf(progress), status);
    }
}
