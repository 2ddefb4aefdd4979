package de.pflegeregion.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.pflegeregion.directory.internal.DemoData;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.site.BrowserTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The county admin "admin-paf" answers a person's DSGVO request in the browser: downloads what is stored
 * about the account (Art. 15), then erases it (Art. 17) after a wrong and a right confirmation. Every page
 * of the flow is checked with axe-core and shot at 1280 and 390 pixels.
 */
class AccountErasureBrowserTest extends BrowserTest {

    @Autowired
    DemoData demoData;
    @Autowired
    Accounts accounts;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void demoCounties() {
        demoData.ensureDemoCounties();
    }

    @Test
    void adminExportsAnAccountsDataAndErasesIt() throws Exception {
        Account admin = accounts.byUsername("admin-paf").orElseThrow();
        String username = "dsgvo-" + UUID.randomUUID().toString().substring(0, 8);
        Account person = accounts.create(username, "Sicheres-Test-Passwort-1", Role.PROVIDER, admin.tenantId(), "Erika Muster", "test");

        open("/verwaltung/konten/" + person.id());
        page.getByLabel("Benutzername").fill("admin-paf");
        page.getByLabel("Passwort").fill(DemoData.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        assertThat(page.url()).matches(".*/verwaltung/konten/" + person.id() + "(\\?continue)?");
        assertAccessible();
        screens("dsgvo-1-account");

        Download download = page.waitForDownload(() -> page.getByText("Daten herunterladen (JSON)").click());
        assertThat(download.suggestedFilename()).isEqualTo("konto-" + username + "-daten.json");
        JsonNode data = json.readTree(Files.readAllBytes(download.path()));
        assertThat(data.toString()).contains(username).contains("Erika Muster").doesNotContain("Sicheres-Test-Passwort-1");

        page.getByText("Konto und Daten löschen").click();
        assertThat(page.url()).endsWith("/verwaltung/konten/" + person.id() + "/loeschen");
        assertThat(page.locator("h1").textContent()).isEqualTo("Konto " + username + " löschen?");
        assertAccessible();
        screens("dsgvo-2-confirm");

        page.getByLabel("Benutzername zur Bestätigung").fill("jemand-anderes");
        page.getByText("Konto endgültig löschen").click();
        assertThat(page.title()).startsWith("Fehler: ");
        assertThat(page.locator("main").textContent()).contains("Bitte geben Sie zur Bestätigung den Benutzernamen „" + username + "“ ein.");
        assertThat(accounts.byId(person.id())).isPresent();
        assertAccessible();
        screens("dsgvo-3-wrong-confirmation");

        page.getByLabel("Benutzername zur Bestätigung").fill(username);
        page.getByText("Konto endgültig löschen").click();
        assertThat(page.url()).endsWith("/verwaltung/konten");
        assertThat(page.locator("main").textContent()).contains("Das Konto „" + username + "“ ist gelöscht.").contains("pseudonym-");
        assertThat(accounts.byId(person.id())).isEmpty();
        assertAccessible();
        screens("dsgvo-4-erased");
        assertNoThirdPartyRequests();
    }

    private void screens(String name) {
        screenshot(name + "-1280");
        usePhoneViewport();
        screenshot(name + "-390");
        page.setViewportSize(1280, 900);
    }
}
