package de.pflegeregion.network.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import de.pflegeregion.network.Handlungsfelder.Handlungsfeld;
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

    MassnahmenPages(MeasureCoordinator counties, MeasurePlan plan) {
        this.counties = counties;
        this.plan = plan;
    }

    /** One county's published plan, grouped by Handlungsfeld (only fields with measures). */
    record CountyPlan(Tenant county, List<Handlungsfeld> fields, Map<String, List<MeasurePlan.MeasureView>> byField, int count, long done) {
    }

    @GetMapping("/massnahmen")
    String index(@RequestParam(required = false) String kreis, Model model) {
        model.addAttribute("plans", plans(kreis));
        return "massnahmen/index";
    }

    @GetMapping("/massnahmen/leichte-sprache")
    String easy(@RequestParam(required = false) String kreis, Model model) {
        model.addAttribute("plans", plans(kreis));
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

    private List<CountyPlan> plans(String kreis) {
        List<Long> withPublished = plan.countiesWithPublished();
        return counties.all().stream().filter(t -> withPublished.contains(t.id()))
                .filter(t -> kreis == null || kreis.isBlank() || t.slug().equals(kreis))
                .map(t -> {
                    MeasurePlan.Overview overview = plan.publishedOverview(t);
                    List<MeasurePlan.MeasureView> all = MeasurePlan.flatten(overview.roots());
                    Map<String, List<MeasurePlan.MeasureView>> byField = new LinkedHashMap<>(MeasurePages.byField(all));
                    List<Handlungsfeld> fields = overview.handlungsfelder().stream().filter(h -> byField.containsKey(h.code())).toList();
                    long done = all.stream().filter(v -> v.measure().status().done()).count();
                    return new CountyPlan(t, fields, byField, all.size(), done);
                }).toList();
    }

}
