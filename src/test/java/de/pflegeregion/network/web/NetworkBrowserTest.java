package de.pflegeregion.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;
import de.pflegeregion.site.BrowserTest;

/**
 * The coordinator plans a meeting, invites, records attendance and minutes with a decision and a task, approves
 * and publishes them; the public sees the decision on the meeting's page. axe-core and 320 px reflow on every page.
 */
class NetworkBrowserTest extends BrowserTest {

    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    Gremien gremien;

    void check(String name) {
        assertAccessible();
        page.setViewportSize(390, 844);
        screenshot(name + "-390");
        page.setViewportSize(1280, 900);
        screenshot(name + "-1280");
    }

    void press(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
    }

    @Test
    void theCoordinatorRunsAMeetingFromPlanToPublishedMinutes() {
        NetworkFixture f = new NetworkFixture(tenants, accounts, gremien);
        page.setViewportSize(1280, 900);
        open("/netzwerk");
        page.getByLabel("Benutzername").fill(f.coordinator.username());
        page.getByLabel("Passwort").fill(NetworkFixture.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();
        assertThat(page.url()).endsWith("/netzwerk");
        check("network-1-home");

        open("/netzwerk/sitzungen");
        page.selectOption("#gremiumId", Long.toString(f.ag));
        page.fill("#title", "Herbstsitzung");
        page.fill("#day", "2027-10-06");
        page.fill("#startTime", "14:00");
        page.fill("#endTime", "16:00");
        page.fill("#place", "Rathaus Wolnzach, Marktplatz 1");
        check("network-2-plan");
        press("Sitzung planen");
        assertThat(page.url()).matches(".*/netzwerk/sitzungen/\\d+");
        String meetingUrl = page.url();
        long id = Long.parseLong(meetingUrl.substring(meetingUrl.lastIndexOf('/') + 1));
        page.fill("#top-title", "Bericht zur Ausbildungsmesse");
        press("TOP hinzufügen");
        press("Mitglieder einladen");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("eingeladen");
        check("network-3-invited");
        press("Als durchgeführt vermerken");
        page.selectOption("#status-" + f.consenting, "ANWESEND");
        page.selectOption("#status-" + f.protokollant, "ANWESEND");
        press("Anwesenheit speichern");
        assertThat(page.content()).contains("beschlussfähig.");
        long item = gremien.store().agenda(id).stream().filter(a -> a.title().startsWith("Bericht")).findFirst().orElseThrow().id();
        page.fill("#text-" + item, "Die Messe wird 2028 wiederholt.");
        page.fill("#yes-" + item, "2");
        page.fill("#no-" + item, "0");
        page.fill("#abstain-" + item, "0");
        page.locator("#top-" + item).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Beschluss eintragen")).click();
        page.fill("#task-" + item, "Termin für 2028 anfragen");
        page.selectOption("#owner-" + item, Long.toString(f.protokollant));
        page.fill("#due-" + item, "2027-12-01");
        page.locator("#top-" + item).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Aufgabe eintragen")).click();
        check("network-4-minutes");
        press("In Umlauf geben");
        press("Als genehmigt vermerken");
        press("Veröffentlichen");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("veröffentlicht");
        check("network-5-published");

        open("/termine/" + id);
        assertThat(page.content()).contains("Die Messe wird 2028 wiederholt.").contains("application/ld+json");
        check("network-6-public");
        open("/termine");
        check("network-7-termine");
    }
}
