package de.pflegeregion.network.web;

import static de.pflegeregion.network.web.MeasureFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.network.internal.FoerderRegister;
import de.pflegeregion.network.internal.KuemmererRegister;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/** Kümmerer with coverage, the public API and the offers page; Förderung with reminders and the § 45c (9) check. */
@IntegrationTest
@Import(MeasureFixture.GapPlanning.class)
class KuemmererPagesIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    KuemmererRegister kuemmerer;
    @Autowired
    FoerderRegister foerderung;

    MockMvc mvc;
    MeasureFixture f;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        f = new MeasureFixture(tenants, accounts);
    }

    @Test
    void coverageShowsGemeindenWithNoneVacantAndCoveredAndTheApiFallsBackToTheCounty() throws Exception {
        String nord = f.county.kreisAgs() + "001";
        String sued = f.county.kreisAgs() + "002";
        String west = f.county.kreisAgs() + "003";
        mvc.perform(post("/netzwerk/kuemmerer").with(as(f.coordinator)).with(csrf()).param("gemeinde", nord).param("name", "Erika Beispiel")
                .param("funktion", "Seniorenbeauftragte").param("erreichbar", "Rathaus, dienstags").param("seit", "2025-01-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/netzwerk/kuemmerer").with(as(f.coordinator)).with(csrf()).param("gemeinde", west).param("gemeindeName", "Weststadt")
                .param("funktion", "Seniorenbeirat")).andExpect(status().is3xxRedirection());
        String missing = mvc.perform(post("/netzwerk/kuemmerer").with(as(f.coordinator)).with(csrf()).param("gemeinde", nord).param("name", "Max Beispiel")
                .param("funktion", "Beirat")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Erreichbar: Bitte geben Sie an").contains("Max Beispiel");
        String tooLong = mvc.perform(post("/netzwerk/kuemmerer").with(as(f.coordinator)).with(csrf()).param("gemeinde", nord).param("name", "Max Beispiel")
                .param("funktion", "F".repeat(201)).param("erreichbar", "Rathaus"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("Funktion: Bitte höchstens 200 Zeichen.").contains("Max Beispiel");
        String farDate = mvc.perform(post("/netzwerk/kuemmerer").with(as(f.coordinator)).with(csrf()).param("gemeinde", nord).param("name", "Max Beispiel")
                .param("funktion", "Beirat").param("erreichbar", "Rathaus").param("bis", "2400-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(farDate).contains("Bis: Bitte ein Datum zwischen 1900 und 2100.").contains("Max Beispiel");
        mvc.perform(post("/netzwerk/kuemmerer/ansprechstelle").with(as(f.coordinator)).with(csrf()).param("stelle", "Pflegestützpunkt")
                .param("stelleFunktion", "Pflegeberatung").param("stelleErreichbar", "Telefon 0000")).andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/netzwerk/kuemmerer").with(as(f.coordinator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("3 Gemeinden: 1 mit Kümmerer, 1 mit offener Stelle, 1 ohne.").contains("Südstadt").contains("Weststadt");

        mvc.perform(get("/api/v1/network/" + f.county.kreisAgs() + "/kuemmerer").param("ags", nord)).andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeinden[0].contacts[0].name").value("Erika Beispiel"))
                .andExpect(jsonPath("$.gemeinden[0].contacts[0].fallback").value(false));
        mvc.perform(get("/api/v1/network/" + f.county.kreisAgs() + "/kuemmerer").param("ags", west)).andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeinden[0].vacant").value(true))
                .andExpect(jsonPath("$.gemeinden[0].contacts[0].name").value("Pflegestützpunkt"))
                .andExpect(jsonPath("$.gemeinden[0].contacts[0].fallback").value(true));
        assertThat(kuemmerer.forGemeinde(f.county, sued)).singleElement().satisfies(c -> assertThat(c.fallback()).isTrue());

        long id = kuemmerer.all(f.county).stream().filter(k -> !k.vacant()).findFirst().orElseThrow().id();
        mvc.perform(post("/netzwerk/kuemmerer/" + id + "/ende").with(as(f.coordinator)).with(csrf()).param("bis", "2025-06-30"))
                .andExpect(status().is3xxRedirection());
        assertThat(kuemmerer.forGemeinde(f.county, nord)).singleElement().satisfies(c -> assertThat(c.fallback()).isTrue());
    }

    @Test
    void theKuemmererFormsNameEveryBadFieldAtOnceAndKeepTheRest() throws Exception {
        String nord = f.county.kreisAgs() + "001";
        String page = mvc.perform(post("/netzwerk/kuemmerer").with(as(f.coordinator)).with(csrf()).param("gemeinde", nord)
                        .param("gemeindeName", "Nordstadt").param("name", "Max Beispiel").param("funktion", "").param("erreichbar", "")
                        .param("seit", "2026-02-30").param("bis", "2400-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bitte korrigieren Sie 4 Angaben").contains("Funktion: Bitte geben Sie die Funktion an")
                .contains("Erreichbar: Bitte geben Sie an, wie man die Person erreicht").contains("Seit: Dieses Datum gibt es nicht")
                .contains("Bis: Bitte ein Datum zwischen 1900 und 2100.").contains("value=\"Max Beispiel\"").contains("value=\"Nordstadt\"")
                .contains("value=\"2026-02-30\"");
        String otherCounty = mvc.perform(post("/netzwerk/kuemmerer").with(as(f.coordinator)).with(csrf()).param("gemeinde", f.other.kreisAgs() + "001")
                        .param("name", "Max Beispiel").param("funktion", "F".repeat(201)).param("erreichbar", "Rathaus"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(otherCounty).contains("Gemeinde: Bitte wählen Sie eine Gemeinde des Kreises.").contains("Funktion: Bitte höchstens 200 Zeichen.")
                .contains("value=\"Rathaus\"");
        String fallback = mvc.perform(post("/netzwerk/kuemmerer/ansprechstelle").with(as(f.coordinator)).with(csrf()).param("stelle", "")
                        .param("stelleFunktion", "Pflegeberatung").param("stelleErreichbar", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(fallback).contains("Bitte korrigieren Sie 2 Angaben").contains("Stelle oder Person: Bitte geben Sie die Stelle oder Person an")
                .contains("Erreichbar: Bitte geben Sie an, wie man die Stelle erreicht").contains("value=\"Pflegeberatung\"");
        assertThat(kuemmerer.all(f.county)).isEmpty();
        assertThat(kuemmerer.fallback(f.county)).isEmpty();
    }

    @Test
    void theFoerderFormsNameEveryBadFieldAtOnceAndKeepTheRest() throws Exception {
        String programme = mvc.perform(post("/netzwerk/foerderung/programme").with(as(f.coordinator)).with(csrf()).param("name", "")
                        .param("geber", "Pflegekassen").param("frist", "2026-13-01").param("hoechstbetrag", "viel").param("anteil", "150")
                        .param("bedingungen", "Mindestens drei Akteure").param("link", "ftp://example.org"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(programme).contains("Bitte korrigieren Sie 5 Angaben").contains("Name: Bitte geben Sie den Namen des Förderprogramms an.")
                .contains("Antragsfrist: Dieses Datum gibt es nicht").contains("Höchstbetrag: Bitte einen Betrag wie 12.500,00.")
                .contains("Förderanteil: Bitte eine Zahl von 0 bis 100 Prozent.").contains("Link: Bitte eine Adresse, die mit https:// beginnt.")
                .contains("value=\"Pflegekassen\"").contains("Mindestens drei Akteure").contains("value=\"viel\"");
        assertThat(foerderung.programmes(f.county)).isEmpty();

        // the grant form shows once there is a programme
        foerderung.addProgramme(f.county, "Netzwerkförderung", "Pflegekassen", "", null, null, null, "", "");
        String grant = mvc.perform(post("/netzwerk/foerderung/foerderungen").with(as(f.coordinator)).with(csrf()).param("programm", "")
                        .param("status", "bewilligt").param("betrag", "-5").param("eigenanteil", "1.000,00 €").param("von", "2027-01-01")
                        .param("bis", "2026-01-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(grant).contains("Bitte korrigieren Sie 3 Angaben").contains("Förderprogramm: Bitte wählen Sie ein Programm aus der Liste.")
                .contains("Förderbetrag: Bitte einen Betrag von 0 bis").contains("Zeitraum bis: Das Ende liegt vor dem Beginn.")
                .contains("value=\"1.000,00 €\"").contains("value=\"2027-01-01\"");

        String check = mvc.perform(post("/netzwerk/foerderung/pruefung").with(as(f.coordinator)).with(csrf()).param("akteure", "drei")
                        .param("vereinbarung", "ja").param("beantragt", "zehn").param("kosten", "40.000").param("gefoerdert", "0"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Bitte korrigieren Sie 2 Angaben").contains("Beteiligte Akteure: Bitte eine ganze Zahl")
                .contains("Beantragt je Jahr: Bitte einen Betrag wie 12.500,00.").contains("value=\"40.000\"").contains("value=\"drei\"")
                .containsPattern("id=\"vereinbarung\"[^>]*checked");
    }

    @Test
    void theOffersSearchShowsTheKuemmererOfTheGemeindeSearchedFor() throws Exception {
        // the first county with Kreis 09186 by name gets the search's contacts
        Tenant paf = tenants.create("aaa-kuemmerer-" + f.county.slug(), "AAA Landkreis Kümmerer " + f.county.slug(), "09186");
        kuemmerer.add(paf, Map.of("09186162", "Wolnzach"), "09186162", "Hanna Beispiel", "Seniorenbeauftragte", "Rathaus Wolnzach, Zimmer 3",
                LocalDate.of(2024, 1, 1), null);
        kuemmerer.saveFallback(paf, "Pflegestützpunkt Beispiel", "Pflegeberatung", "Landratsamt");
        String page = mvc.perform(get("/angebote").param("near", "Wolnzach")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ihre Ansprechperson in Wolnzach").contains("Hanna Beispiel").contains("Rathaus Wolnzach, Zimmer 3");
        String scheyern = mvc.perform(get("/angebote").param("near", "Scheyern")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(scheyern).contains("Ihre Ansprechperson in Scheyern").contains("keine eigene Ansprechperson").contains("Pflegestützpunkt Beispiel");

        // the start page finds the same after a place search, by name or postcode, and keeps what was typed
        String start = mvc.perform(get("/").param("ort", "85283")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(start).contains("Ihre Ansprechperson in Wolnzach").contains("Hanna Beispiel").contains("value=\"85283\"");
        String unknown = mvc.perform(get("/").param("ort", "Nirgendwohausen")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("Den Ort „Nirgendwohausen“ kennen wir nicht").contains("value=\"Nirgendwohausen\"")
                .contains("aria-invalid=\"true\"").doesNotContain("Ihre Ansprechperson in");
        assertThat(mvc.perform(get("/").param("ort", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Bitte geben Sie einen Ort oder eine fünfstellige Postleitzahl ein");
    }

    @Test
    void grantsRemindBeforeDeadlinesOnceAndTheCheckNamesUnmetConditions() throws Exception {
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
        String bad = mvc.perform(post("/netzwerk/foerderung/programme").with(as(f.coordinator)).with(csrf()).param("name", "Netzwerkförderung")
                .param("geber", "").param("hoechstbetrag", "25.000,00")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Fördergeber: Bitte geben Sie an, wer fördert.").contains("value=\"Netzwerkförderung\"");
        String huge = mvc.perform(post("/netzwerk/foerderung/programme").with(as(f.coordinator)).with(csrf()).param("name", "Netzwerkförderung")
                .param("geber", "G".repeat(301)).param("hoechstbetrag", "25.000,00")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(huge).contains("Fördergeber: Bitte höchstens 300 Zeichen.").contains("value=\"Netzwerkförderung\"");
        mvc.perform(post("/netzwerk/foerderung/programme").with(as(f.coordinator)).with(csrf()).param("name", "Netzwerkförderung")
                .param("geber", "Pflegekassen").param("rechtsgrundlage", "§ 45c Abs. 9 SGB XI").param("frist", today.plusDays(10).toString())
                .param("hoechstbetrag", "25.000,00").param("anteil", "50")).andExpect(status().is3xxRedirection());
        long programme = foerderung.programmes(f.county).getFirst().id();
        String tooMuch = mvc.perform(post("/netzwerk/foerderung/foerderungen").with(as(f.coordinator)).with(csrf()).param("programm", String.valueOf(programme))
                .param("status", "bewilligt").param("betrag", "30.000,00").param("von", today.minusMonths(11).toString()).param("bis", today.plusDays(5).toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(tooMuch).contains("höchstens 25.000,00 €");
        mvc.perform(post("/netzwerk/foerderung/foerderungen").with(as(f.coordinator)).with(csrf()).param("programm", String.valueOf(programme))
                .param("status", "bewilligt").param("betrag", "20.000,00").param("eigenanteil", "20.000,00")
                .param("von", today.minusMonths(11).toString()).param("bis", today.plusDays(5).toString())).andExpect(status().is3xxRedirection());
        var reminders = foerderung.reminders(f.county, today);
        assertThat(reminders).extracting(FoerderRegister.Reminder::kind).containsExactly("foerderende", "frist");
        assertThat(foerderung.sendOnce(f.county, reminders.getFirst())).isTrue();
        assertThat(foerderung.sendOnce(f.county, reminders.getFirst())).isFalse();
        String page = mvc.perform(get("/netzwerk/foerderung").with(as(f.coordinator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Antragsfrist „Netzwerkförderung“ endet").contains("läuft am").contains("20.000,00 €");

        String check = mvc.perform(post("/netzwerk/foerderung/pruefung").with(as(f.coordinator)).with(csrf()).param("akteure", "2")
                .param("qualitaet", "ja").param("kreis", "ja").param("beantragt", "30.000").param("kosten", "40.000").param("gefoerdert", "0")
                .param("stichtag", "2026-12-01")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("nötig sind mindestens 3").contains("schriftliche Vereinbarung").contains("höchstens 25.000,00 €")
                .contains("50 % der Netzwerkkosten");
        String badCheck = mvc.perform(post("/netzwerk/foerderung/pruefung").with(as(f.coordinator)).with(csrf()).param("akteure", "drei"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badCheck).contains("Beteiligte Akteure: Bitte eine ganze Zahl").contains("value=\"drei\"");
    }
}
