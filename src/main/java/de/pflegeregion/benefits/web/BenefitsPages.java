package de.pflegeregion.benefits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.pflegeregion.site.PdfRenderer;
import de.pflegeregion.benefits.Benefits;
import de.pflegeregion.benefits.Carer;
import de.pflegeregion.benefits.Entitlement;
import de.pflegeregion.benefits.Entitlements;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.benefits.Land;
import de.pflegeregion.benefits.MonthPlanInput;
import de.pflegeregion.benefits.MonthUsage;
import de.pflegeregion.benefits.PlanResults;
import de.pflegeregion.benefits.YearPlanInput;

/**
 * The citizen pages of the benefits calculator: what a person is entitled to on a day, a month plan
 * and a year budget. Everything is computed per request and never stored; forms work without JavaScript.
 */
@Controller
class BenefitsPages {

    /** A row of the entitlement list as shown. */
    record EntitlementRow(String key, String title, String amount, String per, String explanation, String legalBasis,
            String validFrom, boolean confirmed, boolean entitled, List<String> brochureNotes) {
    }

    private final Benefits benefits = Benefits.standard();
    private final BrochureNotes brochures;
    private final PdfRenderer pdf;

    BenefitsPages(BrochureNotes brochures, PdfRenderer pdf) {
        this.brochures = brochures;
        this.pdf = pdf;
    }

    @ModelAttribute("laender")
    List<Land> laender() {
        return List.of(Land.values());
    }

    @GetMapping("/leistungen")
    String entitlements(@RequestParam(required = false) String pflegegrad, @RequestParam(required = false) String datum,
            @RequestParam(required = false) String land, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("pflegegrad", pflegegrad == null ? "" : pflegegrad);
        form.put("datum", datum == null ? LocalDate.now().toString() : datum);
        form.put("land", land == null ? "" : land);
        model.addAttribute("form", form);
        if (pflegegrad == null) {
            model.addAttribute("errors", Map.of());
            return "benefits/entitlements";
        }
        FormInput input = new FormInput();
        int grade = input.pflegegrad("pflegegrad", pflegegrad);
        LocalDate day = input.date("datum", "Datum", datum, LocalDate.now());
        input.notBefore2017("datum", "Datum", day);
        Land chosen = FormInput.blank(land) ? null : Land.fromCode(land).orElse(null);
        if (!FormInput.blank(land) && chosen == null) {
            input.error("land", "Bundesland: Bitte wählen Sie ein Bundesland aus der Liste.");
        }
        model.addAttribute("errors", input.errors());
        if (input.hasErrors()) {
            return "benefits/entitlements";
        }
        addEntitlements(model, grade, day, chosen);
        return "benefits/entitlements";
    }

    @GetMapping("/leistungen/zusammenfassung.pdf")
    ResponseEntity<byte[]> summaryPdf(@RequestParam(required = false) String pflegegrad,
            @RequestParam(required = false) String datum, @RequestParam(required = false) String land, Model model) {
        FormInput input = new FormInput();
        int grade = input.pflegegrad("pflegegrad", pflegegrad);
        LocalDate day = input.date("datum", "Datum", datum, LocalDate.now());
        input.notBefore2017("datum", "Datum", day);
        Land chosen = FormInput.blank(land) ? null : Land.fromCode(land).orElse(null);
        if (input.hasErrors() || (!FormInput.blank(land) && chosen == null)) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(String.join("\n", input.errors().values()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("rows", rows(benefits.entitlements(grade, day, chosen)));
        variables.put("rules", FurtherRules.on(benefits, grade, day));
        variables.put("pflegegrad", grade);
        variables.put("datum", Display.day(day));
        variables.put("land", chosen == null ? null : chosen.germanName());
        byte[] document = pdf.render("benefits/summary-pdf", variables);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("leistungen-pflegegrad-" + grade + "-" + day + ".pdf").build().toString())
                .body(document);
    }

    private void addEntitlements(Model model, int grade, LocalDate day, Land land) {
        Entitlements entitlements = benefits.entitlements(grade, day, land);
        model.addAttribute("rows", rows(entitlements));
        model.addAttribute("rules", FurtherRules.on(benefits, grade, day));
        model.addAttribute("pflegegradValue", grade);
        model.addAttribute("datumText", Display.day(day));
        model.addAttribute("landName", land == null ? null : land.germanName());
        model.addAttribute("landWithoutOwnBenefits", land != null
                && entitlements.items().size() == de.pflegeregion.benefits.BenefitKind.values().length);
        model.addAttribute("pdfLink", "/leistungen/zusammenfassung.pdf?pflegegrad=" + grade + "&datum=" + day
                + (land == null ? "" : "&land=" + land.name()));
    }

    private List<EntitlementRow> rows(Entitlements entitlements) {
        List<EntitlementRow> rows = new ArrayList<>();
        for (Entitlement item : entitlements.items()) {
            rows.add(new EntitlementRow(item.key(), item.title(), Display.euro(item.amount()), Display.per(item.per()),
                    item.explanation(), item.legalBasis(), Display.day(item.validFrom()), item.confirmed(),
                    item.amount() != null,
                    brochures.notes(item.key(), entitlements.pflegegrad(), entitlements.date(), item.amount())));
        }
        return rows;
    }

    @GetMapping("/leistungen/monatsplan")
    String monthPlanForm(@RequestParam(required = false) String pflegegrad, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("pflegegrad", pflegegrad == null ? "" : pflegegrad);
        form.put("monat", YearMonth.now().toString());
        form.put("carer", "relative");
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        return "benefits/month-plan";
    }

    @PostMapping("/leistungen/monatsplan")
    String monthPlan(@RequestParam Map<String, String> form, Model model) {
        model.addAttribute("form", form);
        FormInput input = new FormInput();
        int grade = input.pflegegrad("pflegegrad", form.get("pflegegrad"));
        YearMonth month = input.month("monat", "Monat", form.get("monat"), YearMonth.now());
        input.notBefore2017("monat", "Monat", month.atDay(1));
        Integer age = input.whole("alter", "Alter der pflegebedürftigen Person", form.get("alter"), 0, 130, null);
        LocalDate homeCareSince = input.date("pflegeSeit", "Zu Hause gepflegt seit", form.get("pflegeSeit"), null);
        YearMonth lastVisit = input.month("letzteBeratung", "Letzter Beratungseinsatz", form.get("letzteBeratung"), null);
        MonthUsage usage = usage(input, form, "");
        BigDecimal saved = input.euro("entlastungGespart", "Angesparter Entlastungsbetrag", form.get("entlastungGespart"));
        BigDecimal lastYear = input.euro("entlastungVorjahr", "Entlastungsbetrag aus dem Vorjahr", form.get("entlastungVorjahr"));
        BigDecimal vpUsed = input.euro("vpGenutzt", "Verhinderungspflege bereits genutzt", form.get("vpGenutzt"));
        BigDecimal kzpUsed = input.euro("kzpGenutzt", "Kurzzeitpflege bereits genutzt", form.get("kzpGenutzt"));
        model.addAttribute("errors", input.errors());
        if (input.hasErrors()) {
            return "benefits/month-plan";
        }
        try {
            PlanResults.MonthPlan plan = benefits.monthPlan(new MonthPlanInput(month, grade, age, homeCareSince, saved,
                    lastYear, vpUsed, kzpUsed, lastVisit, usage));
            model.addAttribute("result", MonthView.of(plan.month()));
            model.addAttribute("pflegegradValue", grade);
        } catch (InvalidInput e) {
            model.addAttribute("errors", Map.of("pflegegrad", e.getMessage()));
        }
        return "benefits/month-plan";
    }

    private static MonthUsage usage(FormInput input, Map<String, String> form, String prefix) {
        int tagespflegeDays = input.whole(prefix + "tpTage", "Tage in der Tagespflege", form.get(prefix + "tpTage"), 0, 31, 0);
        int vpDays = input.whole(prefix + "vpTage", "Ganze Tage Verhinderungspflege", form.get(prefix + "vpTage"), 0, 31, 0);
        int vpHours = input.whole(prefix + "vpStundenTage", "Tage mit stundenweiser Verhinderungspflege",
                form.get(prefix + "vpStundenTage"), 0, 31, 0);
        int kzpDays = input.whole(prefix + "kzpTage", "Tage in der Kurzzeitpflege", form.get(prefix + "kzpTage"), 0, 31, 0);
        Carer carer = "other".equals(form.get(prefix + "carer")) ? Carer.OTHER : Carer.RELATIVE;
        return MonthUsage.none()
                .withPflegedienst(input.euro(prefix + "pflegedienst", "Kosten des Pflegedienstes", form.get(prefix + "pflegedienst")))
                .withTagespflege(tagespflegeDays, input.euro(prefix + "tpSatz", "Pflegekosten je Tag in der Tagespflege",
                        form.get(prefix + "tpSatz")))
                .withEntlastungsangebote(input.euro(prefix + "entlastung", "Kosten für Hilfen im Alltag", form.get(prefix + "entlastung")))
                .withVerhinderungspflege(input.euro(prefix + "vpKosten", "Kosten der Verhinderungspflege", form.get(prefix + "vpKosten")),
                        vpDays, vpHours, carer, input.euro(prefix + "vpAuslagen", "Nachgewiesene Auslagen der Angehörigen",
                                form.get(prefix + "vpAuslagen")))
                .withKurzzeitpflege(input.euro(prefix + "kzpKosten", "Pflegekosten der Kurzzeitpflege", form.get(prefix + "kzpKosten")),
                        kzpDays)
                .withPflegehilfsmittel(input.euro(prefix + "hilfsmittel", "Pflegehilfsmittel zum Verbrauch", form.get(prefix + "hilfsmittel")))
                .withBeratungseinsatz("ja".equals(form.get(prefix + "beratung")));
    }

    @GetMapping("/leistungen/jahresbudget")
    String yearPlanForm(@RequestParam(required = false) String pflegegrad, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("pflegegrad", pflegegrad == null ? "" : pflegegrad);
        form.put("jahr", String.valueOf(LocalDate.now().getYear()));
        form.put("carer", "relative");
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        model.addAttribute("monthNames", monthNames());
        return "benefits/year-plan";
    }

    @PostMapping("/leistungen/jahresbudget")
    String yearPlan(@RequestParam Map<String, String> form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("monthNames", monthNames());
        FormInput input = new FormInput();
        int grade = input.pflegegrad("pflegegrad", form.get("pflegegrad"));
        Integer year = input.whole("jahr", "Jahr", form.get("jahr"), 2017, 2100, LocalDate.now().getYear());
        Integer age = input.whole("alter", "Alter der pflegebedürftigen Person", form.get("alter"), 0, 130, null);
        BigDecimal lastYear = input.euro("entlastungVorjahr", "Entlastungsbetrag aus dem Vorjahr", form.get("entlastungVorjahr"));
        YearMonth lastVisit = input.month("letzteBeratung", "Letzter Beratungseinsatz", form.get("letzteBeratung"), null);
        MonthUsage typical = usage(input, form, "");
        Integer vpMonth = input.whole("vpMonat", "Monat der Verhinderungspflege", form.get("vpMonat"), 1, 12, null);
        Integer kzpMonth = input.whole("kzpMonat", "Monat der Kurzzeitpflege", form.get("kzpMonat"), 1, 12, null);
        model.addAttribute("errors", input.errors());
        if (input.hasErrors()) {
            return "benefits/year-plan";
        }
        MonthUsage everyMonth = typical.withVerhinderungspflege(BigDecimal.ZERO, 0, 0, typical.verhinderungspflegeCarer(),
                BigDecimal.ZERO).withKurzzeitpflege(BigDecimal.ZERO, 0).withBeratungseinsatz(false);
        List<MonthUsage> months = new ArrayList<>(Collections.nCopies(12, everyMonth));
        if (vpMonth != null) {
            months.set(vpMonth - 1, months.get(vpMonth - 1).withVerhinderungspflege(typical.verhinderungspflegeEuro(),
                    typical.verhinderungspflegeDays(), typical.verhinderungspflegeHourlyDays(),
                    typical.verhinderungspflegeCarer(), typical.verhinderungspflegeExtraExpensesEuro()));
        }
        if (kzpMonth != null) {
            months.set(kzpMonth - 1, months.get(kzpMonth - 1).withKurzzeitpflege(typical.kurzzeitpflegeEuro(),
                    typical.kurzzeitpflegeDays()));
        }
        PlanResults.Year plan = benefits.yearPlan(new YearPlanInput(year, grade, age, null, lastYear, lastVisit, months));
        model.addAttribute("result", YearView.of(plan));
        model.addAttribute("pflegegradValue", grade);
        return "benefits/year-plan";
    }

    private static List<String> monthNames() {
        List<String> names = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            names.add(java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.GERMANY));
        }
        return names;
    }
}
