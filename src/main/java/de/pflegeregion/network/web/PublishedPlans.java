package de.pflegeregion.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import de.pflegeregion.network.Handlungsfelder.Handlungsfeld;
import de.pflegeregion.network.internal.MeasurePlan;
import de.pflegeregion.platform.Tenant;

/**
 * The published plans of the public /massnahmen pages, kept per node while the plan's stamp, the day (the traffic
 * light depends on it) and the county list stay the same. Nothing is invalidated locally: every request reads the
 * stamp (one statement), so a change made on another node shows in the next request.
 */
@Component
class PublishedPlans {

    /** One county's published plan, grouped by Handlungsfeld (only fields with measures). */
    record CountyPlan(Tenant county, List<Handlungsfeld> fields, Map<String, List<MeasurePlan.MeasureView>> byField, int count, long done) {
    }

    private record Key(MeasurePlan.PlanStamp stamp, LocalDate today, List<Tenant> counties) {
    }

    private record Snapshot(Key key, Map<String, List<CountyPlan>> bySlug) {
    }

    private static final String ALL = "";

    private final MeasurePlan plan;
    private final MeasureCoordinator counties;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(null, Map.of());

    PublishedPlans(MeasurePlan plan, MeasureCoordinator counties, Clock clock) {
        this.plan = plan;
        this.counties = counties;
        this.clock = clock;
    }

    /** Every county's published plan, or only the one with that slug (blank: all; unknown: none). */
    List<CountyPlan> of(String kreis) {
        List<Tenant> all = counties.all();
        String slug = kreis == null || kreis.isBlank() ? ALL : kreis;
        if (!slug.equals(ALL) && all.stream().noneMatch(t -> t.slug().equals(slug))) {
            return List.of(); // not kept: the cache holds at most one entry per known county
        }
        Key key = new Key(plan.stamp(), LocalDate.now(clock), all);
        Snapshot current = snapshot;
        if (!key.equals(current.key())) {
            current = new Snapshot(key, new ConcurrentHashMap<>());
            snapshot = current;
        }
        return current.bySlug().computeIfAbsent(slug, s -> read(all, s));
    }

    private List<CountyPlan> read(List<Tenant> all, String slug) {
        List<Long> withPublished = plan.countiesWithPublished();
        return all.stream().filter(t -> withPublished.contains(t.id()))
                .filter(t -> slug.equals(ALL) || t.slug().equals(slug))
                .map(t -> {
                    MeasurePlan.Overview overview = plan.publishedOverview(t);
                    List<MeasurePlan.MeasureView> views = MeasurePlan.flatten(overview.roots());
                    Map<String, List<MeasurePlan.MeasureView>> byField = new LinkedHashMap<>(MeasurePages.byField(views));
                    List<Handlungsfeld> fields = overview.handlungsfelder().stream().filter(h -> byField.containsKey(h.code())).toList();
                    long done = views.stream().filter(v -> v.measure().status().done()).count();
                    return new CountyPlan(t, fields, Collections.unmodifiableMap(byField), views.size(), done);
                }).toList();
    }
}
