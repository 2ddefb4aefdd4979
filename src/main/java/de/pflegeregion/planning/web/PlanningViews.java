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
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.YearNotAvailable;
import de.pflegeregion.planning.internal.PlanningData;
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

    static Scenario scenario(String code) {
        Scenario scenario = Scenario.ofCode(code);
        if (scenario == null) {
            throw new InvalidInput("scenario", "Unbekanntes Szenario „" + code + "“; möglich sind status-quo, trend und ambulant-vor-stationaer.");
        }
        return scenario;
    }

    Forecaster forecaster(Tenant county, String variant) {
        return data.forecaster(county, variant).orElseThrow(PlanningViews::noQuotas);
    }

    private static RuntimeException noQuotas() {
        return PlanningProblems.unprocessable("Keine Pflegequoten",
                "Für diesen Kreis sind keine Pflegequoten geladen und Pflegeregion liefert für sein Land keine mit. "
                        + "Bitte laden Sie Pflegequoten (PUT …/quotas).");
    }

    /** One year and scenario; kept per data version, so asking again costs two version reads. */
    ForecastResult forecast(Tenant county, int year, String scenario, String variant) {
        Scenario s = scenario(scenario);
        return data.forecast(county, variant, year, s).orElseThrow(PlanningViews::noQuotas);
    }

    /** One year, or every year from the base year to the end of the projection. */
    List<ForecastResult> forecasts(Tenant county, Integer year, String scenario, String variant) {
        Scenario s = scenario(scenario);
        Forecaster f = forecaster(county, variant);
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
