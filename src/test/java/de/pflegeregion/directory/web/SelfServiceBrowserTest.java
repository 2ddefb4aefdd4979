package de.pflegeregion.directory.web;

import de.pflegeregion.site.BrowserTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.directory.internal.DemoData;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The demo provider "tagespflege-wolnzach" logs in and reports two free Tagespflege places; the
 * public search API then shows them with a fresh time. Every page of the flow is checked with axe.
 */
class SelfServiceBrowserTest extends BrowserTest {

    @Autowired
    DemoData demoData;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void demoCounties() {
        demoData.ensureDemoCounties();
    }

    private void logIn(String username) {
        page.getByLabel("Benutzername").fill(username);
        page.getByLabel("Passwort").fill(DemoData.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Anmelden")).click();
    }

    @Test
    void providerReportsTwoFreeTagespflegePlacesAndTheSearchShowsThem() {
        Offer offer = registry.offersOf(accounts.byUsername("tagespflege-wolnzach").orElseThrow()).getFirst();

        open("/anbieter");
        assertThat(page.url()).endsWith("/anmelden");
        assertAccessible();
        screenshot("selfservice-1-login");
        logIn("tagespflege-wolnzach");

        assertThat(page.url()).contains("/anbieter");
        assertAccessible();
        screenshot("selfservice-2-own-offers");
        Locator card = page.locator("li.offer-card").filter(new Locator.FilterOptions().setHasText(offer.name()));
        card.getByText("Freie Plätze melden").click();

        assertThat(page.url()).endsWith("/anbieter/angebote/" + offer.id() + "/freie-plaetze");
        assertAccessible();
        screenshot("selfservice-3-report-form");
        page.getByLabel("Tagespflege: freie Plätze").fill("zwei");
        page.getByText("Melden", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#fehler").textContent()).contains("Tagespflege: Bitte geben Sie eine ganze Zahl");
        assertAccessible();
        screenshot("selfservice-3b-report-error");

        page.getByLabel("Tagespflege: freie Plätze").fill("2");
        page.getByText("Melden", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        Instant reported = Instant.now();

        assertThat(page.url()).endsWith("/anbieter");
        assertThat(page.locator("#gemeldet").textContent()).contains("Freie Plätze gemeldet");
        assertThat(card.textContent()).contains("2 freie Plätze");
        assertAccessible();
        screenshot("selfservice-4-confirmation");
        usePhoneViewport();
        screenshot("selfservice-4-confirmation-phone");
        assertNoThirdPartyRequests();

        // the session lives in the database, shared by every node
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?").param("tagespflege-wolnzach")
                .query(Integer.class).single()).isPositive();

        APIResponse response = page.request().get(url("/api/v1/offers?near=Wolnzach&type=tagespflege&freePlaces=true"));
        assertThat(response.status()).isEqualTo(200);
        JsonNode hit = null;
        for (JsonNode o : json.readTree(response.text()).get("offers")) {
            if (o.get("id").asLong() == offer.id()) {
                hit = o;
            }
        }
        assertThat(hit).as("reported offer in the search result").isNotNull();
        JsonNode free = hit.get("freePlaces").get("tagespflege");
        assertThat(free.get("count").asInt()).isEqualTo(2);
        assertThat(free.get("current").asBoolean()).isTrue();
        assertThat(Duration.between(Instant.parse(free.get("reportedAt").asString()), reported).abs()).isLessThan(Duration.ofMinutes(1));

        // a citizen, not logged in, searching near Wolnzach sees the places with the time of the report
        context.clearCookies();
        page.setViewportSize(1280, 900);
        open("/angebote?near=Wolnzach&type=tagespflege&freePlaces=true");
        Locator result = page.locator("li").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(offer.name()).setExact(true))));
        assertThat(result.first().textContent()).contains("2 freie Plätze, gemeldet");
        assertAccessible();
        screenshot("selfservice-5-citizen-search");
    }

    @Test
    void providerAreaOnAPhoneAndTheEntryForm() {
        usePhoneViewport();
        open("/anmelden");
        screenshot("selfservice-login-phone");
        logIn("tagespflege-wolnzach");
        screenshot("selfservice-own-offers-phone");
        page.locator("li.offer-card").first().getByText("Eintrag bearbeiten").click();
        assertAccessible();
        screenshot("selfservice-entry-form-phone");
        page.setViewportSize(1280, 900);
        page.getByLabel("E-Mail").fill("keine-adresse");
        page.getByText("Speichern", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#fehler").textContent()).contains("E-Mail-Adresse ist ungültig");
        assertAccessible();
        screenshot("selfservice-entry-form-error");
    }

    @Test
    void twoSessionsReportingAtOnceSeeAConflictInsteadOfOverwriting() {
        Offer offer = registry.offersOf(accounts.byUsername("tagespflege-wolnzach").orElseThrow()).getFirst();
        String form = "/anbieter/angebote/" + offer.id() + "/freie-plaetze";
        open("/anmelden");
        logIn("tagespflege-wolnzach");
        open(form);

        // a colleague in another browser reports first
        com.microsoft.playwright.BrowserContext colleague = context.browser().newContext();
        com.microsoft.playwright.Page other = colleague.newPage();
        other.navigate(url("/anmelden"));
        other.getByLabel("Benutzername").fill("tagespflege-wolnzach");
        other.getByLabel("Passwort").fill(DemoData.DEMO_PASSWORD);
        other.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Anmelden")).click();
        other.navigate(url(form));
        other.getByLabel("Tagespflege: freie Plätze").fill("3");
        other.getByText("Melden", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        colleague.close();

        page.getByLabel("Tagespflege: freie Plätze").fill("1");
        page.getByText("Melden", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#konflikt").textContent()).contains("Inzwischen hat jemand anderes gemeldet").contains("3 frei");
        assertThat(page.getByLabel("Tagespflege: freie Plätze").inputValue()).isEqualTo("1");
        assertThat(registry.find(offer.id()).orElseThrow().freePlaces().get("tagespflege").count()).isEqualTo(3);
        assertAccessible();
        screenshot("selfservice-3c-report-conflict");

        page.getByText("Melden", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(registry.find(offer.id()).orElseThrow().freePlaces().get("tagespflege").count()).isEqualTo(1);
    }

    /** The page itself never scrolls sideways; a wide table scrolls inside its labelled region. */
    private void assertNoSidewaysScrolling(String what) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as(what + " wider than the viewport").isLessThanOrEqualTo(0);
    }

    @Test
    void adminTablesAccountPageAndPasswordLinkReadWellOnAPhoneAndADesktop() {
        // a demo offer is retired and restored again through the page, so the demo register keeps its size
        Account admin = accounts.byUsername("admin-paf").orElseThrow();
        Offer demo = registry.ofTenant(admin.tenantId(), false).stream()
                .filter(o -> o.name().equals("Maschinenring Ilmtal e.V.")).findFirst().orElseThrow();
        Offer retired = registry.retire(demo.id(), demo.version(), admin);
        long provider = accounts.byUsername("tagespflege-wolnzach").orElseThrow().id();
        open("/anmelden");
        logIn("admin-paf");
        String[][] pages = {
                {"/verwaltung/angebote?status=alle", "admin-offers-all"},
                {"/verwaltung/konten", "admin-accounts"},
                {"/verwaltung/protokoll", "admin-audit"},
                {"/konto", "account"}};
        for (int width : new int[] {390, 1280}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            for (String[] p : pages) {
                open(p[0]);
                assertThat(page.title()).as(p[0]).doesNotContain("Fehler").doesNotContain("Kein Zugriff");
                assertNoSidewaysScrolling(p[0] + " at " + width + " px");
                assertAccessible();
                screenshot("accounts-" + p[1] + "-" + width);
            }
        }
        // a scrolling table is a labelled region reachable by the keyboard
        open("/verwaltung/konten");
        Locator region = page.locator(".table-wrapper");
        assertThat(region.getAttribute("tabindex")).isEqualTo("0");
        assertThat(region.getAttribute("aria-label")).isNotBlank();

        open("/verwaltung/angebote?status=beendet");
        page.locator("tr").filter(new Locator.FilterOptions().setHasText(retired.name())).getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("ist wiederhergestellt");
        assertThat(registry.find(retired.id()).orElseThrow().retired()).isFalse();

        open("/konto");
        page.getByLabel("Bezeichnung").fill("Heimsoftware");
        page.getByText("Token erstellen", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#neues-token").textContent()).contains("nur dieses eine Mal");
        page.setViewportSize(390, 844);
        assertNoSidewaysScrolling("new token at 390 px");
        assertAccessible();
        screenshot("accounts-account-new-token-390");

        page.setViewportSize(1280, 900);
        open("/verwaltung/konten/" + provider);
        page.getByText("Link erstellen", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        String link = page.locator("#link code").textContent();
        assertThat(link).contains("/passwort-setzen/");
        page.setViewportSize(390, 844);
        assertNoSidewaysScrolling("reset link at 390 px");
        assertAccessible();
        screenshot("accounts-admin-reset-link-390");

        context.clearCookies();
        page.navigate(link);
        page.getByLabel("Neues Passwort", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("kurz");
        page.getByText("Passwort speichern", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#fehler").textContent()).contains("Neues Passwort: mindestens 12 Zeichen");
        assertNoSidewaysScrolling("reset page at 390 px");
        assertAccessible();
        screenshot("accounts-password-reset-error-390");
        page.getByLabel("Neues Passwort", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(DemoData.DEMO_PASSWORD);
        page.getByLabel("Neues Passwort wiederholen").fill(DemoData.DEMO_PASSWORD);
        page.getByText("Passwort speichern", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#gespeichert").textContent()).contains("Ihr neues Passwort ist gespeichert");
        assertAccessible();
        assertNoThirdPartyRequests();
    }

    @Test
    void wrongPasswordAndAdministrationPagesAreAccessible() {
        open("/anmelden");
        page.getByLabel("Benutzername").fill("admin-paf");
        page.getByLabel("Passwort").fill("falsch");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Anmelden")).click();
        assertThat(page.locator("#fehler").textContent()).contains("Benutzername oder Passwort stimmt nicht");
        assertAccessible();
        screenshot("selfservice-login-error");
        logIn("admin-paf");
        assertThat(page.url()).contains("/verwaltung");
        Offer offer = registry.offersOf(accounts.byUsername("tagespflege-wolnzach").orElseThrow()).getFirst();
        long account = accounts.byUsername("tagespflege-wolnzach").orElseThrow().id();
        String[][] pages = {
                {"/verwaltung", "admin-overview"},
                {"/verwaltung/angebote?art=tagespflege", "admin-offers"},
                {"/verwaltung/angebote/neu", "admin-offer-new"},
                {"/verwaltung/angebote/" + offer.id(), "admin-offer-edit"},
                {"/verwaltung/angebote/" + offer.id() + "/beenden", "admin-offer-retire"},
                {"/verwaltung/konten", "admin-accounts"},
                {"/verwaltung/konten/neu", "admin-account-new"},
                {"/verwaltung/konten/" + account, "admin-account"},
                {"/verwaltung/import", "admin-import"},
                {"/verwaltung/export", "admin-export"},
                {"/verwaltung/protokoll", "admin-audit"}};
        for (String[] p : pages) {
            open(p[0]);
            assertThat(page.title()).as(p[0]).doesNotContain("Fehler").doesNotContain("Kein Zugriff");
            assertAccessible();
            screenshot("selfservice-" + p[1]);
        }
        open("/verwaltung/angebote/neu");
        page.getByText("Angebot anlegen", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.title()).startsWith("Fehler");
        assertAccessible();
        screenshot("selfservice-admin-offer-new-errors");
        open("/verwaltung/import");
        page.getByLabel("CSV-Datei").setInputFiles(new com.microsoft.playwright.options.FilePayload("liste.csv", "text/csv",
                "name;offer_types;postal_code\n;tagespflege;123\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByLabel("Quelle der Angaben").fill("Testliste");
        page.getByText("Datei prüfen und importieren").click();
        assertThat(page.locator("#ergebnis").textContent()).contains("Nichts importiert");
        assertAccessible();
        screenshot("selfservice-admin-import-report");
        usePhoneViewport();
        open("/verwaltung/angebote");
        screenshot("selfservice-admin-offers-phone");
    }
}
