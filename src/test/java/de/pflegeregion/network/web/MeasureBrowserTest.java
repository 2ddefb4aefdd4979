package de.pflegeregion.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;
import de.pflegeregion.site.BrowserTest;

/**
 * The coordinator creates and publishes a measure with a milestone and a measured value; a citizen finds it on
 * /massnahmen and opens its page. Every page is checked with axe-core and for reflow at 320 px.
 */
class MeasureBrowserTest extends BrowserTest {

    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;

    @Test
    void theCoordinatorPublishesAMeasureAndACitizenSeesIt() {
        MeasureFixture f = new MeasureFixture(tenants, accounts);
        String title = "Aktionstage Pflege " + f.county.slug();

        open("/netzwerk/massnahmen");
        assertThat(page.url()).endsWith("/anmelden");
        page.getByLabel("Benutzername").fill(f.coordinator.username());
        page.getByLabel("Passwort").fill(MeasureFixture.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        open("/netzwerk/massnahmen");
        assertAccessible();
        assertReflowsAt320Pixels();

        open("/netzwerk/massnahmen/neu");
        // a missing title is named and everything else stays
        page.selectOption("#handlungsfeld", "3");
        page.getByLabel("Federführung").fill("Landratsamt (Beispiel)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maßnahme anlegen")).click();
        assertThat(page.locator("#fehler").textContent()).contains("Titel: Bitte geben Sie der Maßnahme einen Titel.");
        assertThat(page.getByLabel("Federführung").inputValue()).isEqualTo("Landratsamt (Beispiel)");
        assertAccessible();

        page.getByLabel("Titel").fill(title);
        page.selectOption("#status", "in-umsetzung");
        page.getByLabel("Beginn").fill("2026-01-01");
        page.getByLabel("Was wird gemessen? (optional)").fill("Teilnehmende Gemeinden");
        page.getByLabel("Einheit (optional)").fill("Gemeinden");
        page.getByLabel("Ausgangswert (optional)").fill("0");
        page.getByLabel("Zielwert (optional)").fill("19");
        page.getByLabel("Zieldatum (optional)").fill("2027-12-31");
        page.getByLabel("Auf der öffentlichen Seite /massnahmen zeigen").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Maßnahme anlegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("ist angelegt und veröffentlicht");

        page.getByLabel("Neuer Meilenstein").fill("Erste Aktionstage durchgeführt");
        page.getByLabel("Geplant am").fill("2027-05-15");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meilenstein eintragen")).click();
        page.getByLabel("Gemessen am").fill("2026-10-01");
        page.getByLabel("Wert in Gemeinden").fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Messwert eintragen")).click();
        assertThat(page.locator("#messwerte").textContent()).contains("8 Gemeinden");
        assertAccessible();
        assertReflowsAt320Pixels();
        screenshot("massnahmen-1-coordinator-1280");
        usePhoneViewport();
        screenshot("massnahmen-1-coordinator-390");
        page.setViewportSize(1280, 900);

        for (String path : new String[] {"/netzwerk/massnahmen/import", "/netzwerk/kuemmerer", "/netzwerk/foerderung", "/netzwerk/bericht"}) {
            open(path);
            assertAccessible();
            assertReflowsAt320Pixels();
            screenshot("massnahmen-page" + path.replace('/', '-'));
        }

        // a citizen, not logged in
        context.clearCookies();
        open("/massnahmen?kreis=" + f.county.slug());
        assertThat(page.content()).contains(title).contains("in Umsetzung").contains("Federführung: Landratsamt (Beispiel)");
        assertAccessible();
        assertReflowsAt320Pixels();
        screenshot("massnahmen-2-public-1280");
        usePhoneViewport();
        screenshot("massnahmen-2-public-390");
        page.setViewportSize(1280, 900);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("h1").textContent()).isEqualTo(title);
        assertThat(page.locator("svg[role=img]").count()).isEqualTo(1);
        assertThat(page.locator("#messwerte").textContent()).contains("8 Gemeinden").contains("Zielwert");
        assertThat(page.content()).contains("Erste Aktionstage durchgeführt");
        assertAccessible();
        assertReflowsAt320Pixels();
        screenshot("massnahmen-3-measure-1280");
        usePhoneViewport();
        screenshot("massnahmen-3-measure-390");
        page.setViewportSize(1280, 900);

        open("/massnahmen/leichte-sprache");
        assertAccessible();
        assertReflowsAt320Pixels();
        assertNoThirdPartyRequests();
    }
}
