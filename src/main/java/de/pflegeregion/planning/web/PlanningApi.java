package de.pflegeregion.planning.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.pflegeregion.directory.OfferTypes;
import de.pflegeregion.planning.Bestandsaufnahme;
import com.fasterxml.jackson.annotation.JsonInclude;

import de.pflegeregion.planning.PlanningSettings;
import de.pflegeregion.planning.QuotaSet;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.ScenarioVariant;
import de.pflegeregion.planning.RejectedFile;
import de.pflegeregion.planning.YearNotAvailable;
import de.pflegeregion.planning.internal.PlanningData;
import de.pflegeregion.planning.internal.ScenarioVariants;
import de.pflegeregion.planning.internal.SettingsDocument;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;
import tools.jackson.databind.ObjectMapper;

/**
 * The planning API of the spec ("API contract"): population and quota imports, settings, the
 * forecast as JSON, CSV and XLSX (for a built-in scenario or a saved variant), the scenarios with their variants, and the
 * Bestandsaufnahme. Planners and county admins of the county only.
 */
@RestController
@RequestMapping("/api/v1/planning/{kreisAgs}")
@Tag(name = "Planung", description = "Pflegestrukturplanung des Kreises: Bevölkerung, Pflegequoten, Einstellungen, Vorausberechnung, Bestand")
@SecurityRequirement(name = "bearer")
class PlanningApi {

    private final PlannerCounty plannerCounty;
    private final PlanningData data;
    private final PlanningViews views;
    private final OfferTypes offerTypes;

    private final ScenarioVariants variants;
    private final ObjectMapper json;

    PlanningApi(PlannerCounty plannerCounty, PlanningData data, PlanningViews views, OfferTypes offerTypes, ScenarioVariants variants,
                ObjectMapper json) {
        this.plannerCounty = plannerCounty;
        this.data = data;
        this.views = views;
        this.offerTypes = offerTypes;
        this.variants = variants;
        this.json = json;
    }

    /** Answer of an accepted import, as the contract names its fields. */
    record ImportJson(long id, String kind, int rows, long skippedOutsideCounty, long unknownCells, long areas, List<Integer> years,
                      String level, String variant, String layout) {
    }

    record QuotasJson(int rows, long bands, List<String> settings, String source, LocalDate referenceDate) {
    }

    @Operation(summary = "Bevölkerung laden (GENESIS-Datei oder Vorlage, auch gezippt); nur die Zeilen des Kreises werden behalten")
    @PostMapping("/population")
    ResponseEntity<ImportJson> population(@PathVariable String kreisAgs, @RequestParam String kind,
                                          @RequestParam(required = false) String variant,
                                          @RequestParam(required = false) String fileName,
                                          InputStream body, Authentication authentication) {
        Tenant county = plannerCounty.of(authentication, kreisAgs);
        PlanningData.ImportResult r = data.importPopulation(county, body, kind, variant, fileName, authentication.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportJson(r.id(), r.kind(), r.rows(), r.skippedOutsideCounty(),
                r.unknownCells(), r.areas(), r.years(), r.level(), r.variant(), r.layout()));
    }

    @Operation(summary = "Eigene Pflegequoten laden (CSV), mit Quelle und Stichtag")
    @PutMapping("/quotas")
    QuotasJson quotas(@PathVariable String kreisAgs, @RequestParam String source,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
                      InputStream body, Authentication authentication) throws IOException {
        Tenant county = plannerCounty.of(authentication, kreisAgs);
        try (InputStream csv = body) {
            QuotaSet set = data.replaceQuotas(county, csv, source, referenceDate, authentication.getName());
            return new QuotasJson(set.quotas().size(), set.bandCount(), set.settings().stream().map(s -> s.code()).toList(),
                    set.source(), set.referenceDate());
        }
    }

    @Operation(summary = "Einstellungen der Planung: Richtwerte mit Quelle, Pflegegrad-Anteile, Personal, Erreichbarkeit, Planungsräume")
    @GetMapping("/settings")
    SettingsDocument settings(@PathVariable String kreisAgs, Authentication authentication) {
        return data.settings(plannerCounty.of(authentication, kreisAgs));
    }

    @Operation(summary = "Einstellungen der Planung ersetzen")
    @PutMapping("/settings")
    SettingsDocument replaceSettings(@PathVariable String kreisAgs, @RequestBody SettingsDocument document, Authentication authentication) {
        return variants.replaceSettings(plannerCounty.of(authentication, kreisAgs), document, authentication.getName());
    }

    /** The JSON is the same for every request of one snapshot, so it is written once per snapshot and kept as bytes. */
    @Operation(summary = "Vorausberechnung je Gemeinde, Planungsraum und Kreis für ein Jahr und Szenario")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ForecastJson.class)))
    @GetMapping(value = "/forecast", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> forecast(@PathVariable String kreisAgs, @RequestParam int year,
                                    @RequestParam(defaultValue = "status-quo") String scenario,
                                    @RequestParam(required = false) String variant, Authentication authentication) {
        PlanningData.Current county = data.current(plannerCounty.of(authentication, kreisAgs));
        PlanningViews.ScenarioChoice choice = views.choice(county, scenario);
        byte[] body = county.answer(Arrays.asList("forecast", year, choice.code(), variant), () -> json.writeValueAsBytes(
                ForecastJson.of(views.forecast(county, year, choice, variant), choice.code(), views.staffUnit(county))));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @Operation(summary = "Vorausberechnung als CSV")
    @GetMapping(value = "/forecast.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> forecastCsv(@PathVariable String kreisAgs, @RequestParam(required = false) Integer year,
                                       @RequestParam(defaultValue = "status-quo") String scenario,
                                       @RequestParam(required = false) String variant, Authentication authentication) {
        PlanningData.Current county = data.current(plannerCounty.of(authentication, kreisAgs));
        PlanningViews.ScenarioChoice choice = views.choice(county, scenario);
        return download(ForecastTable.csv(views.forecasts(county, year, choice, variant), choice.label(), offerTypes::label), "text/csv;charset=UTF-8",
                "prognose-" + kreisAgs + ".csv");
    }

    @Operation(summary = "Vorausberechnung als XLSX")
    @GetMapping("/forecast.xlsx")
    ResponseEntity<byte[]> forecastXlsx(@PathVariable String kreisAgs, @RequestParam(required = false) Integer year,
                                        @RequestParam(defaultValue = "status-quo") String scenario,
                                        @RequestParam(required = false) String variant, Authentication authentication) {
        PlanningData.Current county = data.current(plannerCounty.of(authentication, kreisAgs));
        PlanningViews.ScenarioChoice choice = views.choice(county, scenario);
        return download(ForecastTable.xlsx(views.forecasts(county, year, choice, variant), choice.label(), offerTypes::label),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "prognose-" + kreisAgs + ".xlsx");
    }

    @Operation(summary = "Bestandsaufnahme: Angebote und Plätze je Gemeinde und Planungsraum aus dem Angebotsverzeichnis")
    @GetMapping("/bestand")
    Bestandsaufnahme.Result bestand(@PathVariable String kreisAgs, Authentication authentication) {
        return views.bestand(data.current(plannerCounty.of(authentication, kreisAgs)));
    }

    /**
     * A scenario as the list shows it: the code the forecast takes, the name, the kind it varies and its parameters.
     *
     * @param builtIn true for status-quo, trend and ambulant-vor-stationaer, whose parameters are in the settings
     */
    record ScenarioJson(String code, String name, boolean builtIn, String kind,
                        @JsonInclude(JsonInclude.Include.ALWAYS) Double trendRate,
                        @JsonInclude(JsonInclude.Include.ALWAYS) Double shiftShare,
                        @JsonInclude(JsonInclude.Include.ALWAYS) Integer shiftTargetYear,
                        @JsonInclude(JsonInclude.Include.ALWAYS) String note, String parameters) {

        static ScenarioJson of(PlanningViews.ScenarioChoice c, PlanningSettings settings) {
            ScenarioVariant v = c.variant();
            return switch (c.kind()) {
                case STATUS_QUO -> new ScenarioJson(c.code(), c.label(), c.builtIn(), c.kind().code(), null, null, null, null, c.parameters());
                case TREND -> new ScenarioJson(c.code(), c.label(), c.builtIn(), c.kind().code(), v == null ? settings.trendRate() : v.trendRate(),
                        null, null, v == null ? null : v.note(), c.parameters());
                case AMBULANT_VOR_STATIONAER -> new ScenarioJson(c.code(), c.label(), c.builtIn(), c.kind().code(), null,
                        v == null ? settings.shiftShare() : v.shiftShare(), v == null ? settings.shiftTargetYear() : v.shiftTargetYear(),
                        v == null ? null : v.note(), c.parameters());
            };
        }
    }

    /** A variant to save: {@code kind} trend with {@code trendRate}, or ambulant-vor-stationaer with share and target year. */
    record VariantJson(String name, String kind, Double trendRate, Double shiftShare, Integer shiftTargetYear, String note) {

        ScenarioVariant draft() {
            Scenario scenario = kind == null ? null : Scenario.ofCode(kind);
            if (scenario == null || scenario == Scenario.STATUS_QUO) {
                throw new InvalidInput("kind", "Eine Variante ist trend oder ambulant-vor-stationaer.");
            }
            return new ScenarioVariant(null, name, scenario, trendRate, shiftShare, shiftTargetYear, note);
        }
    }

    @Operation(summary = "Szenarien: Status quo, Trend, ambulant vor stationär und die gespeicherten Varianten, jeweils mit Code und Parametern")
    @GetMapping("/scenarios")
    List<ScenarioJson> scenarios(@PathVariable String kreisAgs, Authentication authentication) {
        PlanningData.Current county = data.current(plannerCounty.of(authentication, kreisAgs));
        PlanningSettings settings = county.planningSettings();
        return views.choices(county).stream().map(c -> ScenarioJson.of(c, settings)).toList();
    }

    @Operation(summary = "Eine Szenario-Variante speichern; ihr Code (variante-…) gilt für die Vorausberechnung")
    @PostMapping("/scenarios")
    ResponseEntity<ScenarioJson> createVariant(@PathVariable String kreisAgs, @RequestBody VariantJson body, Authentication authentication) {
        Tenant county = plannerCounty.of(authentication, kreisAgs);
        ScenarioVariant saved = variants.create(county, body.draft(), authentication.getName());
        return ResponseEntity.created(java.net.URI.create("/api/v1/planning/" + kreisAgs + "/scenarios/" + saved.code()))
                .body(variantJson(county, saved));
    }

    @Operation(summary = "Eine gespeicherte Szenario-Variante ändern; ihr Code bleibt")
    @PutMapping("/scenarios/{code}")
    ScenarioJson updateVariant(@PathVariable String kreisAgs, @PathVariable String code, @RequestBody VariantJson body,
                               Authentication authentication) {
        Tenant county = plannerCounty.of(authentication, kreisAgs);
        return variantJson(county, variants.update(county, code, body.draft(), authentication.getName()));
    }

    @Operation(summary = "Eine gespeicherte Szenario-Variante löschen")
    @DeleteMapping("/scenarios/{code}")
    ResponseEntity<Void> deleteVariant(@PathVariable String kreisAgs, @PathVariable String code, Authentication authentication) {
        variants.delete(plannerCounty.of(authentication, kreisAgs), code, authentication.getName());
        return ResponseEntity.noContent().build();
    }

    private ScenarioJson variantJson(Tenant county, ScenarioVariant saved) {
        PlanningData.Current now = data.current(county);
        return ScenarioJson.of(views.choice(now, saved.code()), now.planningSettings());
    }

    @ExceptionHandler(ScenarioVariants.UnknownVariant.class)
    ResponseEntity<ProblemDetail> unknownVariant(ScenarioVariants.UnknownVariant e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()
                + " Die eingebauten Szenarien status-quo, trend und ambulant-vor-stationaer ändern Sie in den Einstellungen (PUT …/settings).");
        problem.setTitle("Nicht gefunden");
        problem.setProperty("parameter", "code");
        return problem(new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null));
    }

    static ResponseEntity<byte[]> download(byte[] content, String type, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(content);
    }

    @ExceptionHandler(RejectedFile.class)
    ResponseEntity<ProblemDetail> rejected(RejectedFile e) {
        return problem(PlanningProblems.rejectedFile(e.errors()));
    }

    @ExceptionHandler(YearNotAvailable.class)
    ResponseEntity<ProblemDetail> yearNotAvailable(YearNotAvailable e) {
        return problem(PlanningProblems.yearNotAvailable(e));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Diese Daten sind für die Sozialplanung des Kreises.");
        body.setTitle("Kein Zugriff");
        return problem(new ErrorResponseException(HttpStatus.FORBIDDEN, body, null));
    }

    /** The contract's 404 and 422 answers as problem+json (the site's problem advice would otherwise not know them). */
    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> problem(ErrorResponseException e) {
        return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(e.getBody());
    }

}
