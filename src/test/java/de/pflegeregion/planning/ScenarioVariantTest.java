package de.pflegeregion.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Map;

import org.junit.jupiter.api.Test;

import de.pflegeregion.platform.InvalidInput;

/**
 * A saved variant runs the engine's own scenario formula with its parameters: on the paper county
 * (see {@link PaperCounty}, Adorf: Pflegegeld 80, ambulant 40, vollstationär 17 in the base year 2023).
 */
class ScenarioVariantTest {

    private static final double EXACT = 1e-9;

    private static Projection kreis() {
        return new Projection(Projection.Level.KREIS, "", Map.of(
                2025, PaperCounty.pyramid(1000, 100, 1000, 200),
                2030, PaperCounty.pyramid(900, 150, 900, 260)));
    }

    private static Forecaster builtIn(Double rate, Double share, Integer target) {
        return PaperCounty.forecaster(kreis(), PaperCounty.settings(rate, share, target, 20));
    }

    private static ScenarioVariant trend(double rate) {
        return new ScenarioVariant("kompression", "Kompression", Scenario.TREND, rate, null, null, null);
    }

    @Test
    void aTrendVariantGivesExactlyTheTrendFormula() {
        ForecastResult r = builtIn(null, null, null).with(trend(-0.005)).forecast(2025, Scenario.TREND);
        AreaForecast adorf = r.areas().get(0);
        // every quota × (1 + r)^(t − t0) = 0.995² from 2023 to 2025; the population of 2025 equals the base (t* = 2025)
        assertThat(adorf.need().pflegegeld()).isCloseTo(80 * 0.995 * 0.995, within(EXACT));
        assertThat(adorf.need().ambulant()).isCloseTo(40 * 0.995 * 0.995, within(EXACT));
        assertThat(adorf.need().vollstationaer()).isCloseTo(17 * 0.995 * 0.995, within(EXACT));
        assertThat(adorf.places().get("vollstationaer").needed()).isCloseTo(17 * 0.995 * 0.995 / 0.95, within(EXACT));
    }

    @Test
    void aTrendVariantEqualsTheBuiltInTrendWithTheSameRateInEveryYearAndArea() {
        qt().forAll(doubles().between(-0.199, 0.199), integers().between(2023, 2030)).checkAssert((rate, year) -> {
            ForecastResult variant = builtIn(0.01, 0.3, 2028).with(trend(rate)).forecast(year, Scenario.TREND);
            ForecastResult setting = builtIn(rate, 0.3, 2028).forecast(year, Scenario.TREND);
            ForecastResult statusQuo = builtIn(rate, 0.3, 2028).forecast(year, Scenario.STATUS_QUO);
            for (int a = 0; a < 2; a++) {
                assertThat(variant.areas().get(a).need()).isEqualTo(setting.areas().get(a).need());
                assertThat(variant.areas().get(a).need().total())
                        .isCloseTo(statusQuo.areas().get(a).need().total() * Math.pow(1 + rate, year - 2023), within(1e-9));
            }
            assertThat(variant.total().need()).isEqualTo(setting.total().need());
        });
    }

    @Test
    void anAmbulantVorStationaerVariantMovesItsShareByItsTargetYear() {
        ScenarioVariant shift = new ScenarioVariant("heim-30", "30 % bis 2028", Scenario.AMBULANT_VOR_STATIONAER, null, 0.3, 2028, "Kreistag");
        AreaForecast adorf = builtIn(null, 0.2, 2033).with(shift).forecast(2025, Scenario.AMBULANT_VOR_STATIONAER).areas().get(0);
        // 2025 is 2 of 5 years to 2028: σ_t = 0.3 · 2 / 5 = 0.12
        assertThat(adorf.need().vollstationaer()).isCloseTo(17 * 0.88, within(EXACT));
        assertThat(adorf.need().ambulant()).isCloseTo(40 + 17 * 0.12, within(EXACT));
        assertThat(adorf.need().total()).isCloseTo(137, within(EXACT));
    }

    @Test
    void aVariantLeavesTheBuiltInScenariosAsTheyAre() {
        Forecaster county = builtIn(-0.01, null, null);
        county.with(trend(0.05)).forecast(2025, Scenario.TREND);
        assertThat(county.forecast(2025, Scenario.TREND).areas().get(0).need().pflegegeld()).isCloseTo(80 * 0.99 * 0.99, within(EXACT));
        PlanningSettings applied = trend(0.05).applyTo(PaperCounty.settings(-0.01, 0.2, 2033, 20));
        assertThat(applied.trendRate()).isEqualTo(0.05);
        assertThat(applied.shiftShare()).isEqualTo(0.2);
        assertThat(applied.shiftTargetYear()).isEqualTo(2033);
    }

    @Test
    void everyBadValueNamesItsField() {
        assertField(new ScenarioVariant("a", " ", Scenario.TREND, 0.01, null, null, null), "name");
        assertField(new ScenarioVariant("a", "x".repeat(81), Scenario.TREND, 0.01, null, null, null), "name");
        assertField(new ScenarioVariant("a", "a\u0000b", Scenario.TREND, 0.01, null, null, null), "name");
        assertField(new ScenarioVariant("A B", "a", Scenario.TREND, 0.01, null, null, null), "slug");
        assertField(new ScenarioVariant("a", "a", Scenario.STATUS_QUO, null, null, null, null), "kind");
        assertField(new ScenarioVariant("a", "a", Scenario.TREND, null, null, null, null), "trendRate");
        assertField(new ScenarioVariant("a", "a", Scenario.TREND, 0.2, null, null, null), "trendRate");
        assertField(new ScenarioVariant("a", "a", Scenario.TREND, Double.NaN, null, null, null), "trendRate");
        assertField(new ScenarioVariant("a", "a", Scenario.AMBULANT_VOR_STATIONAER, null, 1.01, 2030, null), "shiftShare");
        assertField(new ScenarioVariant("a", "a", Scenario.AMBULANT_VOR_STATIONAER, null, 0.2, 2023, null), "shiftTargetYear");
        assertField(new ScenarioVariant("a", "a", Scenario.AMBULANT_VOR_STATIONAER, null, 0.2, 2041, null), "shiftTargetYear");
        assertField(new ScenarioVariant("a", "a", Scenario.TREND, 0.01, null, null, "x".repeat(1001)), "note");
    }

    @Test
    void aCheckedVariantKeepsOnlyTheParametersOfItsKind() {
        ScenarioVariant v = new ScenarioVariant("a", "  Kompression  ", Scenario.TREND, -0.005, 0.2, 2030, " ").checked(2024, 2040);
        assertThat(v).isEqualTo(new ScenarioVariant("a", "Kompression", Scenario.TREND, -0.005, null, null, null));
        assertThat(v.code()).isEqualTo("variante-a");
        assertThat(v.parameters()).isEqualTo("Trend \u22120,5 % je Jahr");
        assertThat(new ScenarioVariant("b", "b", Scenario.AMBULANT_VOR_STATIONAER, null, 0.25, 2035, null).parameters())
                .isEqualTo("ambulant vor stationär: 25 % bis 2035");
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByHyphens() {
        assertThat(ScenarioVariant.slugOf("Kompression −0,5 % (Müller)")).isEqualTo("kompression-0-5-mueller");
        assertThat(ScenarioVariant.slugOf("Süß & Straße")).isEqualTo("suess-strasse");
        assertThat(ScenarioVariant.slugOf("Crème brûlée")).isEqualTo("creme-brulee");
        assertThat(ScenarioVariant.slugOf("!!!")).isEqualTo("ohne-namen");
        assertThat(ScenarioVariant.slugOf("a".repeat(100))).hasSize(31);
    }

    private static void assertField(ScenarioVariant variant, String field) {
        assertThatThrownBy(() -> variant.checked(2024, 2040)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo(field));
    }
}
