package de.pflegeregion.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import de.pflegeregion.network.FoerderNetzwerk45c;
import de.pflegeregion.network.internal.FoerderRegister;
import de.pflegeregion.network.internal.MeasurePlan;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.Tenant;

/**
 * Förderprogramme and Förderungen under /netzwerk/foerderung: programmes, applications and grants per
 * measure, the reminders now due, and a check of a network's application against § 45c Abs. 9 SGB XI.
 */
@Controller
class FoerderPages {

    private final MeasureCoordinator coordinator;
    private final FoerderRegister register;
    private final MeasurePlan plan;
    private final Clock clock;

    FoerderPages(MeasureCoordinator coordinator, FoerderRegister register, MeasurePlan plan, Clock clock) {
        this.coordinator = coordinator;
        this.register = register;
        this.plan = plan;
        this.clock = clock;
    }

    @GetMapping("/netzwerk/foerderung")
    String page(Authentication authentication, Model model) {
        return page(coordinator.of(authentication), model, Map.of(), Map.of());
    }

    @PostMapping("/netzwerk/foerderung/programme")
    String addProgramme(@Valid FoerderForms.ProgrammeForm form, BindingResult binding, @RequestParam Map<String, String> typed,
                        Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        Map<String, String> errors = MeasurePages.errors(binding);
        form.together().forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                register.addProgramme(county, form.name(), form.geber(), form.rechtsgrundlage(), MeasureForm.date(form.frist(), "frist", "Antragsfrist"),
                        MeasureForm.decimal(form.hoechstbetrag()), MeasureForm.decimal(form.anteil()), form.bedingungen(), form.link());
                redirect.addFlashAttribute("message", "Das Förderprogramm „" + form.name() + "“ ist angelegt.");
                return "redirect:/netzwerk/foerderung";
            } catch (InvalidInput e) {
                errors = Map.of(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(county, model, errors, typed);
    }

    @PostMapping("/netzwerk/foerderung/foerderungen")
    String addGrant(@Valid FoerderForms.GrantForm form, BindingResult binding, @RequestParam Map<String, String> typed,
                    Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        Map<String, String> errors = MeasurePages.errors(binding);
        form.together().forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                register.addGrant(county, Long.parseLong(form.programm()), form.measureId(), form.grantStatus().orElseThrow(),
                        MeasureForm.decimal(form.betrag()), MeasureForm.decimal(form.eigenanteil()), MeasureForm.date(form.von(), "von", "Zeitraum von"),
                        MeasureForm.date(form.bis(), "bis", "Zeitraum bis"), MeasureForm.date(form.nachweis(), "nachweis", "Verwendungsnachweis fällig am"));
                redirect.addFlashAttribute("message", "Die Förderung ist eingetragen.");
                return "redirect:/netzwerk/foerderung";
            } catch (InvalidInput e) {
                errors = Map.of(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(county, model, errors, typed);
    }

    @PostMapping("/netzwerk/foerderung/pruefung")
    String check(@Valid FoerderForms.CheckForm form, BindingResult binding, @RequestParam Map<String, String> typed,
                 Authentication authentication, Model model, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = MeasurePages.errors(binding);
        form.together(today).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(county, model, errors, typed);
        }
        LocalDate day = form.day(today);
        model.addAttribute("checkResult", FoerderNetzwerk45c.unmet(form.application(), day));
        model.addAttribute("checkVersion", FoerderNetzwerk45c.on(day).orElseThrow());
        return page(county, model, Map.of(), typed);
    }

    private String page(Tenant county, Model model, Map<String, String> errors, Map<String, String> typed) {
        model.addAttribute("tenant", county);
        model.addAttribute("programmes", register.programmes(county));
        model.addAttribute("grants", register.grants(county));
        model.addAttribute("reminders", register.reminders(county, LocalDate.now(clock)));
        model.addAttribute("reminderDays", register.reminderDays());
        model.addAttribute("measures", plan.all(county));
        model.addAttribute("statuses", FoerderRegister.GrantStatus.values());
        model.addAttribute("versions", FoerderNetzwerk45c.versions());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", new LinkedHashMap<>(typed));
        return "network/foerderung/page";
    }
}
