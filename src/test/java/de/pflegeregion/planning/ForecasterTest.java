package de.pflegeregion.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The two-Gemeinde county on paper (see {@link PaperCounty}). Adorf: men 1000 under 75 and 100 aged
 * 75+, women 1000 and 200; Bdorf half of that. Quotas under 75 / 75+: Pflegegeld 0.01 / 0.20,
 * ambulant 0.005 / 0.10, vollstationär 0.001 / 0.05.
 */
class ForecasterTest {

    private static final double EXACT = 1e-9;

    private static Projection kreis() {
        return new Projection(Projection.Level.KREIS, "", Map.of(
                2025, PaperCounty.pyramid(1000, 100, 1000, 200),
                2030, PaperCounty.pyramid(900, 150, 900, 260)));
    }

    private static ForecastResult statusQuo(int year) {
        return PaperCounty.forecaster(kreis(), PaperCounty.settings(null, null, null, 20)).forecast(year, Scenario.STATUS_QUO);
    }

    @Test
    void peopleInNeedOfCarePerSettingAreaAndCounty() {
        ForecastResult r = statusQuo(2023);
        AreaForecast a = r.areas().get(0);
        // Pflegegeld 2000·0.01 + 300·0.20; ambulant 2000·0.005 + 300·0.10; vollstationär 2000·0.001 + 300·0.05
        assertThat(a.need().pflegegeld()).isCloseTo(80, within(EXACT));
        assertThat(a.need().ambulant()).isCloseTo(40, within(EXACT));
        assertThat(a.need().vollstationaer()).isCloseTo(17, within(EXACT));
        assertThat(a.need().pg1Ohne()).isZero();
        assertThat(a.need().total()).isCloseTo(137, within(EXACT));
        assertThat(r.areas().get(1).need().total()).isCloseTo(68.5, within(EXACT));
        assertThat(r.total().need().pflegegeld()).isCloseTo(120, within(EXACT));
        assertThat(r.total().need().vollstationaer()).isCloseTo(25.5, within(EXACT));
        assertThat(r.baseYear()).isEqualTo(2023);
        assertThat(r.notes()).anyMatch(n -> n.contains("Pflegegrad 1 ohne Leistungen"));
    }

    @Test
    void residentsAged65And80FollowTheBandRule() {
        PopulationSummary a = statusQuo(2023).areas().get(0).population();
        assertThat(a.total()).isCloseTo(2300, within(EXACT));
        // 65–75 is 10 of the 75 years of the band under 75 (no reference population: by width)
        assertThat(a.age65plus()).isCloseTo(2000 * 10.0 / 75 + 300, within(EXACT));
        // 80+ is 20 of the 25 years of 75+ (closed at 100)
        assertThat(a.age80plus()).isCloseTo(240, within(EXACT));
        assertThat(statusQuo(2023).notes()).anyMatch(n -> n.contains("80 Jahre und älter“ ist geschätzt"));
    }

    @Test
    void placesNeededByBenchmarkAgainstTheRegisterWithTheGap() {
        AreaForecast a = statusQuo(2023).areas().get(0);
        PlaceBalance heim = a.places().get("vollstationaer");
        assertThat(heim.needed()).isCloseTo(17 / 0.95, within(EXACT));
        assertThat(heim.existing()).isEqualTo(20);
        assertThat(heim.gap()).isCloseTo(17 / 0.95 - 20, within(EXACT));
        // Tagespflege 0.3 per 100 aged 65+
        assertThat(a.places().get("tagespflege").needed()).isCloseTo((2000 * 10.0 / 75 + 300) * 0.003, within(EXACT));
        // Kurzzeitpflege 1 per 100 cared for at home: (80 + 40) / 100
        assertThat(a.places().get("kurzzeitpflege").needed()).isCloseTo(1.2, within(EXACT));
        assertThat(a.places().get("nachtpflege").needed()).isNull();
        assertThat(a.places().get("nachtpflege").gap()).isNull();
        PlaceBalance tagespflegeB = statusQuo(2023).areas().get(1).places().get("tagespflege");
        assertThat(tagespflegeB.existing()).isZero();
        assertThat(tagespflegeB.unknownCapacityOffers()).isEqualTo(1);
        PlaceBalance county = statusQuo(2023).total().places().get("vollstationaer");
        assertThat(county.existing()).isEqualTo(30);
        assertThat(county.needed()).isCloseTo(25.5 / 0.95, within(EXACT));
        assertThat(statusQuo(2023).total().places().get("wohngruppe").needed()).isNull();
    }

    @Test
    void section113cStaffByPflegegradAndLevel() {
        StaffNeed a = statusQuo(2023).areas().get(0).staff();
        // 17 residents, half PG 2 (0.12/0.07/0.10), half PG 3 (0.14/0.11/0.16)
        assertThat(a.hilfskraft()).isCloseTo(17 * 0.13, within(EXACT));
        assertThat(a.assistenz()).isCloseTo(17 * 0.09, within(EXACT));
        assertThat(a.fachkraft()).isCloseTo(17 * 0.13, within(EXACT));
        assertThat(a.vollstationaerTotal()).isCloseTo(17 * 0.35, within(EXACT));
        assertThat(a.ambulant()).isCloseTo(20, within(EXACT));
        assertThat(a.existingVollstationaer()).isNull();
        StaffNeed county = statusQuo(2023).total().staff();
        assertThat(county.existingVollstationaer()).isEqualTo(4.0);
        assertThat(county.vollstationaerGap()).isCloseTo(25.5 * 0.35 - 4, within(EXACT));
        assertThat(statusQuo(2023).areas().get(0).byPflegegrad().get(Setting.VOLLSTATIONAER)).containsEntry(2, 8.5);
    }

    @Test
    void nearestOfferByHaversineAndEstimatedCarMinutes() {
        ForecastResult r = statusQuo(2023);
        NearestOffer fromA = r.areas().get(0).accessibility().get("tagespflege");
        double km = 6371.0088 * Math.toRadians(0.1);
        assertThat(fromA.offerId()).isEqualTo(2);
        assertThat(fromA.distanceKm()).isCloseTo(km, within(1e-9));
        assertThat(fromA.minutes()).isCloseTo(km * 1.3 / 50 * 60, within(1e-9));
        assertThat(fromA.estimated()).isTrue();
        assertThat(r.areas().get(0).accessibility().get("vollstationaer").distanceKm()).isZero();
        assertThat(r.areas().get(0).accessibility()).doesNotContainKey("ambulant");
        // 17.3 minutes: within 20, so everybody; with 15 minutes only Bdorf's 120 of 360 aged 80+
        assertThat(r.total().accessibility().get("tagespflege").share80plusWithinThreshold()).isEqualTo(1.0);
        ForecastResult strict = PaperCounty.forecaster(kreis(), PaperCounty.settings(null, null, null, 15)).forecast(2023, Scenario.STATUS_QUO);
        assertThat(strict.total().accessibility().get("tagespflege").share80plusWithinThreshold()).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(strict.total().accessibility().get("ambulant").share80plusWithinThreshold()).isZero();
    }

    @Test
    void planungsraeumeSumTheirAreas() {
        ForecastResult r = statusQuo(2023);
        assertThat(r.planungsraeume()).extracting(RegionForecast::name).containsExactly("Nord", "Süd");
        assertThat(r.planungsraeume().get(0).need().total()).isCloseTo(137, within(EXACT));
        assertThat(r.planungsraeume().get(1).places().get("vollstationaer").existing()).isEqualTo(10);
    }

    @Test
    void laterYearsGrowTheBaseYearByTheKreisProjectionFromTStar() {
        ForecastResult r = statusQuo(2030);
        AreaForecast a = r.areas().get(0);
        // men: 1000·0.9, 100·1.5; women: 1000·0.9, 200·1.3
        assertThat(a.population().total()).isCloseTo(900 + 150 + 900 + 260, within(EXACT));
        assertThat(a.need().pflegegeld()).isCloseTo(1800 * 0.01 + 410 * 0.2, within(EXACT));
        assertThat(a.source()).isEqualTo(PopulationSeries.Source.KREIS_GROWTH);
        assertThat(r.notes()).anyMatch(n -> n.contains("Die Jahre 2023 bis 2025 sind nicht vorausberechnet"));
        // between t0 and t* the base population stands
        assertThat(statusQuo(2024).areas().get(0).population().total()).isCloseTo(2300, within(EXACT));
    }

    @Test
    void aYearBeyondTheProjectionNamesThePossibleYears() {
        assertThatThrownBy(() -> statusQuo(2031)).isInstanceOf(YearNotAvailable.class)
                .hasMessageContaining("2023–2030");
        assertThatThrownBy(() -> statusQuo(2019)).isInstanceOf(YearNotAvailable.class);
    }

    @Test
    void trendScenarioCompoundsTheRateFromTheBaseYear() {
        ForecastResult r = PaperCounty.forecaster(kreis(), PaperCounty.settings(-0.01, null, null, 20)).forecast(2025, Scenario.TREND);
        assertThat(r.areas().get(0).need().pflegegeld()).isCloseTo(80 * 0.99 * 0.99, within(EXACT));
    }

    @Test
    void ambulantVorStationaerMovesAShareReachedLinearlyByTheTargetYear() {
        Forecaster f = PaperCounty.forecaster(kreis(), PaperCounty.settings(null, 0.2, 2033, 20));
        AreaForecast half = f.forecast(2024, Scenario.AMBULANT_VOR_STATIONAER).areas().get(0);
        // 2024 is 1 of 10 years to 2033: σ_t = 0.02
        assertThat(half.need().vollstationaer()).isCloseTo(17 * 0.98, within(EXACT));
        assertThat(half.need().ambulant()).isCloseTo(40 + 17 * 0.02, within(EXACT));
        assertThat(half.need().total()).isCloseTo(137, within(EXACT));
        assertThat(f.forecast(2023, Scenario.AMBULANT_VOR_STATIONAER).areas().get(0).need().vollstationaer()).isCloseTo(17, within(EXACT));
    }

    @Test
    void aCellUnknownInTheSourceMakesTheAreaIncomplete() {
        PopulationSeries series = new PopulationSeries(Map.of(PaperCounty.A, Map.of(2023,
                new Pyramid(PaperCounty.BANDS, new double[] {1000, 0}, new double[] {1000, 200}, false))), Map.of(), null, null);
        ForecastResult r = new Forecaster(new ForecastInput("09999", PaperCounty.areas().subList(0, 1), series, PaperCounty.quotas(),
                PaperCounty.settings(null, null, null, 20), PaperCounty.staffRatios(), PaperCounty.offers(), Map.of())).forecast(2023, Scenario.STATUS_QUO);
        assertThat(r.areas().get(0).complete()).isFalse();
        assertThat(r.total().complete()).isFalse();
        assertThat(r.notes()).anyMatch(n -> n.contains("unbekannte Werte"));
    }

    @Test
    void theTravelTimeTableReplacesTheEstimate() {
        ForecastInput input = new ForecastInput("09999", PaperCounty.areas(), PaperCounty.population(kreis()), PaperCounty.quotas(),
                PaperCounty.settings(null, null, null, 20), PaperCounty.staffRatios(), PaperCounty.offers(),
                Map.of(PaperCounty.A, Map.of(2L, 25.0)));
        NearestOffer fromA = new Forecaster(input).forecast(2023, Scenario.STATUS_QUO).areas().get(0).accessibility().get("tagespflege");
        assertThat(fromA.minutes()).isEqualTo(25.0);
        assertThat(fromA.estimated()).isFalse();
    }
}
