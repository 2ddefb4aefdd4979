package de.pflegeregion.network;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The traffic light of a measure (network spec): red for a late milestone or an indicator off its path,
 * yellow for no update in {@value #STALE_DAYS} days, green otherwise; a paused measure shows none.
 * The indicator's path is the straight line from its baseline (at the measure's start, else its first
 * measurement) to its target at the deadline: a measured value behind that line is off track.
 */
public final class MeasureTrafficLight {

    /** No update for this long (network spec) turns a running measure yellow. */
    public static final int STALE_DAYS = 90;

    public enum Colour {
        GREEN("grün", "im Plan"), YELLOW("gelb", "ohne aktuelle Angaben"), RED("rot", "Handlungsbedarf"), NONE("keine", "ruht");

        private final String label;
        private final String meaning;

        Colour(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        public String label() {
            return label;
        }

        public String meaning() {
            return meaning;
        }

        public String code() {
            return name().toLowerCase();
        }
    }

    public record Light(Colour colour, List<String> reasons) {
    }

    public record MilestoneDates(String title, LocalDate planned, LocalDate actual) {
    }

    public record Measurement(LocalDate date, BigDecimal value) {
    }

    /** An indicator: baseline and target value, the deadline, and what was measured. */
    public record Indicator(BigDecimal baseline, BigDecimal target, LocalDate deadline, List<Measurement> values) {
    }

    private MeasureTrafficLight() {
    }

    public static Light of(MeasureStatus status, LocalDate start, List<MilestoneDates> milestones, Indicator indicator,
                           LocalDate lastUpdate, LocalDate today) {
        if (status == MeasureStatus.ZURUECKGESTELLT || status == MeasureStatus.ABGEBROCHEN) {
            return new Light(Colour.NONE, List.of());
        }
        List<String> red = new ArrayList<>();
        if (status.active()) {
            milestones.stream().filter(m -> m.actual() == null && m.planned() != null && m.planned().isBefore(today))
                    .forEach(m -> red.add("Meilenstein „" + m.title() + "“ war für den " + m.planned() + " geplant und ist nicht erreicht."));
        }
        if (indicator != null && offTrack(indicator, start, today)) {
            red.add("Der Indikator liegt hinter seinem Pfad vom Ausgangswert zum Zielwert.");
        }
        if (!red.isEmpty()) {
            return new Light(Colour.RED, red);
        }
        if (status.active() && lastUpdate != null && ChronoUnit.DAYS.between(lastUpdate, today) > STALE_DAYS) {
            return new Light(Colour.YELLOW, List.of("Seit mehr als " + STALE_DAYS + " Tagen nicht aktualisiert (zuletzt " + lastUpdate + ")."));
        }
        return new Light(Colour.GREEN, List.of());
    }

    /**
     * Whether the latest measured value is behind the straight path from baseline to target; without a
     * target, deadline or measurement nothing can be said, so it is not off track.
     */
    public static boolean offTrack(Indicator indicator, LocalDate start, LocalDate today) {
        if (indicator.baseline() == null || indicator.target() == null || indicator.deadline() == null || indicator.values().isEmpty()) {
            return false;
        }
        BigDecimal span = indicator.target().subtract(indicator.baseline());
        if (span.signum() == 0) {
            return false;
        }
        Measurement latest = indicator.values().stream().max(Comparator.comparing(Measurement::date)).orElseThrow();
        LocalDate from = start != null ? start : indicator.values().stream().map(Measurement::date).min(Comparator.naturalOrder()).orElseThrow();
        long total = ChronoUnit.DAYS.between(from, indicator.deadline());
        BigDecimal expected = total <= 0 ? BigDecimal.ONE
                : BigDecimal.valueOf(Math.min(Math.max(ChronoUnit.DAYS.between(from, latest.date()), 0), total))
                .divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        BigDecimal achieved = latest.value().subtract(indicator.baseline()).divide(span, MathContext.DECIMAL64);
        return achieved.compareTo(expected) < 0;
    }
}
