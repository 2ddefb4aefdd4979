package de.pflegeregion.network.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.pflegeregion.network.Measure;
import de.pflegeregion.network.internal.MeasurePlan;

/** A published measure as GET /api/v1/network/{kreisAgs}/measures returns it: the same as its public page. */
record MeasureJson(long id, String kind, Long parentId, Handlungsfeld handlungsfeld, String title, String description, String owner,
                   String partners, LocalDate start, LocalDate end, String status, String statusLabel, BigDecimal progress,
                   TrafficLight trafficLight, List<Milestone> milestones, Indicator indicator, BigDecimal budgetEur, String funding,
                   String decision, Gap gap, boolean measureDone, String url, Instant updated, List<Change> history) {

    record Handlungsfeld(String code, String title) {
    }

    record TrafficLight(String colour, List<String> reasons) {
    }

    record Milestone(String title, LocalDate planned, LocalDate actual) {
    }

    record Value(LocalDate date, BigDecimal value) {
    }

    record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, LocalDate deadline, List<Value> values) {
    }

    /** The linked gap: places missing at the link, now (null if planning cannot say) and whether it is closed (null = unknown). */
    record Gap(String offerType, String area, BigDecimal baseline, Double current, Integer year, Boolean closed) {
    }

    record Change(Instant at, String summary) {
    }

    /** The county and its published measures. */
    record List_(String county, String kreisAgs, int count, List<MeasureJson> measures) {
    }

    static MeasureJson of(MeasurePlan.MeasureView v, String baseUrl) {
        Measure m = v.measure();
        Indicator indicator = m.hasIndicator() ? new Indicator(m.indicatorName(), m.indicatorUnit(), m.indicatorBaseline(), m.indicatorTarget(),
                m.indicatorDeadline(), v.values().stream().map(x -> new Value(x.measuredOn(), x.value())).toList()) : null;
        Gap gap = v.gap() == null ? null : new Gap(m.gapOfferType(), m.gapArea(), m.gapBaseline(),
                v.gap().current() == null ? null : v.gap().current().gap(), v.gap().current() == null ? null : v.gap().current().year(),
                v.gap().current() == null || !v.gap().current().measurable() ? null : v.gap().gapClosed());
        return new MeasureJson(m.id(), m.kind().code(), m.parentId(), new Handlungsfeld(m.handlungsfeld(), v.handlungsfeldTitle()), m.title(),
                m.description(), m.ownerName(), m.partners(), m.start(), m.end(), m.status().code(), m.status().label(), v.progress(),
                new TrafficLight(v.light().colour().code(), v.light().reasons()),
                v.milestones().stream().map(x -> new Milestone(x.title(), x.planned(), x.actual())).toList(), indicator, m.budget(), m.funding(),
                m.decisionRef(), gap, m.status().done(), baseUrl + "/massnahmen/" + m.id(), m.updatedAt(),
                v.changes().stream().map(c -> new Change(c.changedAt(), c.summary())).toList());
    }
}
