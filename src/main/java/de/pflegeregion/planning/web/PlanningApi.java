package de.pflegeregion.planning.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import de.pflegeregion.planning.QuotaSet;
import de.pflegeregion.planning.RejectedFile;
import de.pflegeregion.planning.YearNotAvailable;
import de.pflegeregion.planning.internal.PlanningData;
import de.pflegeregion.planning.internal.SettingsDocument;
import de.pflegeregion.platform.Tenant;

/**
 * The planning API of the spec ("API contract"): population and quota imports, settings, the
 * forecast as JSON, CSV and XLSX, and the Bestandsaufnahme. Planners and county admins of the county only.
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

    PlanningApi(PlannerCounty plannerCounty, PlanningData data, PlanningViews views, OfferTypes offerTypes) {
        this.plannerCounty = plannerCounty;
        this.data = data;
        this.views = views;
        this.offerTypes = offerTypes;
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
        return data.replaceSettings(plannerCounty.of(authentication, kreisAgs), document, authentication.getName());
    }

    @Operation(summary = "Vorausberechnung je Gemeinde, Planungsraum und Kreis für ein Jahr und Szenario")
    @GetMapping("/forecast")
    ForecastJson forecast(@PathVariable String kreisAgs, @RequestParam int year,
                          @RequestParam(defaultValue = "status-quo") String scenario,
                          @RequestParam(required = false) String variant, Authentication authentication) {
        Tenant county = plannerCounty.of(authentication, kreisAgs);
        return ForecastJson.of(views.forecast(county, year, scenario, variant), views.staffUnit(county));
    }

    @Operation(summary = "Vorausberechnung als CSV")
    @GetMapping(value = "/forecast.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> forecastCsv(@PathVariable String kreisAgs, @RequestParam(required = false) Integer year,
                                       @RequestParam(defaultValue = "status-quo") String scenario,
                                       @RequestParam(required = false) String variant, Authentication authentication) {
        Tenant county = plannerCounty.of(authentication, kreisAgs);
        return download(ForecastTable.csv(views.forecasts(county, year, scenario, variant), offerTypes::label), "text/csv;charset=UTF-8",
                "prognose-" + kreisAgs + ".csv");
    }

    @Operation(summary = "Vorausberechnung als XLSX")
    @GetMapping("/forecast.xlsx")
    ResponseEntity<byte[]> forecastXlsx(@PathVariable String kreisAgs, @RequestParam(required = false) Integer year,
                                        @RequestParam(defaultValue = "status-quo") String scenario,
                                        @RequestParam(required = false) String variant, Authentication authentication) {
        Tenant county = plannerCounty.of(authentication, kreisAgs);
        return download(ForecastTable.xlsx(views.forecasts(county, year, scenario, variant), offerTypes::label),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "prognose-" + kreisAgs + ".xlsx");
    }

    @Operation(summary = "Bestandsaufnahme: Angebote und Plätze je Gemeinde und Planungsraum aus dem Angebotsverzeichnis")
    @GetMapping("/bestand")
    Bestandsaufnahme.Result bestand(@PathVariable String kreisAgs, Authentication authentication) {
        return views.bestand(plannerCounty.of(authentication, kreisAgs));
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
