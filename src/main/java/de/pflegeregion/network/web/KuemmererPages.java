package de.pflegeregion.network.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import de.pflegeregion.network.internal.KuemmererRegister;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;

/** The coordinator's Kümmerer page: coverage per Gemeinde (none, vacant, covered), adding and ending entries, the fallback contact. */
@Controller
class KuemmererPages {

    private final MeasureCoordinator coordinator;
    private final KuemmererRegister register;

    KuemmererPages(MeasureCoordinator coordinator, KuemmererRegister register) {
        this.coordinator = coordinator;
        this.register = register;
    }

    @GetMapping("/netzwerk/kuemmerer")
    String page(Authentication authentication, Model model) {
        Tenant county = coordinator.of(authentication);
        return page(county, model, Map.of(), Map.of());
    }

    @PostMapping("/netzwerk/kuemmerer")
    String add(@Valid KuemmererForms.KuemmererForm form, BindingResult binding, @RequestParam Map<String, String> typed,
               Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        Map<String, String> errors = MeasurePages.errors(binding);
        form.together(county.kreisAgs()).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                register.add(county, form.gemeinde(), form.gemeindeName(), form.name(), form.funktion(), form.erreichbar(), form.since(),
                        form.until());
                redirect.addFlashAttribute("message", form.name().isEmpty() ? "Die offene Stelle ist eingetragen." : "„" + form.name() + "“ ist eingetragen.");
                return "redirect:/netzwerk/kuemmerer";
            } catch (InvalidInput e) {
                errors = Map.of(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(county, model, errors, typed);
    }

    @PostMapping("/netzwerk/kuemmerer/{id}/ende")
    String end(@PathVariable long id, @RequestParam(defaultValue = "") String bis, Authentication authentication, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        try {
            register.end(county, id, MeasureForm.date(bis, "bis", "Bis"));
            redirect.addFlashAttribute("message", "Das Ende ist eingetragen.");
            return "redirect:/netzwerk/kuemmerer";
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(county, model, Map.of("ende-" + id, e.getMessage()), Map.of());
        }
    }

    @PostMapping("/netzwerk/kuemmerer/ansprechstelle")
    String fallback(@Valid KuemmererForms.FallbackForm form, BindingResult binding, @RequestParam Map<String, String> typed,
                    Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        Map<String, String> errors = MeasurePages.errors(binding);
        if (errors.isEmpty()) {
            try {
                register.saveFallback(county, form.stelle(), form.stelleFunktion(), form.stelleErreichbar());
                redirect.addFlashAttribute("message", "Die Ansprechstelle des Kreises ist gespeichert.");
                return "redirect:/netzwerk/kuemmerer";
            } catch (InvalidInput e) {
                errors = Map.of(switch (e.field()) {
                    case "name" -> "stelle";
                    case "funktion" -> "stelleFunktion";
                    default -> "stelleErreichbar";
                }, e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(county, model, errors, typed);
    }

    private String page(Tenant county, Model model, Map<String, String> errors, Map<String, String> typed) {
        var coverage = register.coverage(county, register.gemeinden(county));
        model.addAttribute("tenant", county);
        model.addAttribute("coverage", coverage);
        model.addAttribute("none", coverage.stream().filter(KuemmererRegister.Coverage::none).toList());
        model.addAttribute("vacant", coverage.stream().filter(KuemmererRegister.Coverage::vacant).toList());
        model.addAttribute("entries", register.all(county));
        model.addAttribute("gemeinden", register.gemeinden(county));
        model.addAttribute("fallback", register.fallback(county).orElse(null));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "network/kuemmerer/page";
    }
}
