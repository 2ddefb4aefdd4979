package de.pflegeregion.planning.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.pflegeregion.planning.PlanningGaps;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.platform.Tenants;

/**
 * {@link PlanningGaps} from the county's stored data: the status-quo forecast of the base year, with the live
 * register's places. A closed gap stays visible (current() looks at every balance, not only shortages).
 */
@Component
class PlanningGapsAccess implements PlanningGaps {

    private final PlanningData data;
    private final Tenants tenants;

    PlanningGapsAccess(PlanningData data, Tenants tenants) {
        this.data = data;
        this.tenants = tenants;
    }

    @Override
    public Optional<Gap> current(long countyId, String offerType, String area) {
        return all(countyId).stream().filter(g -> g.offerType().equals(offerType) && g.area().equals(area)).findFirst();
    }

    @Override
    public List<Gap> shortages(long countyId) {
        return all(countyId).stream().filter(g -> g.gap() != null && g.gap() > 0).toList();
    }

    @Override
    public Map<String, String> gemeinden(long countyId) {
        Map<String, String> gemeinden = new LinkedHashMap<>();
        tenants.byId(countyId).ifPresent(c -> data.areas(c).forEach(a -> gemeinden.putIfAbsent(a.gemeindeAgs(), a.name())));
        return gemeinden;
    }

    private List<Gap> all(long countyId) {
        // the same cached forecast the planning pages show, current as of the county's data version and the register
        return tenants.byId(countyId)
                .map(data::current)
                .flatMap(now -> now.forecaster(null).flatMap(f -> f.baseYear().isPresent()
                        ? now.forecast(null, f.baseYear().getAsInt(), Scenario.STATUS_QUO).map(PlanningGaps::of)
                        : Optional.empty()))
                .orElse(List.of());
    }
}
