package de.pflegeregion.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class OfferExportTest {

    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    OfferImport offerImport;
    @Autowired
    OfferExport export;

    @Test
    void csvExportImportsUnchangedIntoAnotherCounty() {
        DirectoryFixtures fixtures = new DirectoryFixtures(tenants, accounts, registry);
        Tenant from = fixtures.county();
        Account fromAdmin = fixtures.admin(from);
        OfferDraft tricky = new OfferDraft("Tagespflege \"Sonne\"; Wolnzach", List.of("tagespflege", "kurzzeitpflege"), "Ziegelstraße 11",
                "85283", "Wolnzach", null, null, "08442 9242-0", "info@example.org", "https://example.org", null, null, null,
                "Tagesgäste auch am Wochenende;\nbeschützende Abteilung", "Pflege zu Hause", "S. 12, 14", null,
                Map.of("tagespflege", 10), List.of());
        registry.create(from.id(), tricky, fromAdmin);
        Offer retired = fixtures.offer(from, fromAdmin, "Geschlossen", "85276", "Pfaffenhofen", List.of("beratung"), Map.of());
        registry.retire(retired.id(), retired.version(), fromAdmin);

        String csv = export.csv(from.id());
        Tenant to = fixtures.county();
        ImportReport report = offerImport.importCsv(to.id(), csv.getBytes(StandardCharsets.UTF_8), "Export", fixtures.admin(to));

        assertThat(report.problems()).isEmpty();
        assertThat(registry.ofTenant(to.id(), false)).singleElement().satisfies(copy -> {
            assertThat(copy.name()).isEqualTo(tricky.name());
            assertThat(copy.types()).containsExactlyInAnyOrderElementsOf(tricky.types());
            assertThat(copy.notes()).isEqualTo(tricky.notes());
            assertThat(copy.capacity()).isEqualTo(tricky.capacity());
            assertThat(copy.source()).isEqualTo("Pflege zu Hause");
            assertThat(copy.sourcePage()).isEqualTo("S. 12, 14");
            assertThat(copy.address().gemeindeAgs()).isEqualTo("09186162");
        });
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulaAreNeutralisedAndImportBackUnchanged() {
        DirectoryFixtures fixtures = new DirectoryFixtures(tenants, accounts, registry);
        Tenant from = fixtures.county();
        Account fromAdmin = fixtures.admin(from);
        // far from the places other tests search around, so it never crowds their first results page
        OfferDraft hostile = new OfferDraft("=HYPERLINK(\"http://evil.example\";\"Klick\")", List.of("beratung"), "@Straße 1",
                "24937", "Flensburg", null, null, "+49 8442 1234", null, null, null, null, null,
                "-2+3", "'=schon geschützt", null, null, Map.of(), List.of());
        registry.create(from.id(), hostile, fromAdmin);

        String csv = export.csv(from.id());

        assertThat(csv.lines().skip(1)).singleElement().satisfies(line -> assertThat(line)
                .startsWith("\"'=HYPERLINK(").contains(";'@Straße 1;").contains(";'+49 8442 1234;").contains(";'-2+3;")
                .contains(";''=schon geschützt"));
        Tenant to = fixtures.county();
        ImportReport report = offerImport.importCsv(to.id(), csv.getBytes(StandardCharsets.UTF_8), "Export", fixtures.admin(to));
        assertThat(report.problems()).isEmpty();
        assertThat(registry.ofTenant(to.id(), false)).singleElement().satisfies(copy -> {
            assertThat(copy.name()).isEqualTo(hostile.name());
            assertThat(copy.address().street()).isEqualTo(hostile.street());
            assertThat(copy.phone()).isEqualTo(hostile.phone());
            assertThat(copy.notes()).isEqualTo(hostile.notes());
            assertThat(copy.source()).isEqualTo(hostile.source());
        });
    }

    @Test
    void geoJsonExportHasOnePointFeaturePerActiveOffer() {
        DirectoryFixtures fixtures = new DirectoryFixtures(tenants, accounts, registry);
        Tenant county = fixtures.county();
        Account admin = fixtures.admin(county);
        Offer offer = fixtures.offer(county, admin, "Tagespflege Geisenfeld", "85290", "Geisenfeld", List.of("tagespflege"), Map.of("tagespflege", 15));

        JsonNode collection = JsonMapper.builder().build().readTree(export.geoJson(county.id()));

        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").size()).isEqualTo(1);
        JsonNode feature = collection.get("features").get(0);
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(offer.lon());
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(offer.lat());
        assertThat(feature.get("properties").get("capacity").get("tagespflege").asInt()).isEqualTo(15);
    }
}
