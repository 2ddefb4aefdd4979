package de.pflegeregion.planning.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import de.pflegeregion.directory.OfferTypes;
import de.pflegeregion.planning.Bestandsaufnahme;
import de.pflegeregion.planning.ForecastResult;
import de.pflegeregion.planning.Forecaster;
import de.pflegeregion.planning.ImportError;
import de.pflegeregion.planning.QuotaSet;
import de.pflegeregion.planning.RejectedFile;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.ShippedData;
import de.pflegeregion.planning.YearNotAvailable;
import de.pflegeregion.planning.internal.ImportJobs;
import de.pflegeregion.planning.internal.PlanningData;
import de.pflegeregion.planning.internal.PopulationStore;
import de.pflegeregion.planning.internal.ScenarioVariants;
import de.pflegeregion.planning.internal.SettingsDocument;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;

/** The planners' pages under /planung: data status and upload, forecast, Bestandsaufnahme, accessibility. */
@Controller
class PlanningPages {

    private static final Map<String, String> BENCHMARK_METHODS = methods();
    private static final int STATUS_REFRESH_SECONDS = 2;

    private final PlannerCounty plannerCounty;
    private final PlanningData data;
    private final PlanningViews views;
    private final OfferTypes offerTypes;
    private final ImportJobs jobs;
    private final Duration importWait;
    private final ScenarioVariants variants;

    /**
     * @param importWait how long an upload request waits for its import before it sends the planner to the status page
     */
    PlanningPages(PlannerCounty plannerCounty, PlanningData data, PlanningViews views, OfferTypes offerTypes, ImportJobs jobs,
                  @Value("${pflegeregion.planning.import-wait:PT1S}") Duration importWait, ScenarioVariants variants) {
        this.variants = variants;
        this.jobs = jobs;
        this.importWait = importWait;
        this.plannerCounty = plannerCounty;
        this.data = data;
        this.views = views;
        this.offerTypes = offerTypes;
    }

    private static Map<String, String> methods() {
        Map<String, String> methods = new LinkedHashMap<>();
        methods.put("", "keiner (Bedarf offen)");
        methods.put("OCCUPANCY", "Auslastung (Anteil)");
        methods.put("PER_100_RESIDENTS", "je 100 Einwohner ab Alter");
        methods.put("PER_100_CARED_AT_HOME", "je 100 zu Hause Versorgte");
        return methods;
    }

    @GetMapping("/planung/daten")
    String dataStatus(@RequestParam(defaultValue = "bestand") String kind, @RequestParam(defaultValue = "") String variant,
                      Authentication authentication, Model model) {
        return dataPage(plannerCounty.of(authentication), model, new UploadInput(kind, variant, "", ""));
    }

    /** What the planner typed, kept when an upload is rejected. */
    record UploadInput(String kind, String variant, String source, String referenceDate) {
    }

    @PostMapping("/planung/daten/bevoelkerung")
    String uploadPopulation(@RequestParam(required = false) MultipartFile datei, @RequestParam(defaultValue = "bestand") String kind,
                            @RequestParam(defaultValue = "") String variant, Authentication authentication, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Tenant county = plannerCounty.of(authentication);
        UploadInput input = new UploadInput(kind, variant, "", "");
        if (datei == null || datei.isEmpty()) {
            return rejected(county, model, input, response, "datei", List.of(new ImportError(0, "datei", "Bitte wählen Sie eine Datei aus.")));
        }
        if (!kind.equals("bestand") && !kind.equals("prognose")) {
            return rejected(county, model, input, response, "bevoelkerung", List.of(new ImportError(0, "kind", "Bitte wählen Sie die Art der Zahlen.")));
        }
        // the upload outlives this request: the background job reads and then deletes the copy
        Path copy = Files.createTempFile("planning-upload-", ".bin");
        datei.transferTo(copy);
        ImportJobs.Started started = jobs.start(county, copy, kind, variant.isBlank() ? null : variant.strip(), datei.getOriginalFilename(),
                authentication.getName());
        Optional<ImportJobs.Job> finished = started.within(importWait);
        if (finished.isEmpty()) {
            return "redirect:/planung/daten/import/" + started.id();
        }
        if (finished.get().state() == ImportJobs.State.FAILED) {
            return rejected(county, model, input, response, "bevoelkerung", finished.get().errors());
        }
        redirect.addFlashAttribute("message", finished.get().message());
        return "redirect:/planung/daten";
    }

    /**
     * How far a background import has got; the page reloads itself (HTTP Refresh, no JavaScript) unless the planner
     * stops that. An ended import answers as a quick upload does: the data page with its result or its errors.
     */
    @GetMapping("/planung/daten/import/{id}")
    String importStatus(@PathVariable long id, @RequestParam(defaultValue = "ja") String aktualisieren, Authentication authentication,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = plannerCounty.of(authentication);
        ImportJobs.Job job = jobs.find(county, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (job.state() == ImportJobs.State.DONE) {
            redirect.addFlashAttribute("message", job.message());
            return "redirect:/planung/daten";
        }
        if (job.state() == ImportJobs.State.FAILED) {
            return rejected(county, model, new UploadInput(job.kind(), job.variant(), "", ""), response, "bevoelkerung", job.errors());
        }
        boolean refresh = job.state() == ImportJobs.State.RUNNING && !aktualisieren.equals("nein");
        if (refresh) {
            response.setHeader("Refresh", String.valueOf(STATUS_REFRESH_SECONDS));
        }
        model.addAttribute("tenant", county);
        model.addAttribute("job", job);
        model.addAttribute("refresh", refresh);
        model.addAttribute("refreshSeconds", STATUS_REFRESH_SECONDS);
        return "planning/import-status";
    }

    @PostMapping("/planung/daten/quoten")
    String uploadQuotas(@RequestParam(required = false) MultipartFile datei, @RequestParam(defaultValue = "") String quelle,
                        @RequestParam(defaultValue = "") String stichtag, Authentication authentication, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Tenant county = plannerCounty.of(authentication);
        UploadInput input = new UploadInput("bestand", "", quelle, stichtag);
        try {
            if (datei == null || datei.isEmpty()) {
                throw new InvalidInput("quoten-datei", "Bitte wählen Sie eine Datei mit Pflegequoten aus.");
            }
            LocalDate date = parseDate(stichtag);
            try (InputStream csv = datei.getInputStream()) {
                QuotaSet set = data.replaceQuotas(county, csv, quelle, date, authentication.getName());
                redirect.addFlashAttribute("message", "Die Pflegequoten wurden übernommen: " + set.quotas().size() + " Quoten, Quelle „" + set.source() + "“.");
                return "redirect:/planung/daten";
            }
        } catch (RejectedFile e) {
            return rejected(county, model, input, response, "quoten", e.errors());
        } catch (InvalidInput e) {
            return rejected(county, model, input, response, "quoten", List.of(new ImportError(0, e.field(), e.getMessage())));
        }
    }

    /** The county GIS's car minutes per area and offer; they replace the estimate from the distance. */
    @PostMapping("/planung/daten/fahrzeiten")
    String uploadTravelTimes(@RequestParam(required = false) MultipartFile datei, Authentication authentication, Model model,
                             RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Tenant county = plannerCounty.of(authentication);
        UploadInput input = new UploadInput("bestand", "", "", "");
        if (datei == null || datei.isEmpty()) {
            return rejected(county, model, input, response, "fahrzeiten",
                    List.of(new ImportError(0, "datei", "Bitte wählen Sie eine Datei mit Fahrzeiten aus.")));
        }
        try (InputStream in = datei.getInputStream()) {
            int pairs = data.replaceTravelTimes(county, in, datei.getOriginalFilename(), authentication.getName());
            redirect.addFlashAttribute("message", "Die Fahrzeiten aus „" + datei.getOriginalFilename() + "“ wurden übernommen: " + pairs
                    + " Paare aus Gebiet und Angebot. Sie ersetzen dort die Schätzung aus der Luftlinie.");
            return "redirect:/planung/daten";
        } catch (RejectedFile e) {
            return rejected(county, model, input, response, "fahrzeiten", e.errors());
        }
    }

    @PostMapping("/planung/daten/landesvorausberechnung")
    String loadShippedProjection(Authentication authentication, RedirectAttributes redirect) {
        Tenant county = plannerCounty.of(authentication);
        Optional<String> shipped = ShippedData.landProjectionAsTemplate(county.kreisAgs());
        if (shipped.isEmpty()) {
            redirect.addFlashAttribute("message", "Für dieses Land liefert Pflegeregion keine Vorausberechnung mit; bitte laden Sie eine.");
            return "redirect:/planung/daten";
        }
        String template = shipped.get();
        PlanningData.ImportResult r = data.importPopulation(county, new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8)),
                "prognose", ShippedData.PROJECTION_VARIANT, ShippedData.PROJECTION_FILE, authentication.getName());
        redirect.addFlashAttribute("message", "Die Landesvorausberechnung (Variante " + r.variant() + ", Jahre "
                + r.years().getFirst() + " bis " + r.years().getLast() + ") wurde übernommen.");
        return "redirect:/planung/daten";
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("stichtag", "Bitte geben Sie den Stichtag als Datum an, z. B. 2023-12-15.");
        }
    }

    private String rejected(Tenant county, Model model, UploadInput input, HttpServletResponse response, String form, List<ImportError> errors) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("rejectedForm", form);
        model.addAttribute("importErrors", errors);
        return dataPage(county, model, input);
    }

    private String dataPage(Tenant county, Model model, UploadInput input) {
        PlanningData.Current now = data.current(county);
        Optional<Forecaster> forecaster = now.forecaster(null);
        Optional<QuotaSet> quotas = now.quotaSet();
        model.addAttribute("tenant", county);
        model.addAttribute("imports", data.imports(county));
        model.addAttribute("areas", now.areas());
        model.addAttribute("quotaSet", quotas.orElse(null));
        model.addAttribute("ownQuotaSet", now.hasOwnQuotaSet());
        model.addAttribute("baseYear", forecaster.flatMap(f -> f.baseYear().isPresent() ? Optional.of(f.baseYear().getAsInt()) : Optional.empty()).orElse(null));
        model.addAttribute("possibleYears", forecaster.map(Forecaster::possibleYears).map(List::copyOf).orElse(List.of()));
        model.addAttribute("shippedProjection", ShippedData.PROJECTION_LANDS.get(county.kreisAgs().substring(0, 2)));
        model.addAttribute("missing", missing(now, forecaster, quotas));
        model.addAttribute("travelTimePairs", now.travelTimes().values().stream().mapToInt(Map::size).sum());
        model.addAttribute("shippedSources", ShippedData.sources());
        model.addAttribute("occupancySource", SettingsDocument.OCCUPANCY_SOURCE);
        model.addAttribute("input", input);
        return "planning/data";
    }

    /** What is not loaded yet, and what that means for the results. */
    private List<String> missing(PlanningData.Current now, Optional<Forecaster> forecaster, Optional<QuotaSet> quotas) {
        Tenant county = now.county();
        List<String> missing = new ArrayList<>();
        if (quotas.isEmpty()) {
            missing.add("Pflegequoten fehlen: ohne sie gibt es keine Zahl der Pflegebedürftigen. Laden Sie Quoten Ihres Landes.");
        }
        if (forecaster.isPresent() && forecaster.get().baseYear().isEmpty() || now.areas().isEmpty()) {
            missing.add("Der Bevölkerungsstand fehlt: laden Sie die GENESIS-Tabelle 12411-02-03-5 (Gemeinden nach Geschlecht und Altersgruppen).");
        }
        boolean projection = data.imports(county).stream().anyMatch(i -> i.kind().equals("prognose") && i.rowsInUse() > 0);
        if (!projection) {
            missing.add("Eine Vorausberechnung fehlt: ohne sie gibt es nur Ergebnisse für die Jahre des Bevölkerungsstands.");
        }
        if (!now.planningSettings().benchmarks().keySet().containsAll(de.pflegeregion.planning.PlanningSettings.PLACE_TYPES)) {
            missing.add("Nicht für jede Angebotsart ist ein Richtwert gesetzt: dort bleibt der Bedarf an Plätzen offen (Einstellungen).");
        }
        if (quotas.isPresent() && !quotas.get().settings().contains(de.pflegeregion.planning.Setting.PG1_OHNE)) {
            missing.add("Die Pflegequoten enthalten Pflegegrad 1 ohne Einrichtungsleistungen nicht: diese Gruppe zählt 0, "
                    + "die Zahl der Pflegebedürftigen ist also eher zu niedrig.");
        }
        long coarse = now.areas().stream().filter(a -> a.pointSource() != de.pflegeregion.planning.Area.PointSource.GAZETTEER
                && a.pointSource() != de.pflegeregion.planning.Area.PointSource.IMPORTED).count();
        if (coarse > 0) {
            missing.add(coarse + " Gebiete haben keinen eigenen Bezugspunkt (nur den Stadtmittelpunkt oder keinen): "
                    + "die Erreichbarkeit ist dort nur grob.");
        }
        if (now.travelTimes().isEmpty()) {
            missing.add("Fahrzeiten aus dem GIS des Kreises fehlen: die Minuten sind aus der Luftlinie geschätzt.");
        }
        long unknown = data.imports(county).stream().filter(i -> i.rowsInUse() > 0).mapToLong(PopulationStore.ImportRecord::unknownCells).sum();
        if (unknown > 0) {
            missing.add(unknown + " Bevölkerungszahlen sind in der Quelle unbekannt (geheim gehalten oder nicht erhoben) und zählen 0: "
                    + "die Ergebnisse dieser Gebiete sind als unvollständig markiert.");
        }
        return missing;
    }

    @GetMapping("/planung/prognose")
    String forecast(@RequestParam(required = false) Integer jahr, @RequestParam(defaultValue = "status-quo") String szenario,
                    Authentication authentication, Model model, HttpServletResponse response) {
        Tenant county = plannerCounty.of(authentication);
        model.addAttribute("tenant", county);
        PlanningData.Current now = data.current(county);
        Optional<Forecaster> f = now.forecaster(null);
        if (f.isEmpty() || f.get().possibleYears().isEmpty()) {
            model.addAttribute("problem", "Es sind noch keine Bevölkerung oder keine Pflegequoten geladen. Bitte laden Sie zuerst die Daten.");
            return "planning/forecast";
        }
        Forecaster forecaster = f.get();
        List<PlanningViews.ScenarioChoice> choices = views.choices(now);
        // an unknown scenario in the address (a deleted variant) shows status quo
        PlanningViews.ScenarioChoice scenario = choices.stream().filter(c -> c.code().equals(szenario)).findFirst().orElse(choices.getFirst());
        int year = jahr == null ? PlanningViews.defaultYear(forecaster) : jahr;
        model.addAttribute("years", List.copyOf(forecaster.possibleYears()));
        model.addAttribute("scenarios", choices);
        model.addAttribute("selectedScenario", scenario);
        model.addAttribute("selectedYear", year);
        try {
            ForecastResult result = views.forecast(now, year, scenario, null);
            List<ForecastChart.Point> points = new ArrayList<>();
            for (int y : forecaster.possibleYears().tailSet(result.baseYear(), true)) {
                points.add(new ForecastChart.Point(String.valueOf(y), views.forecast(now, y, scenario, null).total().need().total()));
            }
            model.addAttribute("result", result);
            model.addAttribute("comparison", views.comparison(now, choices, year));
            model.addAttribute("chart", ForecastChart.of("Pflegebedürftige im Kreis je Jahr (" + scenario.label() + ")", points));
        } catch (YearNotAvailable e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", e.getMessage());
        }
        return "planning/forecast";
    }

    @GetMapping("/planung/bestand")
    String stock(Authentication authentication, Model model) {
        Tenant county = plannerCounty.of(authentication);
        Bestandsaufnahme.Result stock = views.bestand(data.current(county));
        model.addAttribute("tenant", county);
        model.addAttribute("stock", stock);
        model.addAttribute("types", stock.total().types().keySet());
        return "planning/stock";
    }

    @InitBinder(SettingsFormBinding.ATTRIBUTE)
    void bindSettings(WebDataBinder binder) {
        SettingsFormBinding.configure(binder);
    }

    @GetMapping("/planung/einstellungen")
    String settings(Authentication authentication, Model model) {
        Tenant county = plannerCounty.of(authentication);
        PlanningData.Current now = data.current(county);
        SettingsForm form = SettingsForm.of(now.settings(), now.areas());
        return settingsPage(county, model, SettingsFormBinding.view(form), Map.of());
    }

    /** Stores the whole settings form, or shows it again as typed with every error naming its field. */
    @PostMapping("/planung/einstellungen")
    String saveSettings(@Valid @ModelAttribute(SettingsFormBinding.ATTRIBUTE) SettingsForm entered, BindingResult binding,
                        Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = plannerCounty.of(authentication);
        Map<String, String> errors = SettingsFormBinding.errors(binding);
        SettingsDocument document = entered.toDocument(errors);
        if (errors.isEmpty()) {
            try {
                variants.replaceSettings(county, document, authentication.getName());
                redirect.addFlashAttribute("message", "Die Einstellungen wurden gespeichert; die Vorausberechnung rechnet ab jetzt mit ihnen.");
                return "redirect:/planung/einstellungen";
            } catch (InvalidInput e) {
                errors.put(SettingsView.formPath(e.field()), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return settingsPage(county, model, binding, errors);
    }

    private String settingsPage(Tenant county, Model model, BindingResult binding, Map<String, String> errors) {
        PlanningData.Current now = data.current(county);
        Map<String, String> areaNames = new LinkedHashMap<>();
        now.areas().forEach(a -> areaNames.put(a.key(), a.name()));
        model.addAttribute("tenant", county);
        model.addAttribute("form", new SettingsView(binding, errors, offerTypes::label, areaNames));
        model.addAttribute("areaNames", areaNames);
        model.addAttribute("roomNames", new java.util.TreeSet<>(now.planningSettings().planungsraeume().keySet()));
        model.addAttribute("placeTypes", de.pflegeregion.planning.PlanningSettings.PLACE_TYPES);
        model.addAttribute("shareSettings", SettingsForm.SHARE_SETTINGS);
        model.addAttribute("grades", SettingsForm.GRADES);
        model.addAttribute("methods", BENCHMARK_METHODS);
        model.addAttribute("staffSource", ShippedData.STAFF_RATIOS_SOURCE);
        model.addAttribute("literature", ShippedData.records("planning_benchmarks.csv").stream().map(r -> r.toMap()).toList());
        return "planning/settings";
    }

    @GetMapping("/planung/erreichbarkeit")
    String accessibility(Authentication authentication, Model model) {
        Tenant county = plannerCounty.of(authentication);
        model.addAttribute("tenant", county);
        model.addAttribute("types", Forecaster.ACCESS_TYPES);
        PlanningData.Current now = data.current(county);
        model.addAttribute("parameters", now.planningSettings().accessibility());
        now.forecaster(null).ifPresent(f -> f.baseYear().ifPresent(t0 -> model.addAttribute("result", now.forecast(null, t0, Scenario.STATUS_QUO).orElseThrow())));
        return "planning/access";
    }
}
