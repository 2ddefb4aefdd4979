package de.pflegeregion.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.pflegeregion.network.MeasureTrafficLight.Colour;
import de.pflegeregion.network.MeasureTrafficLight.Indicator;
import de.pflegeregion.network.MeasureTrafficLight.Measurement;
import de.pflegeregion.network.MeasureTrafficLight.MilestoneDates;

class MeasureTrafficLightTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void aRunningMeasureOnPlanIsGreen() {
        assertThat(light(MeasureStatus.IN_UMSETZUNG, List.of(new MilestoneDates("A", TODAY.plusDays(1), null)), null, TODAY.minusDays(10)).colour())
                .isEqualTo(Colour.GREEN);
    }

    @Test
    void aMilestonePastItsDateAndNotReachedTurnsItRed() {
        var l = light(MeasureStatus.IN_UMSETZUNG, List.of(new MilestoneDates("Stelle besetzt", TODAY.minusDays(1), null)), null, TODAY);
        assertThat(l.colour()).isEqualTo(Colour.RED);
        assertThat(l.reasons().getFirst()).contains("Stelle besetzt");
        // reached late is history, not a problem now
        assertThat(light(MeasureStatus.IN_UMSETZUNG, List.of(new MilestoneDates("x", TODAY.minusDays(30), TODAY.minusDays(2))), null, TODAY).colour())
                .isEqualTo(Colour.GREEN);
    }

    @Test
    void noUpdateForMoreThan90DaysTurnsItYellowExactly90IsStillGreen() {
        assertThat(light(MeasureStatus.GEPLANT, List.of(), null, TODAY.minusDays(91)).colour()).isEqualTo(Colour.YELLOW);
        assertThat(light(MeasureStatus.GEPLANT, List.of(), null, TODAY.minusDays(90)).colour()).isEqualTo(Colour.GREEN);
        // a finished measure is not expected to change
        assertThat(light(MeasureStatus.UMGESETZT, List.of(), null, TODAY.minusDays(400)).colour()).isEqualTo(Colour.GREEN);
    }

    @Test
    void anIndicatorBehindItsStraightPathIsOffTrack() {
        // 2026-01-01 → 2027-01-01, baseline 0, target 100: on 2026-07-02 (182 of 365 days) the path is at 49.9
        LocalDate mid = LocalDate.of(2026, 7, 2);
        Indicator behind = new Indicator(BigDecimal.ZERO, new BigDecimal("100"), LocalDate.of(2027, 1, 1), List.of(new Measurement(mid, new BigDecimal("40"))));
        Indicator ahead = new Indicator(BigDecimal.ZERO, new BigDecimal("100"), LocalDate.of(2027, 1, 1), List.of(new Measurement(mid, new BigDecimal("50"))));
        assertThat(MeasureTrafficLight.offTrack(behind, START, TODAY)).isTrue();
        assertThat(MeasureTrafficLight.offTrack(ahead, START, TODAY)).isFalse();
        assertThat(light(MeasureStatus.IN_UMSETZUNG, List.of(), behind, TODAY).colour()).isEqualTo(Colour.RED);
    }

    @Test
    void aFallingTargetIsJudgedTheOtherWayRound() {
        // fewer Gemeinden without Kümmerer: baseline 15, target 0
        LocalDate mid = LocalDate.of(2026, 7, 2);
        Indicator falling = new Indicator(new BigDecimal("15"), BigDecimal.ZERO, LocalDate.of(2027, 1, 1), List.of(new Measurement(mid, new BigDecimal("6"))));
        assertThat(MeasureTrafficLight.offTrack(falling, START, TODAY)).isFalse();
        Indicator slow = new Indicator(new BigDecimal("15"), BigDecimal.ZERO, LocalDate.of(2027, 1, 1), List.of(new Measurement(mid, new BigDecimal("12"))));
        assertThat(MeasureTrafficLight.offTrack(slow, START, TODAY)).isTrue();
    }

    @Test
    void withoutTargetDeadlineOrMeasurementNothingIsOffTrack() {
        assertThat(MeasureTrafficLight.offTrack(new Indicator(BigDecimal.ZERO, null, LocalDate.of(2027, 1, 1),
                List.of(new Measurement(TODAY, BigDecimal.ZERO))), START, TODAY)).isFalse();
        assertThat(MeasureTrafficLight.offTrack(new Indicator(BigDecimal.ZERO, BigDecimal.TEN, LocalDate.of(2027, 1, 1), List.of()), START, TODAY)).isFalse();
    }

    @Test
    void pausedAndAbandonedMeasuresShowNoLight() {
        assertThat(light(MeasureStatus.ZURUECKGESTELLT, List.of(new MilestoneDates("A", TODAY.minusDays(1), null)), null, TODAY.minusDays(300)).colour())
                .isEqualTo(Colour.NONE);
        assertThat(light(MeasureStatus.ABGEBROCHEN, List.of(), null, TODAY).colour()).isEqualTo(Colour.NONE);
    }

    private static MeasureTrafficLight.Light light(MeasureStatus status, List<MilestoneDates> milestones, Indicator indicator, LocalDate lastUpdate) {
        return MeasureTrafficLight.of(status, START, milestones, indicator, lastUpdate, TODAY);
    }
}
