package de.pflegeregion.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Progress of a measure in percent: a leaf shows the progress entered, else the default of its status; a
 * parent (goal or measure with sub-measures) shows the weighted mean of its children. Abandoned children
 * are left out of the mean: they will never contribute, and counting them would hold the parent down for ever.
 */
public final class MeasureProgress {

    private MeasureProgress() {
    }

    /** One child in the roll-up: its weight (greater than 0) and its progress 0–100. */
    public record Part(BigDecimal weight, BigDecimal progress, MeasureStatus status) {
        public Part {
            if (weight == null || weight.signum() <= 0) {
                throw new IllegalArgumentException("weight must be greater than 0: " + weight);
            }
            if (progress == null || progress.signum() < 0 || progress.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("progress must be 0..100: " + progress);
            }
        }
    }

    /** A leaf's progress: what was entered, or else its status's default, or else 0. */
    public static BigDecimal leaf(MeasureStatus status, Integer entered) {
        if (entered != null) {
            if (entered < 0 || entered > 100) {
                throw new IllegalArgumentException("progress must be 0..100: " + entered);
            }
            return BigDecimal.valueOf(entered);
        }
        return BigDecimal.valueOf(status.defaultProgress().orElse(0));
    }

    /** The weighted mean of the children (one decimal, half up); empty when no child counts. */
    public static java.util.Optional<BigDecimal> rollUp(List<Part> children) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (Part p : children) {
            if (p.status() == MeasureStatus.ABGEBROCHEN) {
                continue;
            }
            weights = weights.add(p.weight());
            sum = sum.add(p.weight().multiply(p.progress()));
        }
        if (weights.signum() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(sum.divide(weights, 1, RoundingMode.HALF_UP));
    }
}
