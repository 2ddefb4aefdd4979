package de.pflegeregion.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Growth factors of a Kreis/Land projection: interpolation between projection years, t* after the base year, bands by width. */
class ProjectionTest {

    private static final double EXACT = 1e-12;
    private static final List<AgeBand> BANDS = PaperCounty.BANDS;

    private static Projection land() {
        return new Projection(Projection.Level.LAND, "BEV-VARIANTE-02", Map.of(
                2025, PaperCounty.pyramid(1000, 100, 1000, 200),
                2030, PaperCounty.pyramid(900, 150, 900, 260)));
    }

    @Test
    void growthIsOneUpToTStarWhichIsTheFirstProjectionYearWhenTheBaseYearIsEarlier() {
        Projection p = land();
        assertThat(p.startYear(2022)).isEqualTo(2025);
        assertThat(p.growthFactors(BANDS, 2022, 2024)[0]).containsExactly(1, 1);
        assertThat(p.growthFactors(BANDS, 2022, 2025)[1]).containsExactly(1, 1);
    }

    @Test
    void betweenProjectionYearsTheProjectionIsInterpolatedLinearly() {
        double[][] f = land().growthFactors(BANDS, 2022, 2027);
        // men 75+: 100 + (150 − 100)·2/5 = 120 → 1.2; women 75+: 200 + 60·2/5 = 224 → 1.12; under 75: 960/1000
        assertThat(f[Sex.MALE.ordinal()][1]).isCloseTo(1.2, within(EXACT));
        assertThat(f[Sex.FEMALE.ordinal()][1]).isCloseTo(1.12, within(EXACT));
        assertThat(f[Sex.MALE.ordinal()][0]).isCloseTo(0.96, within(EXACT));
        assertThat(land().growthFactors(BANDS, 2022, 2030)[Sex.MALE.ordinal()][1]).isCloseTo(1.5, within(EXACT));
    }

    @Test
    void aBaseYearInsideTheProjectionCountsGrowthFromTheBaseYear() {
        Projection p = land();
        assertThat(p.startYear(2027)).isEqualTo(2027);
        // 150 / 120
        assertThat(p.growthFactors(BANDS, 2027, 2030)[Sex.MALE.ordinal()][1]).isCloseTo(1.25, within(EXACT));
    }

    @Test
    void beyondTheLastProjectionYearThereIsNoFactor() {
        assertThatThrownBy(() -> land().growthFactors(BANDS, 2022, 2031)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void projectionBandsAreCarriedOntoPopulationBandsByWidth() {
        Pyramid projected = new Pyramid(List.of(AgeBand.of(0, 60), AgeBand.of(60, 70), AgeBand.of(70, 80), AgeBand.of(80, null)),
                new double[] {6000, 500, 400, 100}, new double[] {6000, 500, 400, 100}, true);
        // 65–75: 500·5/10 + 400·5/10
        assertThat(projected.byWidth(AgeBand.of(65, 75), Sex.MALE)).isCloseTo(450, within(EXACT));
        // 75+: 400·5/10 + all of 80+
        assertThat(projected.byWidth(AgeBand.of(75, null), Sex.FEMALE)).isCloseTo(300, within(EXACT));
    }
}
