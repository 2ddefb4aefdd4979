package de.pflegeregion.network.web;

import static de.pflegeregion.network.web.MeasureFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.network.internal.MeasurePlan;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;

/** The Maßnahmenplan end to end on PostgreSQL: forms, history, public pages, the JSON API, CSV import and export, the report. */
@IntegrationTest
@Import(MeasureFixture.GapPlanning.class)
class MeasurePagesIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    MeasurePlan plan;
    @Autowired
    java.util.List<de.pflegeregion.network.NewsSource> news;

    MockMvc mvc;
    MeasureFixture f;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new MeasureFixture(tenants, accounts);
    }

    @Test
    void aFormErrorNamesTheFieldAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/netzwerk/massnahmen/neu").with(as(f.coordinator)).with(csrf())
                        .param("kind", "massnahme").param("handlungsfeld", "2").param("titel", "").param("beschreibung", "Mein langer Text")
                        .param("beginn", "1.3.2027").param("status", "geplant"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Titel: Bitte geben Sie der Maßnahme einen Titel.").contains("Beginn: Bitte ein Datum wie 2027-03-01.")
                .contains("Mein langer Text").contains("value=\"1.3.2027\"").contains("href=\"#titel\"");
        String end = mvc.perform(post("/netzwerk/massnahmen/neu").with(as(f.coordinator)).with(csrf())
                        .param("kind", "massnahme").param("handlungsfeld", "2").param("titel", "Test").param("beginn", "2027-05-01")
                        .param("ende", "2027-01-01").param("status", "geplant"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(end).contains("Ende: Das Ende liegt vor dem Beginn.").contains("value=\"Test\"");
        // values the database would refuse: a budget beyond NUMERIC(14, 2), a far date, a too long unit
        String refused = mvc.perform(post("/netzwerk/massnahmen/neu").with(as(f.coordinator)).with(csrf())
                        .param("kind", "massnahme").param("handlungsfeld", "2").param("titel", "Großprojekt").param("budget", "9999999999999")
                        .param("zieldatum", "2999-12-31").param("einheit", "E".repeat(61)).param("status", "geplant"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Budget: Bitte einen Betrag von 0 bis 999.999.999.999,99 Euro.")
                .contains("Zieldatum: Bitte ein Datum zwischen 1900 und 2100.").contains("Einheit: Bitte höchstens 60 Zeichen.")
                .contains("value=\"Großprojekt\"").contains("value=\"9999999999999\"");
        assertThat(plan.all(f.county)).isEmpty();
    }

    @Test
    void aPublishedMeasureIsPublicWithItsHistoryGapAndChartAnUnpublishedOneIsNot() throws Exception {
        String location = mvc.perform(post("/netzwerk/massnahmen/neu").with(as(f.coordinator)).with(csrf())
                        .param("kind", "massnahme").param("handlungsfeld", "7").param("titel", "Tagespflege im Norden")
                        .param("federfuehrung", "Landratsamt").param("status", "in-vorbereitung").param("beginn", "2026-01-01")
                        .param("indikator", "Tagespflegeplätze im Norden").param("einheit", "Plätze").param("ausgangswert", "12")
                        .param("zielwert", "24").param("zieldatum", "2028-12-31").param("lueckeAngebotsart", "tagespflege")
                        .param("lueckeGebiet", "Nord").param("veroeffentlicht", "true").param("_veroeffentlicht", "on"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/netzwerk/massnahmen/" + id + "/messwerte").with(as(f.coordinator)).with(csrf())
                .param("gemessenAm", "2026-06-30").param("wert", "13,5")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/netzwerk/massnahmen/" + id + "/meilensteine").with(as(f.coordinator)).with(csrf())
                .param("meilenstein", "Träger gefunden").param("geplant", "2027-03-01")).andExpect(status().is3xxRedirection());
        long hidden = plan.create(f.county, new de.pflegeregion.network.MeasureDraft(null, de.pflegeregion.network.MeasureKind.MASSNAHME, "3",
                "Geheimer Entwurf", "", "", null, "", null, null, de.pflegeregion.network.MeasureStatus.GEPLANT, null, null, null, "", "", "", "",
                null, null, null, null, null, false), "test");

        String list = mvc.perform(get("/massnahmen").param("kreis", f.county.slug())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Tagespflege im Norden").contains("Federführung: Landratsamt").contains("in Vorbereitung")
                .contains("Handlungsfeld 7").doesNotContain("Geheimer Entwurf");
        String detail = mvc.perform(get("/massnahmen/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("<svg").contains("id=\"messwerte\"").contains("13,5 Plätze").contains("Träger gefunden")
                .contains("Maßnahme umgesetzt:").contains("Lücke geschlossen:").contains("6,5")
                .contains("Messwert 13.5 Plätze am 2026-06-30 eingetragen.");
        mvc.perform(get("/massnahmen/" + hidden)).andExpect(status().isNotFound());
        mvc.perform(get("/massnahmen/leichte-sprache").param("kreis", f.county.slug())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Im Plan steht 1 Sache.")));

        // an edit records what changed
        var m = plan.find(f.county, id).orElseThrow();
        mvc.perform(post("/netzwerk/massnahmen/" + id).with(as(f.coordinator)).with(csrf()).param("version", String.valueOf(m.version()))
                .param("kind", "massnahme").param("handlungsfeld", "7").param("titel", "Tagespflege im Norden").param("federfuehrung", "Landratsamt")
                .param("status", "umgesetzt").param("beginn", "2026-01-01").param("indikator", "Tagespflegeplätze im Norden").param("einheit", "Plätze")
                .param("ausgangswert", "12").param("zielwert", "24").param("zieldatum", "2028-12-31").param("lueckeAngebotsart", "tagespflege")
                .param("lueckeGebiet", "Nord").param("veroeffentlicht", "true").param("_veroeffentlicht", "on")).andExpect(status().is3xxRedirection());
        assertThat(plan.changes(id).getFirst().summary()).isEqualTo("Status: in Vorbereitung → umgesetzt.");
        // a stale version is refused and nothing is lost
        String stale = mvc.perform(post("/netzwerk/massnahmen/" + id).with(as(f.coordinator)).with(csrf()).param("version", String.valueOf(m.version()))
                .param("kind", "massnahme").param("handlungsfeld", "7").param("titel", "Neuer Titel").param("status", "umgesetzt"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("inzwischen von jemand anderem geändert").contains("Neuer Titel");

        mvc.perform(get("/api/v1/network/" + f.county.kreisAgs() + "/measures")).andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.measures[0].title").value("Tagespflege im Norden"))
                .andExpect(jsonPath("$.measures[0].status").value("umgesetzt"))
                .andExpect(jsonPath("$.measures[0].progress").value(100.0))
                .andExpect(jsonPath("$.measures[0].measureDone").value(true))
                .andExpect(jsonPath("$.measures[0].gap.baseline").value(6.5))
                .andExpect(jsonPath("$.measures[0].gap.current").value(6.5))
                .andExpect(jsonPath("$.measures[0].gap.closed").value(false))
                .andExpect(jsonPath("$.measures[0].indicator.values[0].value").value(13.5))
                .andExpect(jsonPath("$.measures[0].handlungsfeld.code").value("7"));
        // the newsletter can pick the measure's progress, never the unpublished draft
        var items = news.stream().flatMap(n -> n.since(f.county, java.time.LocalDate.of(2020, 1, 1)).stream()).toList();
        assertThat(items).anySatisfy(i -> assertThat(i.text()).isEqualTo("Status: in Vorbereitung → umgesetzt."))
                .allSatisfy(i -> assertThat(i.heading()).doesNotContain("Geheimer Entwurf"));
        mvc.perform(get("/api/v1/network/00000/measures")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theCsvImportIsAllOrNothingWithEveryProblemByRowAndColumn() throws Exception {
        String bad = "nr,uebergeordnet_nr,art,handlungsfeld,titel,status,beginn,fortschritt\n"
                + "1,,ziel,2,Kümmerer überall,in-umsetzung,2026-01-01,\n"
                + "2,1,massnahme,2,Kümmerer gewinnen,in-umsetzung,2026-02-30,\n"
                + "3,9,massnahme,99,,fertig,,abc\n";
        String page = mvc.perform(multipart("/netzwerk/massnahmen/import").file(csv(bad)).with(as(f.coordinator)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("es wurde nichts geändert").contains("2026-02-30").contains("uebergeordnet_nr").contains("fertig")
                .contains("fortschritt");
        assertThat(plan.all(f.county)).isEmpty();
        // the plan's own checks (unknown Handlungsfeld, empty title) also reject the whole file
        String planBad = "nr,uebergeordnet_nr,art,handlungsfeld,titel,status\n1,,ziel,2,Gut,geplant\n2,,massnahme,99,Schlecht,geplant\n";
        assertThat(mvc.perform(multipart("/netzwerk/massnahmen/import").file(csv(planBad)).with(as(f.coordinator)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()).contains("99");
        assertThat(plan.all(f.county)).isEmpty();

        String good = "nr,uebergeordnet_nr,art,handlungsfeld,titel,status,gewicht,fortschritt,veroeffentlicht\n"
                + "1,,ziel,2,Kümmerer überall,in-umsetzung,,,ja\n"
                + "2,1,massnahme,2,Kümmerer gewinnen,in-umsetzung,3,80,ja\n"
                + "3,1,massnahme,2,Kümmerer schulen,geplant,1,,ja\n";
        mvc.perform(multipart("/netzwerk/massnahmen/import").file(csv(good)).with(as(f.coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
        var tree = plan.tree(f.county, false);
        assertThat(tree).singleElement().satisfies(goal -> {
            assertThat(goal.children()).hasSize(2);
            // (3 × 80 + 1 × 0) / 4 = 60
            assertThat(goal.progress()).isEqualByComparingTo("60.0");
        });
        String export = mvc.perform(get("/netzwerk/massnahmen/export.csv").with(as(f.coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(export.lines().findFirst().orElseThrow()).startsWith("nr,uebergeordnet_nr,art,handlungsfeld,titel");
        assertThat(export).contains("Kümmerer gewinnen").contains(",60.0,");
        byte[] xlsx = mvc.perform(get("/netzwerk/massnahmen/export.xlsx").with(as(f.coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void anEditedExportImportedAgainUpdatesTheMeasuresByIdAndAddsRowsWithoutId() throws Exception {
        String first = "nr,uebergeordnet_nr,art,handlungsfeld,titel,status,beginn,ende,budget_eur,gewicht,indikator,einheit,ausgangswert,"
                + "zielwert,zieldatum,luecke_angebotsart,luecke_gebiet,veroeffentlicht\n"
                + "1,,ziel,2,Kümmerer überall,in-umsetzung,2026-01-01,2027-12-31,12500.50,,Gemeinden mit Kümmerer,Anzahl,4,19,2027-12-31,,,ja\n"
                + "2,1,massnahme,2,Kümmerer gewinnen,in-umsetzung,,,,3,,,,,,tagespflege,Nord,ja\n"
                + "3,1,massnahme,2,Kümmerer schulen,geplant,,,,,,,,,,,,nein\n";
        mvc.perform(multipart("/netzwerk/massnahmen/import").file(csv(first)).with(as(f.coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
        var before = plan.all(f.county);
        assertThat(before).hasSize(3);
        java.util.Map<Long, Integer> historyBefore = new java.util.HashMap<>();
        before.forEach(m -> historyBefore.put(m.id(), plan.changes(m.id()).size()));

        // the untouched export changes nothing: no new measure, no history entry
        String export = exportCsv();
        mvc.perform(multipart("/netzwerk/massnahmen/import").file(csv(export)).with(as(f.coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", org.hamcrest.Matchers.containsString("neu: 0, geändert: 0, unverändert: 3")));
        assertThat(plan.all(f.county)).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrderElementsOf(before);
        before.forEach(m -> assertThat(plan.changes(m.id())).hasSize(historyBefore.get(m.id())));

        // edited: one title and status changed, one new row under the goal (no id)
        long goal = before.stream().filter(m -> m.title().equals("Kümmerer überall")).findFirst().orElseThrow().id();
        long schulen = before.stream().filter(m -> m.title().equals("Kümmerer schulen")).findFirst().orElseThrow().id();
        java.util.List<java.util.Map<String, String>> rows = parse(export);
        rows.stream().filter(r -> r.get("id").equals(Long.toString(schulen))).findFirst().orElseThrow()
                .putAll(java.util.Map.of("titel", "Kümmerer schulen und begleiten", "status", "in-vorbereitung"));
        java.util.Map<String, String> added = new java.util.LinkedHashMap<>();
        rows.getFirst().keySet().forEach(c -> added.put(c, ""));
        added.putAll(java.util.Map.of("nr", "neu", "uebergeordnet_nr", Long.toString(goal), "art", "massnahme", "handlungsfeld", "2",
                "titel", "Kümmerer vernetzen", "status", "geplant"));
        rows.add(added);
        mvc.perform(multipart("/netzwerk/massnahmen/import").file(csv(print(rows))).with(as(f.coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.containsString("neu: 1, geändert: 1, unverändert: 2")));
        var after = plan.all(f.county);
        assertThat(after).hasSize(4);
        var changed = plan.find(f.county, schulen).orElseThrow();
        assertThat(changed.title()).isEqualTo("Kümmerer schulen und begleiten");
        assertThat(changed.status()).isEqualTo(de.pflegeregion.network.MeasureStatus.IN_VORBEREITUNG);
        assertThat(changed.parentId()).isEqualTo(goal);
        assertThat(plan.changes(schulen)).hasSize(historyBefore.get(schulen) + 1)
                .anySatisfy(c -> assertThat(c.summary()).contains("Titel: Kümmerer schulen → Kümmerer schulen und begleiten")
                        .contains("Status:").doesNotContain("Budget").doesNotContain("Gewicht"));
        assertThat(after).filteredOn(m -> m.title().equals("Kümmerer vernetzen")).singleElement()
                .satisfies(m -> assertThat(m.parentId()).isEqualTo(goal));
        // the other measures are as they were, to the last field
        assertThat(after).filteredOn(m -> m.id() != schulen && !m.title().equals("Kümmerer vernetzen"))
                .usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(before.stream().filter(m -> m.id() != schulen).toList());
        // and the export of the result reads back the same
        assertThat(parse(exportCsv())).hasSize(4);
    }

    @Test
    void anUnknownIdIsTheRowsProblemAndNothingIsStored() throws Exception {
        long own = plan.create(f.county, new de.pflegeregion.network.MeasureDraft(null, de.pflegeregion.network.MeasureKind.ZIEL, "2",
                "Eigenes Ziel", "", "", null, "", null, null, de.pflegeregion.network.MeasureStatus.GEPLANT, null, null,
                null, "", "", "", "", null, null, null, null, null, false), "test");
        long foreign = plan.create(f.other, new de.pflegeregion.network.MeasureDraft(null, de.pflegeregion.network.MeasureKind.ZIEL, "2",
                "Fremdes Ziel", "", "", null, "", null, null, de.pflegeregion.network.MeasureStatus.GEPLANT, null, null,
                null, "", "", "", "", null, null, null, null, null, false), "test");
        String file = "id,nr,uebergeordnet_nr,art,handlungsfeld,titel,status\n"
                + own + ",1,,ziel,2,Eigenes Ziel geändert,geplant\n"
                + ",2,1,massnahme,2,Neu,geplant\n"
                + foreign + ",3,,ziel,2,Fremdes Ziel übernommen,geplant\n"
                + "abc,4,,ziel,2,Kaputt,geplant\n"
                + own + ",5,,ziel,2,Doppelt,geplant\n";
        String page = mvc.perform(multipart("/netzwerk/massnahmen/import").file(csv(file)).with(as(f.coordinator)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("es wurde nichts geändert").contains("Eine Maßnahme mit der Nummer " + foreign + " gibt es in Ihrem Kreis nicht")
                .contains("Eine Maßnahme mit der Nummer abc gibt es").contains("Die Maßnahme " + own + " wird in der Datei mehrfach geändert")
                .doesNotContain("Fremdes Ziel<");
        assertThat(plan.all(f.county)).singleElement().satisfies(m -> assertThat(m.title()).isEqualTo("Eigenes Ziel"));
        assertThat(plan.find(f.other, foreign).orElseThrow().title()).isEqualTo("Fremdes Ziel");
    }

    @Test
    void anExportRowWhoseMeasureWasChangedSinceIsRefusedSoTheOtherChangeIsNotOverwritten() throws Exception {
        long id = plan.create(f.county, new de.pflegeregion.network.MeasureDraft(null, de.pflegeregion.network.MeasureKind.ZIEL, "2",
                "Kümmerer überall", "", "", null, "", null, null, de.pflegeregion.network.MeasureStatus.GEPLANT, null, null,
                null, "", "", "", "", null, null, null, null, null, false), "test");
        java.util.List<java.util.Map<String, String>> exported = parse(exportCsv());
        assertThat(exported).singleElement().satisfies(r -> assertThat(r.get("version")).isEqualTo("0"));

        // a colleague changes the measure in the form after the export
        var stored = plan.find(f.county, id).orElseThrow();
        plan.update(f.county, id, stored.version(), new de.pflegeregion.network.MeasureDraft(null, de.pflegeregion.network.MeasureKind.ZIEL,
                "2", "Kümmerer überall", "Vom Kreistag beschlossen", "", null, "", null, null, de.pflegeregion.network.MeasureStatus.IN_UMSETZUNG,
                null, null, null, "", "", "", "", null, null, null, null, null, false), "kollegin");

        exported.getFirst().put("titel", "Kümmerer in jeder Gemeinde");
        String page = mvc.perform(multipart("/netzwerk/massnahmen/import").file(csv(print(exported))).with(as(f.coordinator)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("es wurde nichts geändert").contains("wurde nach Ihrem Export geändert (Stand in der Datei 0, jetzt 1)");
        var after = plan.find(f.county, id).orElseThrow();
        assertThat(after.title()).isEqualTo("Kümmerer überall");
        assertThat(after.description()).isEqualTo("Vom Kreistag beschlossen");

        // with the version of a fresh export the same edit goes through
        java.util.List<java.util.Map<String, String>> fresh = parse(exportCsv());
        fresh.getFirst().put("titel", "Kümmerer in jeder Gemeinde");
        mvc.perform(multipart("/netzwerk/massnahmen/import").file(csv(print(fresh))).with(as(f.coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(plan.find(f.county, id).orElseThrow()).satisfies(m -> {
            assertThat(m.title()).isEqualTo("Kümmerer in jeder Gemeinde");
            assertThat(m.description()).isEqualTo("Vom Kreistag beschlossen");
            assertThat(m.version()).isEqualTo(2);
        });

        // a version on a new row, or one that is no number, is the row's problem
        String bad = "nr,uebergeordnet_nr,art,handlungsfeld,titel,status,id,version\n"
                + "1,,ziel,2,Neu mit Stand,geplant,,3\n"
                + "2,,ziel,2,Kümmerer in jeder Gemeinde,geplant," + id + ",zwei\n";
        assertThat(mvc.perform(multipart("/netzwerk/massnahmen/import").file(csv(bad)).with(as(f.coordinator)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("Eine neue Maßnahme hat noch keinen Bearbeitungsstand").contains("„zwei“ ist kein Bearbeitungsstand");
        assertThat(plan.all(f.county)).hasSize(1);
    }

    private String exportCsv() throws Exception {
        return mvc.perform(get("/netzwerk/massnahmen/export.csv").with(as(f.coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static java.util.List<java.util.Map<String, String>> parse(String csv) throws java.io.IOException {
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv))) {
            return parser.getRecords().stream().map(r -> (java.util.Map<String, String>) new java.util.LinkedHashMap<>(r.toMap())).collect(
                    java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        }
    }

    private static String print(java.util.List<java.util.Map<String, String>> rows) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader(rows.getFirst().keySet().toArray(String[]::new)).get())) {
            for (var r : rows) {
                printer.printRecord(r.values());
            }
        }
        return out.toString();
    }

    @Test
    void theReportIsATaggedPdfWithTheMeasuresAndCanBePublished() throws Exception {
        plan.create(f.county, new de.pflegeregion.network.MeasureDraft(null, de.pflegeregion.network.MeasureKind.MASSNAHME, "5",
                "Fördermittel-Lotse", "", "Landratsamt", null, "", null, null, de.pflegeregion.network.MeasureStatus.IN_UMSETZUNG, null, null,
                null, "", "", "", "", null, null, null, "tagespflege", "Nord", true), "test");
        byte[] pdf = mvc.perform(get("/netzwerk/bericht.pdf").param("jahr", "2026").with(as(f.coordinator)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("de");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Maßnahmen mit Fortschritt und Ampel").contains("Fördermittel-Lotse").contains("Versorgungslücken")
                    .contains("Förderung").contains("Entwurf");
        }
        mvc.perform(post("/netzwerk/bericht/veroeffentlichen").param("jahr", "2026").with(as(f.coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/massnahmen/bericht")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("/massnahmen/bericht/" + f.county.slug() + "/2026.pdf");
        mvc.perform(get("/massnahmen/bericht/" + f.county.slug() + "/2026.pdf")).andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/massnahmen/bericht/" + f.county.slug() + "/2020.pdf")).andExpect(status().isNotFound());
    }

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("datei", "plan.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
