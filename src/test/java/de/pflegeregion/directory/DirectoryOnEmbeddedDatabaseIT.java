package de.pflegeregion.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import de.pflegeregion.PflegeregionApplication;
import de.pflegeregion.directory.internal.DemoData;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** The register's SQL is portable: demo counties, search, free places, import and export on the embedded H2 default. */
class DirectoryOnEmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void demoSearchReportAndImportWorkOnH2() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PflegeregionApplication.class)
                .run("--pflegeregion.data-dir=" + dataDir, "--server.port=0", "--pflegeregion.demo-data=false")) {
            app.getBean(DemoData.class).ensureDemoCounties();
            Tenants tenants = app.getBean(Tenants.class);
            OfferRegistry registry = app.getBean(OfferRegistry.class);
            OfferSearch search = app.getBean(OfferSearch.class);
            Accounts accounts = app.getBean(Accounts.class);

            Tenant paf = tenants.bySlug(DemoData.PFAFFENHOFEN_SLUG).orElseThrow();
            assertThat(registry.ofTenant(paf.id(), false)).hasSize(38);
            Account provider = accounts.byUsername("tagespflege-wolnzach").orElseThrow();
            Offer offer = registry.offersOf(provider).getFirst();
            registry.reportFreePlaces(offer.id(), offer.version(), Map.of("tagespflege", 2), provider);

            SearchResult result = search.search(new OfferQuery("85283", 10.0, List.of("tagespflege"), true, null, null, null));
            assertThat(result.offers()).extracting(hit -> hit.offer().name()).containsExactly("Haus der Generationen");
            assertThat(result.offers().getFirst().freePlaces().get("tagespflege").current()).isTrue();

            OfferExport export = app.getBean(OfferExport.class);
            Tenant copy = tenants.create("kopie", "Kopie", "09186");
            OfferTypes offerTypes = app.getBean(OfferTypes.class);
            offerTypes.visibleTo(paf.id()).stream().filter(t -> t.tenantId() != null)
                    .forEach(t -> offerTypes.addCountyType(copy.id(), t.code(), t.label(), t.hasPlaces()));
            Account admin = accounts.create("admin-kopie", "Test-Passwort-123", de.pflegeregion.platform.Role.COUNTY_ADMIN, copy.id(), "Admin", "test");
            ImportReport report = app.getBean(OfferImport.class).importCsv(copy.id(),
                    export.csv(paf.id()).getBytes(StandardCharsets.UTF_8), "Export", admin);
            assertThat(report.problems()).isEmpty();
            assertThat(report.imported()).isEqualTo(38);
        }
    }
}
