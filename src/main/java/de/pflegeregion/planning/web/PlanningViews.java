package de.pflegeregion.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.pflegeregion.planning.AreaForecast;
import de.pflegeregion.planning.Bestandsaufnahme;
import de.pflegeregion.planning.ForecastResult;
import de.pflegeregion.planning.Forecaster;
import de.pflegeregion.planning.PlanningSettings;
import de.pflegeregion.planning.PopulationSummary;
import de.pflegeregion.planning.RegionForecast;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.ScenarioVariant;
import de.pflegeregion.planning.YearNotAvailable;
import de.pflegeregion.planning.internal.PlanningData;
import de.pflegeregion.planning.internal.SettingsDocument;
import de.pflegeregion.platform.InvalidInput;

/** Forecasts and the Bestandsaufnahme of a county as the API, the pages and the exports show them. */
@Component
class PlanningViews {

    private final Clock clock;

    PlanningViews(Clock clock) {
        this.clock = clock;
    }

    /**
     * A scenario by its code: built in (the spec's codes), or a saved variant ({@code variante-<slug>}) that
     * runs as its kind with its own parameters.
     *
     * @param parameters the parameters in plain German, e.g. "Trend −0,5 % je Jahr"
     */
    record ScenarioChoice(String code, String label, Scenario kind, ScenarioVariant variant, String parameters) {

        public boolean builtIn() {
            return variant == null;
        }
    }

    /** Status quo, trend and ambulant vor stationär with the county's parameters, then every saved variant. */
    List<ScenarioChoice> choices(PlanningData.Current county) {
        SettingsDocument document = county.settings();
        PlanningSettings settings = county.planningSettings();
        List<ScenarioChoice> choices = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            choices.add(new ScenarioChoice(s.code(), s.label(), s, null,
                    ScenarioVariant.describe(s, settings.trendRate(), settings.shiftShare(), settings.shiftTargetYear())));
        }
        for (ScenarioVariant v : document.scenarioVariants()) {
            choices.add(new ScenarioChoice(v.code(), v.name(), v.kind(), v, v.parameters()));
        }
        return choices;
    }

    /** The scenario of a code, or 400 naming {@code scenario} with the codes there are. */
    ScenarioChoice choice(PlanningData.Current county, String code) {
        List<ScenarioChoice> choices = choices(county);
        return choices.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow(() -> new InvalidInput("scenario",
                "Unbekanntes Szenario „" + code + "“; möglich sind " + String.join(", ", choices.stream().map(ScenarioChoice::code).toList()) + "."));
    }

    /** The year a page shows first: twelve years after the base year, or the last one there is. */
    static int defaultYear(Forecaster f) {
        return Math.min(f.possibleYears().last(), f.baseYear().getAsInt() + 12);
    }

    /** Every scenario's county total for the year, in the order of {@code choices}. */
    Map<ScenarioChoice, RegionForecast> comparison(PlanningData.Current county, List<ScenarioChoice> choices, int year) {
        Map<ScenarioChoice, RegionForecast> comparison = new LinkedHashMap<>();
        for (ScenarioChoice c : choices) {
            comparison.put(c, forecast(county, year, c, null).total());
        }
        return comparison;
    }

    Forecaster forecaster(PlanningData.Current county, String variant) {
        return county.forecaster(variant).orElseThrow(PlanningViews::noQuotas);
    }

    private static RuntimeException noQuotas() {
        return PlanningProblems.unprocessable("Keine Pflegequoten",
                "Für diesen Kreis sind keine Pflegequoten geladen und Pflegeregion liefert für sein Land keine mit. "
                        + "Bitte laden Sie Pflegequoten (PUT …/quotas).");
    }

    /** One year and scenario (built in or a saved variant), kept per snapshot: asking again costs nothing but the stamp. */
    ForecastResult forecast(PlanningData.Current county, int year, ScenarioChoice scenario, String variant) {
        Optional<ForecastResult> result = scenario.builtIn() ? county.forecast(variant, year, scenario.kind())
                : county.forecast(variant, year, scenario.variant());
        return result.orElseThrow(PlanningViews::noQuotas);
    }

    /** One year, or every year from the base year to the end of the projection. */
    List<ForecastResult> forecasts(PlanningData.Current county, Integer year, ScenarioChoice scenario, String variant) {
        if (year != null) {
            return List.of(forecast(county, year, scenario, variant));
        }
        Forecaster f = forecaster(county, variant);
        if (f.possibleYears().isEmpty()) {
            throw new YearNotAvailable(LocalDate.now(clock).getYear(), f.possibleYears());
        }
        List<ForecastResult> all = new ArrayList<>();
        for (int y : f.possibleYears()) {
            all.add(forecast(county, y, scenario, variant));
        }
        return all;
    }

    Bestandsaufnahme.Result bestand(PlanningData.Current county) {
        Map<String, PopulationSummary> population = new LinkedHashMap<>();
        county.forecaster(null).ifPresent(f -> f.baseYear().ifPresent(t0 -> {
            for (AreaForecast a : county.forecast(null, t0, Scenario.STATUS_QUO).orElseThrow().areas()) {
                population.put(a.area().key(), a.population());
            }
        }));
        PlanningSettings settings = county.planningSettings();
        return Bestandsaufnahme.of(county.county().kreisAgs(), county.areas(), population, settings.planungsraeume(),
                county.offers(), LocalDate.now(clock));
    }

    String staffUnit(PlanningData.Current county) {
        return county.planningSettings().ambulantStaffUnit() == PlanningSettings.StaffUnit.FTE ? "fte" : "headcount";
    }
}
