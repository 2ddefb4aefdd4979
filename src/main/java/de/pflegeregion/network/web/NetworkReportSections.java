package de.pflegeregion.network.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.pflegeregion.directory.OfferTypes;
import de.pflegeregion.network.MeasureTrafficLight.Colour;
import de.pflegeregion.network.ReportSection;
import de.pflegeregion.network.internal.FoerderRegister;
import de.pflegeregion.network.internal.MeasurePlan;
import de.pflegeregion.platform.Tenant;

/** The Maßnahmenplan's parts of the Kreistag report: measures with progress and traffic lights (30), gaps from planning (40), funding (50). */
@Configuration(proxyBeanMethods = false)
class NetworkReportSections {

    @Bean
    ReportSection measuresReportSection(MeasurePlan plan) {
        return section(30, "network/report/report-measures :: section", (county, year) -> {
            List<MeasurePlan.MeasureView> all = MeasurePlan.flatten(plan.tree(county, false));
            Map<String, List<MeasurePlan.MeasureView>> byField = MeasurePages.byField(all);
            Map<String, Object> m = new HashMap<>();
            m.put("fields", plan.handlungsfelder(county).stream().filter(h -> byField.containsKey(h.code())).toList());
            m.put("byField", byField);
            m.put("count", all.size());
            m.put("done", all.stream().filter(v -> v.measure().status().done()).count());
            m.put("red", all.stream().filter(v -> v.light().colour() == Colour.RED).count());
            m.put("yellow", all.stream().filter(v -> v.light().colour() == Colour.YELLOW).count());
            m.put("green", all.stream().filter(v -> v.light().colour() == Colour.GREEN).count());
            return m;
        });
    }

    @Bean
    ReportSection gapsReportSection(MeasurePlan plan, OfferTypes offerTypes) {
        return section(40, "network/report/report-gaps :: section", (county, year) -> {
            Map<String, Object> m = new HashMap<>();
            m.put("shortages", plan.shortages(county));
            m.put("linked", MeasurePlan.flatten(plan.tree(county, false)).stream().filter(v -> v.gap() != null).toList());
            Map<String, String> labels = new LinkedHashMap<>();
            offerTypes.all().forEach(t -> labels.put(t.code(), t.label()));
            m.put("labels", labels);
            return m;
        });
    }

    @Bean
    ReportSection fundingReportSection(FoerderRegister register, MeasureFormat format) {
        return section(50, "network/report/report-funding :: section", (county, year) -> {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            List<FoerderRegister.Grant> grants = register.grants(county).stream()
                    .filter(g -> !g.periodTo().isBefore(from) && !g.periodFrom().isAfter(to)).toList();
            BigDecimal granted = grants.stream().filter(g -> g.status() == FoerderRegister.GrantStatus.BEWILLIGT || g.status() == FoerderRegister.GrantStatus.ABGERECHNET)
                    .map(FoerderRegister.Grant::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal own = grants.stream().filter(g -> g.status() == FoerderRegister.GrantStatus.BEWILLIGT || g.status() == FoerderRegister.GrantStatus.ABGERECHNET)
                    .map(FoerderRegister.Grant::ownShare).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, Object> m = new HashMap<>();
            m.put("grants", grants);
            m.put("granted", format.euros(granted));
            m.put("ownShare", format.euros(own));
            return m;
        });
    }

    private static ReportSection section(int order, String fragment, java.util.function.BiFunction<Tenant, Integer, Map<String, Object>> model) {
        return new ReportSection() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String fragment() {
                return fragment;
            }

            @Override
            public Map<String, Object> model(Tenant county, int year) {
                return model.apply(county, year);
            }
        };
    }
}
