package de.pflegeregion.network.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import de.pflegeregion.network.internal.MeasurePlan;
import de.pflegeregion.platform.Tenant;

/**
 * The public Maßnahmenplan (network spec, "Transparency"): published measures by Handlungsfeld with status,
 * progress and owner; each measure's page with milestones, indicator chart and table, linked gap and history;
 * and a short summary in Leichte Sprache.
 */
@Controller
class MassnahmenPages {

    private final MeasureCoordinator counties;
    private final MeasurePlan plan;
    private final PublishedPlans published;

    MassnahmenPages(MeasureCoordinator counties, MeasurePlan plan, PublishedPlans published) {
        this.counties = counties;
        this.plan = plan;
        this.published = published;
    }

    @GetMapping("/massnahmen")
    String index(@RequestParam(required = false) String kreis, Model model) {
        model.addAttribute("plans", published.of(kreis));
        return "massnahmen/index";
    }

    @GetMapping("/massnahmen/leichte-sprache")
    String easy(@RequestParam(required = false) String kreis, Model model) {
        model.addAttribute("plans", published.of(kreis));
        return "massnahmen/leichte-sprache";
    }

    @GetMapping("/massnahmen/{id}")
    String measure(@PathVariable long id, Model model) {
        Tenant county = plan.countyOf(id).flatMap(counties::byId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        MeasurePlan.MeasureView view = plan.view(county, id, true).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tenant", county);
        model.addAttribute("view", view);
        model.addAttribute("chart", MeasureChart.of(view.measure(), view.values()));
        return "massnahmen/detail";
    }
}
