package de.pflegeregion.planning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import de.pflegeregion.planning.Forecaster;
import de.pflegeregion.planning.RegionForecast;
import de.pflegeregion.planning.ScenarioVariant;
import de.pflegeregion.planning.YearNotAvailable;
import de.pflegeregion.planning.internal.PlanningData;
import de.pflegeregion.planning.internal.ScenarioVariants;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;

/**
 * The scenarios page under /planung/szenarien: status quo, trend, ambulant vor stationär and every saved
 * variant side by side for a year, and the planner's variants to create, change and delete (with a
 * confirmation step).
 */
@Controller
class ScenarioPages {

    private final PlannerCounty plannerCounty;
    private final PlanningData data;
    private final PlanningViews views;
    private final ScenarioVariants variants;

    ScenarioPages(PlannerCounty plannerCounty, PlanningData data, PlanningViews views, ScenarioVariants variants) {
        this.plannerCounty = plannerCounty;
        this.data = data;
        this.views = views;
        this.variants = variants;
    }

    @InitBinder(VariantForm.ATTRIBUTE)
    void bindVariant(WebDataBinder binder) {
        SettingsFormBinding.configure(binder);
    }

    @GetMapping("/planung/szenarien")
    String scenarios(@RequestParam(required = false) Integer jahr, Authentication authentication, Model model, HttpServletResponse response) {
        Tenant county = plannerCounty.of(authentication);
        model.addAttribute("tenant", county);
        PlanningData.Current now = data.current(county);
        List<PlanningViews.ScenarioChoice> choices = views.choices(now);
        model.addAttribute("choices", choices);
        model.addAttribute("variants", choices.stream().filter(c -> !c.builtIn()).toList());
        model.addAttribute("maxVariants", de.pflegeregion.planning.internal.SettingsDocument.MAX_VARIANTS);
        Optional<Forecaster> f = now.forecaster(null);
        if (f.isEmpty() || f.get().possibleYears().isEmpty()) {
            model.addAttribute("problem", "Es sind noch keine Bevölkerung oder keine Pflegequoten geladen. Bitte laden Sie zuerst die Daten.");
            return "planning/scenarios";
        }
        Forecaster forecaster = f.get();
        int year = jahr == null ? PlanningViews.defaultYear(forecaster) : jahr;
        model.addAttribute("years", List.copyOf(forecaster.possibleYears()));
        model.addAttribute("selectedYear", year);
        try {
            Map<PlanningViews.ScenarioChoice, RegionForecast> comparison = views.comparison(now, choices, year);
            model.addAttribute("comparison", comparison);
            model.addAttribute("chart", ComparisonChart.of(comparison));
        } catch (YearNotAvailable e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", e.getMessage());
        }
        return "planning/scenarios";
    }

    @GetMapping("/planung/szenarien/neu")
    String newVariant(Authentication authentication, Model model) {
        Tenant county = plannerCounty.of(authentication);
        return form(county, model, null, VariantForm.view(new VariantForm()), Map.of());
    }

    @PostMapping("/planung/szenarien")
    String create(@Valid @ModelAttribute(VariantForm.ATTRIBUTE) VariantForm entered, BindingResult binding, Authentication authentication,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = plannerCounty.of(authentication);
        Map<String, String> errors = SettingsFormBinding.errors(binding);
        ScenarioVariant draft = entered.toDraft(errors);
        if (draft != null) {
            try {
                ScenarioVariant saved = variants.create(county, draft, authentication.getName());
                redirect.addFlashAttribute("message", "Die Variante „" + saved.name() + "“ ist gespeichert (" + saved.parameters() + ").");
                return "redirect:/planung/szenarien";
            } catch (InvalidInput e) {
                errors.put(VariantForm.formField(e.field()), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(county, model, null, binding, errors);
    }

    @GetMapping("/planung/szenarien/{code}/bearbeiten")
    String edit(@PathVariable String code, Authentication authentication, Model model) {
        Tenant county = plannerCounty.of(authentication);
        ScenarioVariant variant = saved(county, code);
        return form(county, model, variant, VariantForm.view(VariantForm.of(variant)), Map.of());
    }

    @PostMapping("/planung/szenarien/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute(VariantForm.ATTRIBUTE) VariantForm entered, BindingResult binding,
                  Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = plannerCounty.of(authentication);
        ScenarioVariant before = saved(county, code);
        Map<String, String> errors = SettingsFormBinding.errors(binding);
        ScenarioVariant draft = entered.toDraft(errors);
        if (draft != null) {
            try {
                ScenarioVariant saved = variants.update(county, code, draft, authentication.getName());
                redirect.addFlashAttribute("message", "Die Variante „" + saved.name() + "“ ist geändert (" + saved.parameters() + ").");
                return "redirect:/planung/szenarien";
            } catch (InvalidInput e) {
                errors.put(VariantForm.formField(e.field()), e.getMessage());
            } catch (ScenarioVariants.UnknownVariant e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(county, model, before, binding, errors);
    }

    @GetMapping("/planung/szenarien/{code}/loeschen")
    String confirmDelete(@PathVariable String code, Authentication authentication, Model model) {
        Tenant county = plannerCounty.of(authentication);
        model.addAttribute("tenant", county);
        model.addAttribute("variant", saved(county, code));
        return "planning/variant-delete";
    }

    @PostMapping("/planung/szenarien/{code}/loeschen")
    String delete(@PathVariable String code, Authentication authentication, RedirectAttributes redirect) {
        Tenant county = plannerCounty.of(authentication);
        ScenarioVariant variant = saved(county, code);
        try {
            variants.delete(county, code, authentication.getName());
        } catch (ScenarioVariants.UnknownVariant e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("message", "Die Variante „" + variant.name() + "“ ist gelöscht.");
        return "redirect:/planung/szenarien";
    }

    private ScenarioVariant saved(Tenant county, String code) {
        return variants.byCode(county, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Tenant county, Model model, ScenarioVariant editing, BindingResult binding, Map<String, String> errors) {
        model.addAttribute("tenant", county);
        model.addAttribute("editing", editing);
        model.addAttribute("fields", VariantForm.fields(binding, new LinkedHashMap<>(errors)));
        model.addAttribute("summary", VariantForm.summary(errors));
        model.addAttribute("hasErrors", !errors.isEmpty());
        Optional<Forecaster> f = data.forecaster(county, null);
        model.addAttribute("baseYear", f.flatMap(x -> x.baseYear().isPresent() ? Optional.of(x.baseYear().getAsInt()) : Optional.empty()).orElse(null));
        model.addAttribute("lastYear", f.filter(x -> !x.possibleYears().isEmpty()).map(x -> x.possibleYears().last()).orElse(null));
        return "planning/variant-form";
    }
}
