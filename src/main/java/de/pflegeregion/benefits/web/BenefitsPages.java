package de.pflegeregion.benefits.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import de.pflegeregion.benefits.BenefitKind;
import de.pflegeregion.benefits.Benefits;
import de.pflegeregion.benefits.Entitlement;
import de.pflegeregion.benefits.Entitlements;
import de.pflegeregion.benefits.Land;
import de.pflegeregion.benefits.PlanResults;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.site.GermanNumbers;
import de.pflegeregion.site.GermanTime;
import de.pflegeregion.site.PdfRenderer;
import jakarta.validation.Valid;

/**
 * The citizen pages of the benefits calculator: what a person is entitled to on a day, a month plan
 * and a year budget. Forms are bound to form objects (German numbers and dates) and checked with Bean
 * Validation; the page shows what was typed, with one message per field. Nothing is stored.
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
    private final Clock clock;

    BenefitsPages(BrochureNotes brochures, PdfRenderer pdf, Clock clock) {
        this.brochures = brochures;
        this.pdf = pdf;
        this.clock = clock;
    }

    @InitBinder({"entitlementsForm", "monthPlanForm", "yearPlanForm"})
    void germanInput(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.addCustomFormatter(GermanNumbers.EURO_INPUT, BigDecimal.class);
        binder.addCustomFormatter(GermanTime.DATE_INPUT, LocalDate.class);
        binder.addCustomFormatter(GermanTime.MONTH_INPUT, YearMonth.class);
        binder.registerCustomEditor(Integer.class, new CustomNumberEditor(Integer.class, true));
        binder.registerCustomEditor(Land.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String code) {
                // "BY" or "by", as the Land's own code check reads it
                setValue(code.isBlank() ? null : Land.fromCode(code).orElseThrow(() -> new IllegalArgumentException(code)));
            }
        });
    }

    @ModelAttribute("laender")
    List<Land> laender() {
        return List.of(Land.values());
    }

    @GetMapping("/leistungen")
    String entitlements(@Valid EntitlementsForm input, BindingResult result, @RequestParam Map<String, String> sent,
            Model model) {
        Map<String, String> form = new LinkedHashMap<>(sent);
        form.putIfAbsent("datum", LocalDate.now(clock).toString());
        model.addAttribute("form", form);
        if (!sent.containsKey("pflegegrad")) {
            model.addAttribute("errors", Map.of());
            return "benefits/entitlements";
        }
        Map<String, String> errors = FormErrors.of(result, sent);
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            addEntitlements(model, input.pflegegrad, day(input), input.land);
        }
        return "benefits/entitlements";
    }

    @GetMapping("/leistungen/zusammenfassung.pdf")
    ResponseEntity<byte[]> summaryPdf(@Valid EntitlementsForm input, BindingResult result,
            @RequestParam Map<String, String> sent) {
        Map<String, String> errors = FormErrors.of(result, sent);
        if (!errors.isEmpty()) {
            // back to the form, which names each field that is wrong and keeps what was entered
            UriComponentsBuilder form = UriComponentsBuilder.fromPath("/leistungen");
            sent.forEach(form::queryParam);
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(form.build().encode().toUri()).build();
        }
        LocalDate day = day(input);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("rows", rows(benefits.entitlements(input.pflegegrad, day, input.land)));
        variables.put("rules", FurtherRules.on(benefits, input.pflegegrad, day));
        variables.put("pflegegrad", input.pflegegrad);
        variables.put("datum", GermanTime.date(day));
        variables.put("land", input.land == null ? null : input.land.germanName());
        byte[] document = pdf.render("benefits/summary-pdf", variables);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("leistungen-pflegegrad-" + input.pflegegrad + "-" + day + ".pdf").build().toString())
                .body(document);
    }

    /** Every county brochure's amounts beside the law's, on a day (today unless asked). */
    @GetMapping("/leistungen/broschueren")
    String brochures(@Valid EntitlementsForm input, BindingResult result, Model model) {
        LocalDate day = result.hasFieldErrors("datum") ? LocalDate.now(clock) : day(input);
        model.addAttribute("datumText", GermanTime.date(day));
        model.addAttribute("comparisons", brochures.comparison(day));
        return "benefits/brochures";
    }

    private LocalDate day(EntitlementsForm input) {
        return input.datum == null ? LocalDate.now(clock) : input.datum;
    }

    private void addEntitlements(Model model, int grade, LocalDate day, Land land) {
        Entitlements entitlements = benefits.entitlements(grade, day, land);
        model.addAttribute("rows", rows(entitlements));
        model.addAttribute("rules", FurtherRules.on(benefits, grade, day));
        model.addAttribute("pflegegradValue", grade);
        model.addAttribute("datumText", GermanTime.date(day));
        model.addAttribute("landName", land == null ? null : land.germanName());
        model.addAttribute("landWithoutOwnBenefits", land != null
                && entitlements.items().size() == BenefitKind.values().length);
        model.addAttribute("pdfLink", "/leistungen/zusammenfassung.pdf?pflegegrad=" + grade + "&datum=" + day
                + (land == null ? "" : "&land=" + land.name()));
    }

    private List<EntitlementRow> rows(Entitlements entitlements) {
        List<EntitlementRow> rows = new ArrayList<>();
        for (Entitlement item : entitlements.items()) {
            rows.add(new EntitlementRow(item.key(), item.title(), GermanNumbers.euro(item.amount()), Display.per(item.per()),
                    item.explanation(), item.legalBasis(), GermanTime.date(item.validFrom()), item.confirmed(),
                    item.amount() != null,
                    brochures.notes(item.key(), entitlements.pflegegrad(), entitlements.date(), item.amount())));
        }
        return rows;
    }

    @GetMapping("/leistungen/monatsplan")
    String monthPlanForm(@RequestParam(required = false) String pflegegrad, Model model) {
        return blankPlan("benefits/month-plan", pflegegrad, "monat", YearMonth.now(clock).toString(), model);
    }

    @PostMapping("/leistungen/monatsplan")
    String monthPlan(@Valid MonthPlanForm input, BindingResult result, @RequestParam Map<String, String> sent, Model model) {
        if (accepted(result, sent, model)) {
            try {
                PlanResults.MonthPlan plan = benefits.monthPlan(input.input(YearMonth.now(clock)));
                model.addAttribute("result", MonthView.of(plan.month()));
                model.addAttribute("pflegegradValue", input.pflegegrad);
            } catch (InvalidInput e) {
                model.addAttribute("errors", Map.of("pflegegrad", e.getMessage()));
            }
        }
        return "benefits/month-plan";
    }

    @GetMapping("/leistungen/jahresbudget")
    String yearPlanForm(@RequestParam(required = false) String pflegegrad, Model model) {
        return blankPlan("benefits/year-plan", pflegegrad, "jahr", String.valueOf(LocalDate.now(clock).getYear()), model);
    }

    @PostMapping("/leistungen/jahresbudget")
    String yearPlan(@Valid YearPlanForm input, BindingResult result, @RequestParam Map<String, String> sent, Model model) {
        if (accepted(result, sent, model)) {
            model.addAttribute("result", YearView.of(benefits.yearPlan(input.input(LocalDate.now(clock).getYear()))));
            model.addAttribute("pflegegradValue", input.pflegegrad);
        }
        return "benefits/year-plan";
    }

    /** An empty plan form for this month or year in the county, relatives as carers. */
    private static String blankPlan(String view, String pflegegrad, String period, String now, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("pflegegrad", pflegegrad == null ? "" : pflegegrad);
        form.put(period, now);
        form.put("carer", "relative");
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        return view;
    }

    /** Shows what was typed and one message per rejected field; true when the plan can be computed. */
    private static boolean accepted(BindingResult result, Map<String, String> sent, Model model) {
        Map<String, String> errors = FormErrors.of(result, sent);
        model.addAttribute("form", sent);
        model.addAttribute("errors", errors);
        return errors.isEmpty();
    }
}
