package de.pflegeregion.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.pflegeregion.directory.OfferTypes;
import de.pflegeregion.planning.Forecaster;
import de.pflegeregion.planning.ForecastResult;
import de.pflegeregion.planning.PlanningSettings;
import de.pflegeregion.planning.YearNotAvailable;
import de.pflegeregion.planning.ShippedData;
import de.pflegeregion.planning.internal.PlanningData;
import de.pflegeregion.planning.internal.ReportStore;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;
import de.pflegeregion.site.PdfRenderer;

/**
 * The Pflegebericht for the Kreistag as a tagged PDF: methods in plain German, sources, tables and a
 * chart; every estimate says so. A planner may publish it; the published one is public at /planung/bericht.
 */
@Controller
class PlanningReport {

    private final PlannerCounty plannerCounty;
    private final PlanningViews views;
    private final PlanningData data;
    private final ReportStore reports;
    private final Tenants tenants;
    private final PdfRenderer pdf;
    private final OfferTypes offerTypes;
    private final Clock clock;

    PlanningReport(PlannerCounty plannerCounty, PlanningViews views, PlanningData data, ReportStore reports, Tenants tenants,
                   PdfRenderer pdf, OfferTypes offerTypes, Clock clock) {
        this.plannerCounty = plannerCounty;
        this.views = views;
        this.data = data;
        this.reports = reports;
        this.tenants = tenants;
        this.pdf = pdf;
        this.offerTypes = offerTypes;
        this.clock = clock;
    }

    @GetMapping("/planung/pflegebericht.pdf")
    ResponseEntity<byte[]> draft(@RequestParam int jahr, @RequestParam(defaultValue = "status-quo") String szenario, Authentication authentication) {
        Tenant county = plannerCounty.of(authentication);
        return inline(render(county, jahr, szenario, false), "pflegebericht-entwurf-" + jahr + ".pdf");
    }

    @PostMapping("/planung/pflegebericht/veroeffentlichen")
    String publish(@RequestParam int jahr, @RequestParam(defaultValue = "status-quo") String szenario, Authentication authentication,
                   RedirectAttributes redirect) {
        Tenant county = plannerCounty.of(authentication);
        reports.publish(county.id(), jahr, views.choice(data.current(county), szenario).code(), render(county, jahr, szenario, true),
                authentication.getName(), clock.instant());
        redirect.addFlashAttribute("message", "Der Pflegebericht " + jahr + " ist veröffentlicht.");
        return "redirect:/planung/bericht";
    }

    @GetMapping("/planung/bericht")
    String published(Model model) {
        Map<Tenant, ReportStore.Published> list = new LinkedHashMap<>();
        for (ReportStore.Published p : reports.published()) {
            tenants.byId(p.tenantId()).ifPresent(t -> list.put(t, p));
        }
        model.addAttribute("reports", list);
        return "planning/published";
    }

    @GetMapping("/planung/bericht/{slug}.pdf")
    ResponseEntity<byte[]> publishedPdf(@PathVariable String slug) {
        Tenant county = tenants.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] report = reports.pdf(county.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return inline(report, "pflegebericht-" + slug + ".pdf");
    }

    byte[] render(Tenant county, int year, String scenario, boolean published) {
        PlanningData.Current now = data.current(county);
        Forecaster forecaster = views.forecaster(now, null);
        List<PlanningViews.ScenarioChoice> choices = views.choices(now);
        PlanningViews.ScenarioChoice chosen = views.choice(now, scenario);
        ForecastResult result;
        try {
            result = views.forecast(now, year, chosen, null);
        } catch (YearNotAvailable e) {
            // a report for a year outside the projection is the planner's input to correct, not a server error
            throw new InvalidInput("jahr", e.getMessage());
        }
        PlanningSettings settings = now.planningSettings();
        Map<String, Object> model = new HashMap<>();
        model.put("tenant", county);
        model.put("result", result);
        model.put("published", published);
        model.put("date", LocalDate.now(clock));
        model.put("settings", settings);
        model.put("quotaSet", now.quotaSet().orElseThrow());
        model.put("imports", data.imports(county).stream().filter(i -> i.rowsInUse() > 0).toList());
        model.put("staffSource", ShippedData.STAFF_RATIOS_SOURCE);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String type : PlanningSettings.PLACE_TYPES) {
            labels.put(type, offerTypes.label(type));
        }
        model.put("labels", labels);
        model.put("scenario", chosen);
        model.put("comparison", views.comparison(now, choices, year));
        List<ForecastChart.Point> points = forecaster.possibleYears().tailSet(result.baseYear(), true).stream()
                .map(y -> new ForecastChart.Point(String.valueOf(y), views.forecast(now, y, chosen, null).total().need().total())).toList();
        model.put("chart", ForecastChart.of("Pflegebedürftige im Kreis je Jahr (geschätzt)", points));
        return pdf.render("planning/report-pdf", model);
    }

    private static ResponseEntity<byte[]> inline(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString()).body(content);
    }
}
