package de.pflegeregion.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import de.pflegeregion.platform.Tenant;

/** Forecasts and the Bestandsaufnahme of a county as the API, the pages and the exports show them. */
@Component
class PlanningViews {

    private final PlanningData data;
    private final Clock clock;

    PlanningViews(PlanningData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /**
     * A scenario by its code: built in (the spec's codes), or a saved variant ({@code variante-<slug>}) that
     * runs as its kind with its own parameters.
     *
     * @param parameters the parameters in plain German, e.g. "Trend −0,5 % je Jahr"
     */
    record ScenarioChoice(String code, String label, Scenario kind, ScenarioVariant variant, String parameters) {

        Forecaster on(Forecaster county) {
            return variant == null ? county : county.with(variant);
        }

        ForecastResult forecast(Forecaster county, int year) {
            return on(county).forecast(year, kind);
        }

        public boolean builtIn() {
            return variant == null;
        }
    }

    /** Status quo, trend and ambulant vor stationär with the county's parameters, then every saved variant. */
    List<ScenarioChoice> choices(Tenant county) {
        SettingsDocument document = data.settings(county);
        PlanningSettings settings = document.toSettings();
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
    ScenarioChoice choice(Tenant county, String code) {
        List<ScenarioChoice> choices = choices(county);
        return choices.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow(() -> new InvalidInput("scenario",
                "Unbekanntes Szenario „" + code + "“; möglich sind " + String.join(", ", choices.stream().map(ScenarioChoice::code).toList()) + "."));
    }

    /** The year a page shows first: twelve years after the base year, or the last one there is. */
    static int defaultYear(Forecaster f) {
        return Math.min(f.possibleYears().last(), f.baseYear().getAsInt() + 12);
    }

    /** Every scenario's county total for the year, in the order of {@code choices}. */
    static Map<ScenarioChoice, RegionForecast> comparison(Forecaster county, List<ScenarioChoice> choices, int year) {
        Map<ScenarioChoice, RegionForecast> comparison = new LinkedHashMap<>();
        for (ScenarioChoice c : choices) {
            comparison.put(c, c.forecast(county, year).total());
        }
        return comparison;
    }

    Forecaster forecaster(Tenant county, String variant) {
        return data.forecaster(county, variant).orElseThrow(PlanningViews::noQuotas);
    }

    private static RuntimeException noQuotas() {
        return PlanningProblems.unprocessable("Keine Pflegequoten",
                "Für diesen Kreis sind keine Pflegequoten geladen und Pflegeregion liefert für sein Land keine mit. "
                        + "Bitte laden Sie Pflegequoten (PUT …/quotas).");
    }

    /** One year and scenario; a built-in one is kept per data version, so asking again costs two version reads. */
    ForecastResult forecast(Tenant county, int year, ScenarioChoice scenario, String variant) {
        if (scenario.builtIn()) {
            return data.forecast(county, variant, year, scenario.kind()).orElseThrow(PlanningViews::noQuotas);
        }
        return scenario.forecast(forecaster(county, variant), year);
    }

    /** One year, or every year from the base year to the end of the projection. */
    List<ForecastResult> forecasts(Tenant county, Integer year, ScenarioChoice scenario, String variant) {
        Scenario s = scenario.kind();
        Forecaster f = scenario.on(forecaster(county, variant));
        if (year != null) {
            return List.of(forecast(county, year, scenario, variant));
        }
        if (f.possibleYears().isEmpty()) {
            throw new YearNotAvailable(LocalDate.now(clock).getYear(), f.possibleYears());
        }
        List<ForecastResult> all = new ArrayList<>();
        for (int y : f.possibleYears()) {
            all.add(f.forecast(y, s));
        }
        return all;
    }

    Bestandsaufnahme.Result bestand(Tenant county) {
        Map<String, PopulationSummary> population = new LinkedHashMap<>();
        data.forecaster(county, null).ifPresent(f -> f.baseYear().ifPresent(t0 -> {
            for (AreaForecast a : data.forecast(county, null, t0, Scenario.STATUS_QUO).orElseThrow().areas()) {
                population.put(a.area().key(), a.population());
            }
        }));
        PlanningSettings settings = data.settings(county).toSettings();
        return Bestandsaufnahme.of(county.kreisAgs(), data.areas(county), population, settings.planungsraeume(),
                data.offers(county), LocalDate.now(clock));
    }

    String staffUnit(Tenant county) {
        return data.settings(county).toSettings().ambulantStaffUnit() == PlanningSettings.StaffUnit.FTE ? "fte" : "headcount";
    }
}
