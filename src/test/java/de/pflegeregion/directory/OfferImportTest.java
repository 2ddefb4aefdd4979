package de.pflegeregion.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

@IntegrationTest
class OfferImportTest {

    private static final String HEADER = "name;offer_types;street;postal_code;city;phone;email;website;places;features;source\n";
    private static final String GOOD_ROW = "Tagespflege Am Markt;tagespflege|kurzzeitpflege;Marktplatz 1;85283;Wolnzach;08442 1;;;tagespflege=12;\"Mo–Fr; Fahrdienst\";Pflege zu Hause S. 14\n";

    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    OfferImport offerImport;

    Tenant county;
    Account admin;

    @BeforeEach
    void county() {
        DirectoryFixtures fixtures = new DirectoryFixtures(tenants, accounts, registry);
        county = fixtures.county();
        admin = fixtures.admin(county);
    }

    @Test
    void aGoodFileImportsEveryRow() {
        ImportReport report = importCsv(HEADER + GOOD_ROW
                + "Beratungsstelle;beratung;;85276;Pfaffenhofen a.d.Ilm;;info@example.org;https://example.org;;;Kap. 9\n");

        assertThat(report.successful()).isTrue();
        assertThat(report.imported()).isEqualTo(2);
        List<Offer> offers = registry.ofTenant(county.id(), false);
        assertThat(offers).extracting(Offer::name).containsExactly("Beratungsstelle", "Tagespflege Am Markt");
        Offer tagespflege = offers.get(1);
        assertThat(tagespflege.capacity()).containsEntry("tagespflege", 12);
        assertThat(tagespflege.notes()).isEqualTo("Mo–Fr; Fahrdienst");
        assertThat(tagespflege.source()).isEqualTo("Pflege zu Hause");
        assertThat(tagespflege.sourcePage()).isEqualTo("S. 14");
        assertThat(tagespflege.address().gemeindeAgs()).isEqualTo("09186162");
        assertThat(offers.getFirst().source()).isEqualTo("Testbroschüre");
        assertThat(offers.getFirst().sourcePage()).isEqualTo("Kap. 9");
    }

    @Test
    void wrongEncodingNamesLineAndColumnAndImportsNothing() {
        byte[] latin1 = (HEADER + GOOD_ROW + "Tagespflege Bärenweg;tagespflege;Hauptstraße 2;85283;Wolnzach;;;;;;\n"
                + "Ohne Art;;;85283;Wolnzach;;;;;;\n").getBytes(StandardCharsets.ISO_8859_1);

        ImportReport report = offerImport.importCsv(county.id(), latin1, "Testbroschüre", admin);

        // the good row has "–" (not in ISO-8859-1) only in a quoted field; Latin-1 turns it into '?', still valid UTF-8;
        // the rest of the file is still checked
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(3, "name"), tuple(3, "street"), tuple(4, "offer_types"));
        assertThat(report.problems().getFirst().message()).contains("UTF-8");
        assertNothingImported(report);
    }

    @Test
    void missingNameUnknownTypeAndBadPostcodeAreEachNamed() {
        ImportReport report = importCsv(HEADER + GOOD_ROW
                + ";beratung;;85276;Pfaffenhofen;;;;;;\n"
                + "Zauberhaus;zauberei;;85276;Pfaffenhofen;;;;;;\n"
                + "Postfach;beratung;;8527;Pfaffenhofen;;;;;;\n"
                + "Nirgendwo;beratung;;00000;;;;;;;\n");

        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::field).containsExactly(
                tuple(3, "name"),
                tuple(4, "offer_types"),
                tuple(5, "postal_code"),
                tuple(6, "postal_code"));
        assertThat(report.problems().get(1).message()).contains("zauberei");
        assertNothingImported(report);
    }

    @Test
    void duplicatesInTheFileAndInTheRegisterAreNamed() {
        registry.create(county.id(), DirectoryFixtures.draft("Pflegedienst Sonnenschein", "85290", "Geisenfeld", List.of("ambulant"), Map.of()), admin);
        String existing = "Pflegedienst Sonnenschein;ambulant;Hauptstraße 1;85290;Geisenfeld;;;;;;\n";

        ImportReport report = importCsv(HEADER + GOOD_ROW + GOOD_ROW.replace("Marktplatz 1", " marktplatz  1") + existing);

        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::field).containsExactly(
                tuple(3, "name"),
                tuple(4, "name"));
        assertThat(report.problems().get(0).message()).contains("Zeile 2");
        assertThat(report.problems().get(1).message()).contains("schon im Verzeichnis");
        assertThat(registry.ofTenant(county.id(), false)).hasSize(1);
    }

    @Test
    void badPlacesAndUncountableTypesAreNamed() {
        ImportReport report = importCsv(HEADER
                + "Tagespflege A;tagespflege;;85283;Wolnzach;;;;tagespflege:12;;\n"
                + "Beratung B;beratung;;85283;Wolnzach;;;;beratung=3;;\n"
                + "Beratung C;beratung;;85283;Wolnzach;;kein-mail;www.example.org;;;\n");

        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::field).containsExactly(
                tuple(2, "places"),
                tuple(3, "places"),
                tuple(4, "email"),
                tuple(4, "website"));
        assertNothingImported(report);
    }

    @Test
    void unknownOrMissingColumnsAndSurplusFieldsAreNamed() {
        assertThat(importCsv("name;typen\nA;beratung\n").problems()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(1, "typen"), tuple(1, "offer_types"));
        assertThat(importCsv("name;offer_types\nA;beratung;zuviel\n").problems()).extracting(ImportProblem::line).containsExactly(2);
        assertThat(importCsv("").problems()).hasSize(1);
        assertThat(registry.ofTenant(county.id(), false)).isEmpty();
    }

    private ImportReport importCsv(String csv) {
        return offerImport.importCsv(county.id(), csv.getBytes(StandardCharsets.UTF_8), "Testbroschüre", admin);
    }

    private void assertNothingImported(ImportReport report) {
        assertThat(report.successful()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(registry.ofTenant(county.id(), false)).isEmpty();
    }
}
