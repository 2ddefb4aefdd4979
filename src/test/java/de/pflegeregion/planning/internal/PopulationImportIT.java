package de.pflegeregion.planning.internal;

import static de.pflegeregion.planning.PopulationFiles.NEW_HEADER;
import static de.pflegeregion.planning.PopulationFiles.OLD_HEADER;
import static de.pflegeregion.planning.PopulationFiles.TEMPLATE_HEADER;
import static de.pflegeregion.planning.PopulationFiles.oldLayoutArea;
import static de.pflegeregion.planning.PopulationFiles.oldLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.planning.Area;
import de.pflegeregion.planning.ImportError;
import de.pflegeregion.planning.PopulationFiles;
import de.pflegeregion.planning.PopulationSeries;
import de.pflegeregion.planning.Pyramid;
import de.pflegeregion.planning.RejectedFile;
import de.pflegeregion.planning.Scenario;
import de.pflegeregion.planning.Sex;
import de.pflegeregion.platform.AuditEntry;
import de.pflegeregion.platform.AuditLog;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** Every accepted layout and every way a file is rejected, stored on PostgreSQL; a rejected file stores nothing. */
@IntegrationTest
class PopulationImportIT {

    private static final String PAF = "09186143";
    private static final String WOLNZACH = "09186162";

    @Autowired
    PlanningData planning;
    @Autowired
    Tenants tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;

    Tenant county;

    @BeforeEach
    void newCounty() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        county = tenants.create("planung-" + suffix, "Landkreis Test " + suffix, "09186");
    }

    private static List<String> twoGemeindenAndANeighbour(String stichtag) {
        List<String> lines = new ArrayList<>();
        lines.addAll(oldLayoutArea("GEMEIN", PAF, "Pfaffenhofen a.d.Ilm", stichtag));
        lines.addAll(oldLayoutArea("GEMEIN", WOLNZACH, "Wolnzach", stichtag));
        lines.addAll(oldLayoutArea("GEMEIN", "09161000", "Ingolstadt", stichtag));
        return lines;
    }

    private PlanningData.ImportResult load(byte[] file, String kind, String variant) {
        return planning.importPopulation(county, new ByteArrayInputStream(file), kind, variant, "test.csv", "planerin");
    }

    private List<ImportError> rejected(byte[] file, String kind, String variant) {
        long before = cellCount();
        RejectedFile e = (RejectedFile) org.assertj.core.api.Assertions.catchThrowable(() -> load(file, kind, variant));
        assertThat(e).as("rejected").isNotNull();
        assertThat(cellCount()).as("nothing stored").isEqualTo(before);
        return e.errors();
    }

    private long cellCount() {
        return jdbc.sql("SELECT COUNT(*) FROM planning_population WHERE tenant_id = ?").param(county.id()).query(Long.class).single();
    }

    private void assertPfaffenhofen2023() {
        PopulationSeries series = planning.population(county, null);
        Pyramid p = series.bestand().get(PAF).get(2023);
        assertThat(p.bands()).isEqualTo(PopulationFiles.GENESIS_BANDS);
        assertThat(p.male()[16]).isEqualTo(PopulationFiles.count(PAF, 16, Sex.MALE));
        assertThat(p.female()[0]).isEqualTo(PopulationFiles.count(PAF, 0, Sex.FEMALE));
        assertThat(p.complete()).isTrue();
    }

    @Test
    void oldLayoutKeepsTheCountysGemeindenSkipsOthersAndIgnoresTotals() {
        PlanningData.ImportResult r = load(PopulationFiles.utf8(OLD_HEADER, twoGemeindenAndANeighbour("31.12.2023")), "bestand", null);
        assertThat(r.rows()).isEqualTo(2 * 17 * 2);
        assertThat(r.skippedOutsideCounty()).isEqualTo(17 * 3 + 1);
        assertThat(r.areas()).isEqualTo(2);
        assertThat(r.years()).containsExactly(2023);
        assertThat(r.level()).isEqualTo("gemeinde");
        assertThat(r.unknownCells()).isZero();
        assertPfaffenhofen2023();
        assertThat(planning.areas(county)).extracting(Area::name).containsExactly("Pfaffenhofen a.d.Ilm", "Wolnzach");
        assertThat(planning.areas(county).getFirst().pointSource()).isEqualTo(Area.PointSource.GAZETTEER);
        AuditEntry audit = auditLog.forSubject("planning-import", String.valueOf(r.id())).getFirst();
        assertThat(audit.actor()).isEqualTo("planerin");
        assertThat(audit.afterState()).contains("\"fileName\":\"test.csv\"").contains("\"rows\":68").contains("\"skippedOutsideCounty\":52");
    }

    @Test
    void windows1252IsDetected() {
        byte[] file = PopulationFiles.file(OLD_HEADER, oldLayoutArea("GEMEIN", "09186139", "Münchsmünster", "31.12.2023"), java.nio.charset.Charset.forName("windows-1252"));
        load(file, "bestand", null);
        assertThat(planning.areas(county)).extracting(Area::name).containsExactly("Münchsmünster");
    }

    @Test
    void utf8WithByteOrderMarkAndZippedFilesAreRead() {
        load(PopulationFiles.withBom(PopulationFiles.utf8(OLD_HEADER, twoGemeindenAndANeighbour("31.12.2023"))), "bestand", null);
        assertPfaffenhofen2023();
        PlanningData.ImportResult zipped = load(PopulationFiles.zipped("12411-02-03-5.csv",
                PopulationFiles.utf8(OLD_HEADER, twoGemeindenAndANeighbour("31.12.2022"))), "bestand", null);
        assertThat(zipped.years()).containsExactly(2022);
        assertThat(planning.population(county, null).bestand().get(PAF)).containsOnlyKeys(2022, 2023);
    }

    @Test
    void newLayoutMapsTheArsToTheAgsAndIgnoresRowsThatAreNoCounts() {
        List<String> lines = new ArrayList<>(PopulationFiles.newLayoutArea("091860000143", "Pfaffenhofen a.d.Ilm", "2023-12-31"));
        lines.addAll(PopulationFiles.newLayoutArea("091610000000", "Ingolstadt", "2023-12-31"));
        PlanningData.ImportResult r = load(PopulationFiles.utf8(NEW_HEADER, lines), "bestand", null);
        assertThat(r.rows()).isEqualTo(34);
        assertThat(r.skippedOutsideCounty()).isEqualTo(35);
        assertPfaffenhofen2023();
    }

    @Test
    void thePlainTemplateTakesStadtteileWithTheCityCentreAsCoarsePoint() {
        Tenant kiel = tenants.create("kiel-" + UUID.randomUUID().toString().substring(0, 8), "Kiel Test", "01002");
        List<String> lines = new ArrayList<>(PopulationFiles.templateArea("01002000-01", "Altstadt", 2023));
        lines.addAll(PopulationFiles.templateArea("01002000-02", "Vorstadt", 2023));
        PlanningData.ImportResult r = planning.importPopulation(kiel, new ByteArrayInputStream(PopulationFiles.utf8(TEMPLATE_HEADER, lines)),
                "bestand", null, "kiel.csv", "planerin");
        assertThat(r.areas()).isEqualTo(2);
        assertThat(planning.areas(kiel)).allSatisfy(a -> assertThat(a.pointSource()).isEqualTo(Area.PointSource.CITY_CENTRE));
        assertThat(planning.forecaster(kiel, null).orElseThrow().forecast(2023, Scenario.STATUS_QUO).notes())
                .anyMatch(n -> n.contains("Stadtmittelpunkt"));
    }

    @Test
    void unknownCellsAreKeptAsUnknownAndDashIsZero() {
        List<String> lines = new ArrayList<>(oldLayoutArea("GEMEIN", PAF, "Pfaffenhofen a.d.Ilm", "31.12.2023"));
        lines.replaceAll(l -> l.contains(";GESM;") && l.contains("ALT000B03") ? l.substring(0, l.lastIndexOf(';') + 1) + "." : l);
        lines.replaceAll(l -> l.contains(";GESW;") && l.contains("ALT000B03") ? l.substring(0, l.lastIndexOf(';') + 1) + "-" : l);
        PlanningData.ImportResult r = load(PopulationFiles.utf8(OLD_HEADER, lines), "bestand", null);
        assertThat(r.unknownCells()).isEqualTo(1);
        Pyramid p = planning.population(county, null).bestand().get(PAF).get(2023);
        assertThat(p.complete()).isFalse();
        assertThat(p.male()[0]).isZero();
        assertThat(p.female()[0]).isZero();
        assertThat(planning.forecaster(county, null).orElseThrow().forecast(2023, Scenario.STATUS_QUO).areas().getFirst().complete()).isFalse();
    }

    @Test
    void aProjectionWithSeveralVariantsNeedsOneChosenAndReplacesOnlyItsLevelAndVariant() {
        String header = OLD_HEADER.replace(";BEVSTD__", ";4_Merkmal_Code;4_Merkmal_Label;4_Auspraegung_Code;4_Auspraegung_Label;BEVPR1__");
        List<String> lines = new ArrayList<>();
        for (String variant : List.of("BEV-VARIANTE-02", "BEV-VARIANTE-04")) {
            for (String year : List.of("31.12.2030", "31.12.2035")) {
                for (String l : oldLayoutArea("KREISE", "09186", "Pfaffenhofen a.d.Ilm, Landkreis", year)) {
                    int last = l.lastIndexOf(';');
                    lines.add(l.substring(0, last) + ";BEVPR1;Variante;" + variant + ";Variante" + l.substring(last));
                }
            }
        }
        byte[] file = PopulationFiles.utf8(header, lines);
        assertThat(rejected(file, "prognose", null)).extracting(ImportError::field).containsExactly("variant");
        PlanningData.ImportResult r = load(file, "prognose", "BEV-VARIANTE-04");
        assertThat(r.level()).isEqualTo("kreis");
        assertThat(r.years()).containsExactly(2030, 2035);
        assertThat(r.variant()).isEqualTo("BEV-VARIANTE-04");
        load(file, "prognose", "BEV-VARIANTE-02");
        load(file, "prognose", "BEV-VARIANTE-02");
        assertThat(cellCount()).isEqualTo(2L * 2 * 34);
        // the latest import wins unless the variant is named
        assertThat(planning.population(county, null).kreisProjection().variant()).isEqualTo("BEV-VARIANTE-02");
        assertThat(planning.population(county, "BEV-VARIANTE-04").kreisProjection().variant()).isEqualTo("BEV-VARIANTE-04");
    }

    @Test
    void aBestandImportReplacesOnlyTheYearsItContains() {
        load(PopulationFiles.utf8(OLD_HEADER, twoGemeindenAndANeighbour("31.12.2022")), "bestand", null);
        load(PopulationFiles.utf8(OLD_HEADER, twoGemeindenAndANeighbour("31.12.2023")), "bestand", null);
        load(PopulationFiles.utf8(OLD_HEADER, oldLayoutArea("GEMEIN", PAF, "Pfaffenhofen a.d.Ilm", "31.12.2023")), "bestand", null);
        assertThat(planning.population(county, null).bestand().get(PAF)).containsOnlyKeys(2022, 2023);
        assertThat(planning.population(county, null).bestand().get(WOLNZACH)).containsOnlyKeys(2022);
    }

    @Test
    void unknownLayoutMissingColumnAndEmptyFile() {
        assertThat(rejected("a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8), "bestand", null))
                .singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(1));
        byte[] noTime = PopulationFiles.utf8(OLD_HEADER.replace(";Zeit;", ";Datum;"), oldLayoutArea("GEMEIN", PAF, "P", "31.12.2023"));
        assertThat(rejected(noTime, "bestand", null)).extracting(ImportError::field).contains("Zeit");
        assertThat(rejected(new byte[0], "bestand", null)).singleElement().satisfies(e -> assertThat(e.message()).contains("leer"));
        assertThat(rejected(PopulationFiles.utf8(OLD_HEADER, oldLayoutArea("GEMEIN", "09161000", "Ingolstadt", "31.12.2023")), "bestand", null))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("keine Zeilen des Kreises 09186"));
    }

    @Test
    void unreadableAndNegativeNumbersNameTheirRowAndColumn() {
        List<String> lines = new ArrayList<>(oldLayoutArea("GEMEIN", PAF, "Pfaffenhofen a.d.Ilm", "31.12.2023"));
        lines.set(3, lines.get(3).substring(0, lines.get(3).lastIndexOf(';') + 1) + "12a");
        lines.set(6, lines.get(6).substring(0, lines.get(6).lastIndexOf(';') + 1) + "-5");
        List<ImportError> errors = rejected(PopulationFiles.utf8(OLD_HEADER, lines), "bestand", null);
        assertThat(errors).extracting(ImportError::row).containsExactly(5L, 8L);
        assertThat(errors).extracting(ImportError::field).containsOnly("BEVSTD__Bevoelkerungsstand__Anzahl");
        assertThat(errors.get(1).message()).contains("negativ");
        assertThat(rejected(PopulationFiles.utf8(OLD_HEADER, List.of(oldLine("GEMEIN", PAF, "P", "gestern", "GESM", "m", "ALT000B03", "u3", "5"))),
                "bestand", null)).extracting(ImportError::field).containsExactly("Zeit");
    }

    @Test
    void twoDifferentValuesForOneCellAreRejected() {
        List<String> lines = new ArrayList<>(oldLayoutArea("GEMEIN", PAF, "Pfaffenhofen a.d.Ilm", "31.12.2023"));
        lines.add(lines.getFirst());
        lines.add(lines.getFirst().substring(0, lines.getFirst().lastIndexOf(';') + 1) + "1");
        List<ImportError> errors = rejected(PopulationFiles.utf8(OLD_HEADER, lines), "bestand", null);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(lines.size() + 1);
            assertThat(e.message()).contains("Zeile 2");
        });
    }

    @Test
    void overlappingBandsAndGapsBeforeTheOpenTopBandAreRejected() {
        List<String> lines = new ArrayList<>(oldLayoutArea("GEMEIN", PAF, "Pfaffenhofen a.d.Ilm", "31.12.2023"));
        lines.add(oldLine("GEMEIN", PAF, "P", "31.12.2023", "GESM", "männlich", "ALT000B05", "unter 5 Jahre", "10"));
        assertThat(rejected(PopulationFiles.utf8(OLD_HEADER, lines), "bestand", null))
                .singleElement().satisfies(e -> {
                    assertThat(e.message()).contains("überschneidet");
                    assertThat(e.row()).isEqualTo(lines.size() + 1);
                });
        List<String> gap = new ArrayList<>(oldLayoutArea("GEMEIN", PAF, "Pfaffenhofen a.d.Ilm", "31.12.2023"));
        gap.removeIf(l -> l.contains("ALT015B18") && l.contains(";GESW;"));
        assertThat(rejected(PopulationFiles.utf8(OLD_HEADER, gap), "bestand", null))
                .anySatisfy(e -> assertThat(e.message()).contains("zwischen 15 und 18 Jahren fehlt"));
        List<String> noTop = new ArrayList<>(oldLayoutArea("GEMEIN", PAF, "Pfaffenhofen a.d.Ilm", "31.12.2023"));
        noTop.removeIf(l -> l.contains("ALT075UM"));
        assertThat(rejected(PopulationFiles.utf8(OLD_HEADER, noTop), "bestand", null))
                .anySatisfy(e -> assertThat(e.message()).contains("offene oberste Altersgruppe"));
    }

    @Test
    void aRejectedFileLeavesEarlierDataAsItWas() {
        load(PopulationFiles.utf8(OLD_HEADER, twoGemeindenAndANeighbour("31.12.2023")), "bestand", null);
        List<String> broken = new ArrayList<>(twoGemeindenAndANeighbour("31.12.2023"));
        broken.replaceAll(l -> l.replace(";107;", ";1;"));
        broken.set(40, broken.get(40).substring(0, broken.get(40).lastIndexOf(';') + 1) + "viele");
        rejected(PopulationFiles.utf8(OLD_HEADER, broken), "bestand", null);
        assertPfaffenhofen2023();
        assertThatThrownBy(() -> load(PopulationFiles.utf8(OLD_HEADER, List.of()), "irgendwas", null))
                .isInstanceOf(de.pflegeregion.platform.InvalidInput.class);
    }

    @Test
    void aLargeFileOfManyCountiesStreamsThroughAndOnlyTheCountyIsKept() {
        byte[] header = (OLD_HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream(header));
        IntStream.range(0, 2000).forEach(i -> parts.add(new ByteArrayInputStream(
                (String.join("\n", oldLayoutArea("GEMEIN", "%08d".formatted(5_000_000 + i), "Gemeinde " + i, "31.12.2023")) + "\n")
                        .getBytes(StandardCharsets.UTF_8))));
        parts.add(new ByteArrayInputStream((String.join("\n", oldLayoutArea("GEMEIN", PAF, "Pfaffenhofen a.d.Ilm", "31.12.2023")) + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        PlanningData.ImportResult r = planning.importPopulation(county, new SequenceInputStream(Collections.enumeration(parts)),
                "bestand", null, "deutschland.csv", "planerin");
        assertThat(r.skippedOutsideCounty()).isEqualTo(2000L * 52);
        assertThat(r.rows()).isEqualTo(34);
    }
}
