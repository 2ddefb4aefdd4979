package de.pflegeregion.network.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import de.pflegeregion.directory.OfferType;
import de.pflegeregion.directory.OfferTypes;
import de.pflegeregion.network.Measure;
import de.pflegeregion.network.MeasureKind;
import de.pflegeregion.network.MeasureStatus;
import de.pflegeregion.network.internal.MeasureCsv;
import de.pflegeregion.network.internal.MeasurePlan;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;

/**
 * The coordinator's Maßnahmenplan under /netzwerk/massnahmen: the list with progress and traffic light, a
 * measure's form, milestones, measured values, history, the CSV/XLSX export and the CSV import. Plain
 * HTML forms: an error names the field and keeps everything typed.
 */
@Controller
class MeasurePages {

    private final MeasureCoordinator coordinator;
    private final MeasurePlan plan;
    private final MeasureCsv csv;
    private final OfferTypes offerTypes;

    MeasurePages(MeasureCoordinator coordinator, MeasurePlan plan, MeasureCsv csv, OfferTypes offerTypes) {
        this.coordinator = coordinator;
        this.plan = plan;
        this.csv = csv;
        this.offerTypes = offerTypes;
    }

    @GetMapping("/netzwerk/massnahmen")
    String list(Authentication authentication, Model model) {
        Tenant county = coordinator.of(authentication);
        model.addAttribute("tenant", county);
        model.addAttribute("byField", byField(MeasurePlan.flatten(plan.tree(county, false))));
        model.addAttribute("handlungsfelder", plan.handlungsfelder(county));
        return "network/measures/list";
    }

    @PostMapping("/netzwerk/massnahmen/handlungsfelder")
    String addHandlungsfeld(@RequestParam(defaultValue = "") String titel, @RequestParam(defaultValue = "") String quelle,
                            Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        try {
            var h = plan.addHandlungsfeld(county, titel, quelle);
            redirect.addFlashAttribute("message", "Das Handlungsfeld „" + h.title() + "“ (" + h.code() + ") ist angelegt.");
            return "redirect:/netzwerk/massnahmen";
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("hfErrors", Map.of(e.field(), e.getMessage()));
            model.addAttribute("hfTitel", titel);
            model.addAttribute("hfQuelle", quelle);
            return list(authentication, model);
        }
    }

    @GetMapping("/netzwerk/massnahmen/neu")
    String createForm(@RequestParam(required = false) Long unter, Authentication authentication, Model model) {
        Tenant county = coordinator.of(authentication);
        MeasureForm form = new MeasureForm();
        if (unter != null) {
            plan.find(county, unter).ifPresent(parent -> {
                form.setParent(String.valueOf(parent.id()));
                form.setHandlungsfeld(parent.handlungsfeld());
                form.setKind(parent.kind().childKind().orElse(MeasureKind.TEILMASSNAHME).code());
            });
        }
        return formPage(county, null, form, Map.of(), model);
    }

    @PostMapping("/netzwerk/massnahmen/neu")
    String create(@Validated @ModelAttribute("form") MeasureForm form, BindingResult binding, Authentication authentication, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        Map<String, String> errors = errors(binding);
        if (errors.isEmpty()) {
            try {
                long id = plan.create(county, form.toDraft(), authentication.getName());
                redirect.addFlashAttribute("message", "Die Maßnahme „" + form.getTitel().strip() + "“ ist angelegt"
                        + (form.isVeroeffentlicht() ? " und veröffentlicht." : "; sie ist noch nicht veröffentlicht."));
                return "redirect:/netzwerk/massnahmen/" + id;
            } catch (InvalidInput e) {
                errors = Map.of(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return formPage(county, null, form, errors, model);
    }

    @GetMapping("/netzwerk/massnahmen/{id}")
    String edit(@PathVariable long id, Authentication authentication, Model model) {
        Tenant county = coordinator.of(authentication);
        Measure m = plan.find(county, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return formPage(county, m, MeasureForm.of(m), Map.of(), model);
    }

    @PostMapping("/netzwerk/massnahmen/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") MeasureForm form, BindingResult binding,
                  Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        Measure m = plan.find(county, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> errors = errors(binding);
        if (errors.isEmpty()) {
            try {
                plan.update(county, id, form.getVersion(), form.toDraft(), authentication.getName());
                redirect.addFlashAttribute("message", "Die Änderungen sind gespeichert.");
                return "redirect:/netzwerk/massnahmen/" + id;
            } catch (InvalidInput e) {
                errors = Map.of(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return formPage(county, m, form, errors, model);
    }

    @PostMapping("/netzwerk/massnahmen/{id}/meilensteine")
    String addMilestone(@PathVariable long id, @RequestParam(defaultValue = "") String meilenstein, @RequestParam(defaultValue = "") String geplant,
                        Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        try {
            plan.addMilestone(county, id, meilenstein, MeasureForm.date(geplant, "geplant", "Geplant am"), authentication.getName());
            redirect.addFlashAttribute("message", "Der Meilenstein ist eingetragen.");
            return "redirect:/netzwerk/massnahmen/" + id + "#meilensteine";
        } catch (InvalidInput e) {
            return subFormError(county, id, e, Map.of("meilenstein", meilenstein, "geplant", geplant), model, response);
        }
    }

    @PostMapping("/netzwerk/massnahmen/{id}/meilensteine/{milestoneId}/erreicht")
    String milestoneReached(@PathVariable long id, @PathVariable long milestoneId, @RequestParam(defaultValue = "") String erreicht,
                            Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        try {
            plan.milestoneReached(county, id, milestoneId, MeasureForm.date(erreicht, "erreicht", "Erreicht am"), authentication.getName());
            redirect.addFlashAttribute("message", "Der Meilenstein ist als erreicht eingetragen.");
            return "redirect:/netzwerk/massnahmen/" + id + "#meilensteine";
        } catch (InvalidInput e) {
            return subFormError(county, id, e, Map.of("erreicht", erreicht), model, response);
        }
    }

    @PostMapping("/netzwerk/massnahmen/{id}/messwerte")
    String addValue(@PathVariable long id, @RequestParam(defaultValue = "") String gemessenAm, @RequestParam(defaultValue = "") String wert,
                    @RequestParam(defaultValue = "") String notiz, Authentication authentication, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        try {
            BigDecimal value;
            try {
                value = wert.isBlank() ? null : MeasureForm.decimal(wert);
            } catch (NumberFormatException e) {
                throw new InvalidInput("wert", "Wert: Bitte eine Zahl, z. B. 12 oder 3,5.");
            }
            plan.addIndicatorValue(county, id, MeasureForm.date(gemessenAm, "gemessenAm", "Gemessen am"), value, notiz, authentication.getName());
            redirect.addFlashAttribute("message", "Der Messwert ist eingetragen.");
            return "redirect:/netzwerk/massnahmen/" + id + "#indikator";
        } catch (InvalidInput e) {
            return subFormError(county, id, e, Map.of("gemessenAm", gemessenAm, "wert", wert, "notiz", notiz), model, response);
        }
    }

    @GetMapping("/netzwerk/massnahmen/export.csv")
    ResponseEntity<byte[]> exportCsv(Authentication authentication) {
        Tenant county = coordinator.of(authentication);
        return download(csv.csv(county), "text/csv;charset=UTF-8", "massnahmenplan-" + county.kreisAgs() + ".csv");
    }

    @GetMapping("/netzwerk/massnahmen/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(Authentication authentication) {
        Tenant county = coordinator.of(authentication);
        return download(csv.xlsx(county), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "massnahmenplan-" + county.kreisAgs() + ".xlsx");
    }

    @GetMapping("/netzwerk/massnahmen/import")
    String importForm(Authentication authentication, Model model) {
        model.addAttribute("tenant", coordinator.of(authentication));
        model.addAttribute("columns", MeasureCsv.COLUMNS);
        return "network/measures/import";
    }

    @PostMapping("/netzwerk/massnahmen/import")
    String importCsv(@RequestParam(required = false) MultipartFile datei, Authentication authentication, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        Tenant county = coordinator.of(authentication);
        MeasureCsv.ImportResult result;
        if (datei == null || datei.isEmpty()) {
            result = MeasureCsv.ImportResult.rejected(List.of(new MeasureCsv.Problem(0, "datei", "Bitte wählen Sie eine CSV-Datei aus.")));
        } else {
            try (InputStreamReader in = new InputStreamReader(datei.getInputStream(), StandardCharsets.UTF_8)) {
                result = csv.importCsv(county, in, authentication.getName());
            }
        }
        if (result.accepted()) {
            redirect.addFlashAttribute("message", "Aus „" + datei.getOriginalFilename() + "“ übernommen – neu: " + result.added()
                    + ", geändert: " + result.updated() + ", unverändert: " + result.unchanged() + ".");
            return "redirect:/netzwerk/massnahmen";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problems", result.problems());
        return importForm(authentication, model);
    }

    private String subFormError(Tenant county, long id, InvalidInput e, Map<String, String> typed, Model model, HttpServletResponse response) {
        Measure m = plan.find(county, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("subErrors", Map.of(e.field(), e.getMessage()));
        model.addAttribute("typed", typed);
        return formPage(county, m, MeasureForm.of(m), Map.of(), model);
    }

    private String formPage(Tenant county, Measure m, MeasureForm form, Map<String, String> errors, Model model) {
        model.addAttribute("tenant", county);
        model.addAttribute("measure", m);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("handlungsfelder", plan.handlungsfelder(county));
        model.addAttribute("kinds", MeasureKind.values());
        model.addAttribute("statuses", MeasureStatus.values());
        model.addAttribute("parents", plan.all(county).stream().filter(p -> m == null || p.id() != m.id())
                .filter(p -> p.kind() != MeasureKind.TEILMASSNAHME).toList());
        model.addAttribute("gapTypes", offerTypes.all().stream().filter(OfferType::hasPlaces).toList());
        if (m != null) {
            MeasurePlan.MeasureView view = plan.view(county, m.id(), false).orElseThrow();
            model.addAttribute("view", view);
            model.addAttribute("chart", MeasureChart.of(m, view.values()));
        }
        if (!model.containsAttribute("subErrors")) {
            model.addAttribute("subErrors", Map.of());
            model.addAttribute("typed", Map.of());
        }
        return "network/measures/form";
    }

    /** The measures grouped by their Handlungsfeld code, in tree order. */
    static Map<String, List<MeasurePlan.MeasureView>> byField(List<MeasurePlan.MeasureView> views) {
        Map<String, List<MeasurePlan.MeasureView>> map = new LinkedHashMap<>();
        views.forEach(v -> map.computeIfAbsent(v.measure().handlungsfeld(), k -> new java.util.ArrayList<>()).add(v));
        return map;
    }

    /** Bean Validation's messages by field, first per field. */
    static Map<String, String> errors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), e.isBindingFailure()
                ? "Diese Angabe können wir nicht lesen; bitte prüfen Sie sie." : e.getDefaultMessage()));
        return errors;
    }

    static ResponseEntity<byte[]> download(byte[] content, String type, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(content);
    }
}
