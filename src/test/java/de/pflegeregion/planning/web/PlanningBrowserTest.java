package de.pflegeregion.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;
import de.pflegeregion.site.BrowserTest;

/**
 * A planner logs in, uploads a GENESIS file, loads the Land projection, sees the forecast for 2035,
 * downloads the XLSX and the PDF; every page is checked with axe-core.
 */
class PlanningBrowserTest extends BrowserTest {

    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;

    @Test
    void plannerUploadsGenesisFileAndGetsTheForecastFor2035() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tenant county = tenants.create("browser-plan-" + suffix, "Landkreis Browser " + suffix, "09186");
        accounts.create("planung-" + suffix, PlanningFixture.PASSWORD, Role.PLANNER, county.id(), "Sozialplanung", "test");

        open("/planung/daten");
        assertThat(page.url()).endsWith("/anmelden");
        page.getByLabel("Benutzername").fill("planung-" + suffix);
        page.getByLabel("Passwort").fill(PlanningFixture.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        assertThat(page.url()).contains("/planung/daten");
        assertAccessible();
        screenshot("planning-1-data-empty");

        page.setInputFiles("#datei", new FilePayload("12411-02-03-5.csv", "text/csv", PlanningFixture.genesisFile("31.12.2023")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Datei prüfen und laden")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("übernommen").contains("2 Gebiete");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mitgelieferte Landesvorausberechnung laden")).click();
        assertThat(page.content()).contains("2023 bis 2040");
        assertAccessible();
        screenshot("planning-2-data-loaded");

        open("/planung/prognose");
        page.selectOption("#jahr", "2035");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anzeigen")).click();
        assertThat(page.locator("#stand").textContent()).contains("Jahr 2035");
        assertThat(page.locator("#gebiete").textContent()).contains("Pfaffenhofen a.d.Ilm").contains("Wolnzach");
        assertThat(page.locator("#diagramm-zahlen tbody tr").count()).isEqualTo(18);
        assertAccessible();
        screenshot("planning-3-forecast-2035");
        usePhoneViewport();
        screenshot("planning-3-forecast-2035-phone");
        page.setViewportSize(1280, 900);

        Download xlsx = page.waitForDownload(() -> page.getByText("als Excel (XLSX)").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("prognose-09186.xlsx");
        byte[] workbook = Files.readAllBytes(xlsx.path());
        assertThat(new String(workbook, 0, 2)).isEqualTo("PK");
        var pdf = page.request().get(url("/planung/pflegebericht.pdf?jahr=2035&szenario=status-quo"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        for (String path : new String[] {"/planung/bestand", "/planung/erreichbarkeit", "/planung/einstellungen", "/planung/bericht"}) {
            open(path);
            assertAccessible();
            screenshot("planning-page" + path.replace('/', '-'));
        }

        // a wrong value in the settings form: named in the summary and at the field, the rest kept
        open("/planung/einstellungen");
        page.fill("#detourFactor", "7");
        page.fill("#benchmarks-tagespflege-source", "Faustwert");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einstellungen speichern")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first().textContent()).contains("Umwegfaktor: Bitte geben Sie eine Zahl von 1 bis 3 an");
        assertThat(page.inputValue("#benchmarks-tagespflege-source")).isEqualTo("Faustwert");
        assertAccessible();
        screenshot("planning-settings-error");
        usePhoneViewport();
        screenshot("planning-settings-error-phone");
        page.setViewportSize(1280, 900);

        // a named scenario variant: a wrong value named at its field with the rest kept, then saved and compared beside the others
        open("/planung/szenarien");
        assertAccessible();
        page.getByText("Neue Variante anlegen").click();
        page.fill("#name", "Kompression");
        page.fill("#trendPercent", "viel");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Variante speichern")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first().textContent())
                .contains("Trend: Veränderung der Pflegequoten in % je Jahr: Bitte geben Sie eine Zahl an");
        assertThat(page.inputValue("#name")).isEqualTo("Kompression");
        assertAccessible();
        page.fill("#trendPercent", "\u22120,5");
        page.fill("#note", "Annahme der Sozialplanung");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Variante speichern")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("„Kompression“ ist gespeichert");
        assertThat(page.locator("#szenarien").textContent()).contains("Status quo").contains("Variante „Kompression“")
                .contains("Trend \u22120,5 % je Jahr");
        assertThat(page.locator(".comparison-chart__row").count()).isEqualTo(4);
        assertAccessible();
        screenshot("planning-scenarios");
        usePhoneViewport();
        screenshot("planning-scenarios-phone");
        page.setViewportSize(1280, 900);
        // as a user does: the delete control of the variant's row by its accessible name (the hidden part is a
        // block of its own, so the name may have a space before the colon), then the confirmation
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Löschen\\s*:\\s*Kompression$"))).click();
        assertThat(page.locator("h1").textContent()).contains("Variante „Kompression“ löschen?");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nein, zurück zu den Szenarien")).count()).isEqualTo(1);
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, Variante löschen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("„Kompression“ ist gelöscht");
        assertThat(page.locator("#variantenliste").count()).isZero();
        assertNoThirdPartyRequests();
    }
}
