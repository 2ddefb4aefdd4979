package de.pflegeregion.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import de.pflegeregion.network.ReportSection;
import de.pflegeregion.network.internal.NetworkReportStore;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.site.PdfRenderer;

/**
 * The network's yearly report for the Kreistag as a tagged PDF: every {@link ReportSection} of the network
 * in its order (structure and attendance, decisions, measures, gaps, funding). The coordinator drafts and
 * publishes it at /netzwerk/bericht; the published reports are public at /massnahmen/bericht.
 */
@Controller
class NetworkReportPages {

    private final MeasureCoordinator coordinator;
    private final List<ReportSection> sections;
    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final NetworkReportStore store;
    private final Clock clock;

    NetworkReportPages(MeasureCoordinator coordinator, List<ReportSection> sections, ITemplateEngine templates, PdfRenderer pdf,
                       NetworkReportStore store, Clock clock) {
        this.coordinator = coordinator;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
        this.templates = templates;
        this.pdf = pdf;
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/netzwerk/bericht")
    String page(Authentication authentication, Model model) {
        Tenant county = coordinator.of(authentication);
        model.addAttribute("tenant", county);
        model.addAttribute("year", LocalDate.now(clock).getYear());
        model.addAttribute("published", store.published().stream().filter(p -> p.tenantId() == county.id()).toList());
        model.addAttribute("sectionCount", sections.size());
        return "network/report/report-page";
    }

    @GetMapping("/netzwerk/bericht.pdf")
    ResponseEntity<byte[]> draft(@RequestParam(required = false) Integer jahr, Authentication authentication) {
        Tenant county = coordinator.of(authentication);
        int year = year(jahr);
        return inline(render(county, year, false), "netzwerkbericht-entwurf-" + year + ".pdf");
    }

    @PostMapping("/netzwerk/bericht/veroeffentlichen")
    String publish(@RequestParam(required = false) Integer jahr, Authentication authentication, RedirectAttributes redirect) {
        Tenant county = coordinator.of(authentication);
        int year = year(jahr);
        store.publish(county.id(), year, render(county, year, true), authentication.getName(), clock.instant());
        redirect.addFlashAttribute("message", "Der Bericht " + year + " ist veröffentlicht.");
        return "redirect:/netzwerk/bericht";
    }

    @GetMapping("/massnahmen/bericht")
    String publishedList(Model model) {
        Map<Long, Tenant> byId = new HashMap<>();
        coordinator.all().forEach(t -> byId.put(t.id(), t));
        List<Map<String, Object>> list = new ArrayList<>();
        for (NetworkReportStore.Published p : store.published()) {
            Tenant t = byId.get(p.tenantId());
            if (t != null) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("county", t);
                row.put("year", p.year());
                row.put("publishedAt", p.publishedAt());
                list.add(row);
            }
        }
        model.addAttribute("reports", list);
        return "network/report/report-list";
    }

    @GetMapping("/massnahmen/bericht/{slug}/{jahr}.pdf")
    ResponseEntity<byte[]> publishedPdf(@PathVariable String slug, @PathVariable int jahr) {
        Tenant county = coordinator.all().stream().filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] report = store.pdf(county.id(), jahr).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return inline(report, "netzwerkbericht-" + slug + "-" + jahr + ".pdf");
    }

    /** Each section's fragment rendered with its own model, then the whole report as one tagged PDF. */
    byte[] render(Tenant county, int year, boolean published) {
        List<String> parts = new ArrayList<>();
        for (ReportSection s : sections) {
            String[] ref = s.fragment().split("::", 2);
            Context context = new Context(Locale.GERMANY, new HashMap<>(s.model(county, year)));
            context.setVariable("tenant", county);
            context.setVariable("year", year);
            parts.add(ref.length == 2 ? templates.process(ref[0].strip(), Set.of(ref[1].strip()), context) : templates.process(ref[0].strip(), context));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("tenant", county);
        model.put("year", year);
        model.put("published", published);
        model.put("date", LocalDate.now(clock));
        model.put("parts", parts);
        return pdf.render("network/report/report-pdf", model);
    }

    private int year(Integer jahr) {
        int now = LocalDate.now(clock).getYear();
        if (jahr == null) {
            return now;
        }
        if (jahr < 2000 || jahr > now) {
            throw new de.pflegeregion.platform.InvalidInput("jahr", "Jahr: Bitte ein Berichtsjahr von 2000 bis " + now + ".");
        }
        return jahr;
    }

    private static ResponseEntity<byte[]> inline(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString()).body(content);
    }
}
