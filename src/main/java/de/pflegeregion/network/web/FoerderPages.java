package de.pflegeregion.network.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

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
    String addProgramme(@RequestParam Map<String, String> p, Authentication authentication, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        try {
            register.addProgramme(county, p.get("name"), p.get("geber"), p.get("rechtsgrundlage"),
                    MeasureForm.date(p.get("frist"), "frist", "Antragsfrist"), money(p.get("hoechstbetrag"), "hoechstbetrag", "Höchstbetrag"),
                    money(p.get("anteil"), "anteil", "Förderanteil"), p.get("bedingungen"), p.get("link"));
            redirect.addFlashAttribute("message", "Das Förderprogramm „" + p.get("name").strip() + "“ ist angelegt.");
            return "redirect:/netzwerk/foerderung";
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(county, model, Map.of(e.field(), e.getMessage()), p);
        }
    }

    @PostMapping("/netzwerk/foerderung/foerderungen")
    String addGrant(@RequestParam Map<String, String> p, Authentication authentication, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        try {
            String programme = p.getOrDefault("programm", "");
            if (!programme.matches("\\d+")) {
                throw new InvalidInput("programm", "Förderprogramm: Bitte wählen Sie ein Programm aus der Liste.");
            }
            String measure = p.getOrDefault("massnahme", "");
            FoerderRegister.GrantStatus status = java.util.Arrays.stream(FoerderRegister.GrantStatus.values())
                    .filter(s -> s.code().equals(p.get("status"))).findFirst().orElse(null);
            register.addGrant(county, Long.parseLong(programme), measure.matches("\\d+") ? Long.valueOf(measure) : null, status,
                    money(p.get("betrag"), "betrag", "Förderbetrag"), money(p.get("eigenanteil"), "eigenanteil", "Eigenanteil"),
                    MeasureForm.date(p.get("von"), "von", "Zeitraum von"), MeasureForm.date(p.get("bis"), "bis", "Zeitraum bis"),
                    MeasureForm.date(p.get("nachweis"), "nachweis", "Verwendungsnachweis fällig am"));
            redirect.addFlashAttribute("message", "Die Förderung ist eingetragen.");
            return "redirect:/netzwerk/foerderung";
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(county, model, Map.of(e.field(), e.getMessage()), p);
        }
    }

    @PostMapping("/netzwerk/foerderung/pruefung")
    String check(@RequestParam Map<String, String> p, Authentication authentication, Model model, HttpServletResponse response) {
        Tenant county = coordinator.of(authentication);
        try {
            String actors = p.getOrDefault("akteure", "").strip();
            if (!actors.matches("\\d{1,4}")) {
                throw new InvalidInput("akteure", "Beteiligte Akteure: Bitte eine ganze Zahl, z. B. 5.");
            }
            String funded = p.getOrDefault("gefoerdert", "0").strip();
            if (!funded.matches("\\d{1,2}")) {
                throw new InvalidInput("gefoerdert", "Schon geförderte Netzwerke im Kreis: Bitte eine ganze Zahl, z. B. 0.");
            }
            String inhabitants = p.getOrDefault("einwohner", "").strip().replace(".", "");
            if (!inhabitants.isEmpty() && !inhabitants.matches("\\d{1,8}")) {
                throw new InvalidInput("einwohner", "Einwohner des Kreises: Bitte eine ganze Zahl, z. B. 131000.");
            }
            LocalDate day = p.getOrDefault("stichtag", "").isBlank() ? LocalDate.now(clock) : MeasureForm.date(p.get("stichtag"), "stichtag", "Stichtag");
            if (FoerderNetzwerk45c.on(day).isEmpty()) {
                throw new InvalidInput("stichtag", "Stichtag: Für diesen Tag sind keine Regeln des § 45c Abs. 9 SGB XI hinterlegt.");
            }
            FoerderNetzwerk45c.Application a = new FoerderNetzwerk45c.Application(Integer.parseInt(actors), p.containsKey("vereinbarung"),
                    p.containsKey("qualitaet"), p.containsKey("kreis"), money(p.get("beantragt"), "beantragt", "Beantragt je Jahr"),
                    money(p.get("kosten"), "kosten", "Netzwerkkosten je Jahr"), Integer.parseInt(funded),
                    inhabitants.isEmpty() ? null : Integer.valueOf(inhabitants));
            model.addAttribute("checkResult", FoerderNetzwerk45c.unmet(a, day));
            model.addAttribute("checkVersion", FoerderNetzwerk45c.on(day).orElseThrow());
            return page(county, model, Map.of(), p);
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(county, model, Map.of(e.field(), e.getMessage()), p);
        }
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

    static BigDecimal money(String s, String field, String label) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return MeasureForm.decimal(s.replace("€", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, label + ": Bitte einen Betrag wie 12.500,00.");
        }
    }

}
