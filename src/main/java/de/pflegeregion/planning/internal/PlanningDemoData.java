package de.pflegeregion.planning.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.pflegeregion.planning.Area;
import de.pflegeregion.planning.BenchmarkMethod;
import de.pflegeregion.planning.DemoPopulation;
import de.pflegeregion.planning.ShippedData;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * Planning data of the demo counties (profile "demo"), fed through the same import a planner uses:
 * Pfaffenhofen's 19 Gemeinden (real 2022 totals, age and sex estimated from Bayern) with the Bayern
 * projection, example benchmarks with their sources and two example Planungsräume; Kiel's 30
 * Stadtteile (2023, sex estimated) with the SH projection. Runs after the directory's demo counties exist.
 */
@Component
public class PlanningDemoData {

    static final String PFAFFENHOFEN = "landkreis-pfaffenhofen";
    static final String KIEL = "kiel";
    private static final String PASSWORD = "Pflegeregion-Demo-2026";
    private static final String ACTOR = "demo-daten";

    private final Tenants tenants;
    private final Accounts accounts;
    private final PlanningData data;
    private final boolean enabled;

    PlanningDemoData(Tenants tenants, Accounts accounts, PlanningData data, @Value("${pflegeregion.demo-data:false}") boolean enabled) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.data = data;
        this.enabled = enabled;
    }

    // the directory's demo listener (same event) creates the counties first: it is registered earlier
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void onStart() {
        if (enabled) {
            ensureDemoPlanning();
        }
    }

    /** Loads the demo planning data of each demo county that has none yet; safe to call repeatedly. */
    public void ensureDemoPlanning() {
        tenants.bySlug(PFAFFENHOFEN).filter(t -> data.imports(t).isEmpty()).ifPresent(this::pfaffenhofen);
        tenants.bySlug(KIEL).filter(t -> data.imports(t).isEmpty()).ifPresent(this::kiel);
    }

    private void pfaffenhofen(Tenant paf) {
        String estimate = DemoPopulation.pfaffenhofen2022(ShippedData.quotas(ShippedData.QUOTA_SETS.get(0)));
        load(paf, estimate, "bestand", null, "Demo – Altersstruktur geschätzt aus Bayern: pfaffenhofen_gemeinden_2022_geschaetzt.ffcsv");
        loadProjection(paf);
        List<Area> areas = data.areas(paf);
        double medianLat = areas.stream().filter(a -> a.point() != null).map(a -> a.point().lat()).sorted()
                .toList().get(areas.size() / 2);
        Map<String, List<String>> rooms = new LinkedHashMap<>();
        rooms.put("Nord", areas.stream().filter(a -> a.point() != null && a.point().lat() >= medianLat).map(Area::key).toList());
        rooms.put("Süd", areas.stream().filter(a -> a.point() == null || a.point().lat() < medianLat).map(Area::key).toList());
        SettingsDocument d = SettingsDocument.defaults();
        data.replaceSettings(paf, new SettingsDocument(Map.of(
                "vollstationaer", new SettingsDocument.BenchmarkEntry(BenchmarkMethod.PER_100_RESIDENTS, 13.8, 80,
                        "Beispiel: Planungsstandard des Kreises Herford, 13,8 vollstationäre Plätze je 100 Einwohner ab 80 (2015, Kreistag 2021; westfalen-blatt Mai 2021)"),
                "tagespflege", new SettingsDocument.BenchmarkEntry(BenchmarkMethod.PER_100_RESIDENTS, 0.3, 65,
                        "Beispiel: allgemeiner Richtwert 0,25–0,30 Tagespflegeplätze je 100 Einwohner ab 65 (Literatur, um 2013)")),
                d.pflegegradShares(), d.pflegegradSources(), 0.455, "headcount",
                "Bayern 15.12.2023: Beschäftigte je ambulant versorgter Person (Destatis 22411-0015/22421-0010, abgeleitet in reformradar-seiten)",
                d.accessibility(), rooms, d.scenarios(), Map.of()), ACTOR);
        account("planung-paf", paf, "Sozialplanung Landkreis Pfaffenhofen (Demo)");
    }

    private void kiel(Tenant kiel) {
        String estimate = DemoPopulation.kiel2023(ShippedData.quotas(ShippedData.QUOTA_SETS.get(1)));
        load(kiel, estimate, "bestand", null, "Demo – Geschlecht geschätzt aus Schleswig-Holstein: kiel_stadtteile_2023_geschaetzt.csv");
        loadProjection(kiel);
        account("planung-kiel", kiel, "Sozialplanung Landeshauptstadt Kiel (Demo)");
    }

    private void loadProjection(Tenant county) {
        ShippedData.landProjectionAsTemplate(county.kreisAgs()).ifPresent(template ->
                load(county, template, "prognose", ShippedData.PROJECTION_VARIANT, ShippedData.PROJECTION_FILE));
    }

    private void load(Tenant county, String csv, String kind, String variant, String fileName) {
        PlanningData.ImportResult r = data.importPopulation(county, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), kind,
                variant, fileName, ACTOR);
        LoggerFactory.getLogger(PlanningDemoData.class).info("Demo planning {}: {} {} rows for {} areas", county.name(), r.rows(), kind, r.areas());
    }

    private void account(String username, Tenant county, String name) {
        if (accounts.byUsername(username).isEmpty()) {
            accounts.create(username, PASSWORD, Role.PLANNER, county.id(), name, ACTOR);
        }
    }
}
