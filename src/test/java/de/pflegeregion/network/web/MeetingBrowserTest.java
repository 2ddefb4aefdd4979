package de.pflegeregion.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.pflegeregion.network.Meeting;
import de.pflegeregion.network.MeetingState;
import de.pflegeregion.network.MinutesState;
import de.pflegeregion.network.internal.Gremien;
import de.pflegeregion.network.internal.MailOutbox;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Tenants;
import de.pflegeregion.site.BrowserTest;

/**
 * The coordinator's meeting flow in Chromium: plan a meeting of an AG, put TOPs on it, invite (the mails wait in the
 * outbox with the calendar entry), a member answers, attendance, minutes with a decision and a task, circulate,
 * approve, publish; the public page and the .ics show the meeting. axe-core and 320 px reflow on every page.
 */
class MeetingBrowserTest extends BrowserTest {

    @Autowired
    Tenants tenants;
    @Autowired
    Accounts accounts;
    @Autowired
    Gremien gremien;
    @Autowired
    MailOutbox outbox;

    private void logIn(Account account, String path) {
        context.clearCookies();
        open(path);
        assertThat(page.url()).endsWith("/anmelden");
        page.getByLabel("Benutzername").fill(account.username());
        page.getByLabel("Passwort").fill(NetworkFixture.PASSWORD);
        press("Anmelden");
        open(path);
    }

    /** Clicks the button and waits until the answer to its form (a redirect, or the form again) has loaded. */
    private void press(String button) {
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click());
    }

    private void checkPage(String name) {
        assertAccessible();
        screenshot("sitzung-" + name + "-1280");
        usePhoneViewport();
        screenshot("sitzung-" + name + "-390");
        page.setViewportSize(1280, 900);
    }

    @Test
    void theCoordinatorRunsAMeetingFromInvitationToPublishedMinutes() {
        NetworkFixture f = new NetworkFixture(tenants, accounts, gremien);
        // five builds share two cores: a page answer may take longer than Playwright's default 30 s
        page.setDefaultNavigationTimeout(90_000);
        String agName = gremien.store().gremium(f.county.id(), f.ag).orElseThrow().name();

        logIn(f.coordinator, "/netzwerk/sitzungen");
        checkPage("1-liste");

        // a missing date is named and the rest stays
        page.selectOption("#gremiumId", Long.toString(f.ag));
        page.getByLabel("Titel").fill("Herbstsitzung im Browser");
        page.getByLabel("Ort").fill("Rathaus Wolnzach, Sitzungssaal");
        press("Sitzung planen");
        assertThat(page.locator("#fehler").textContent()).contains("Datum: Bitte geben Sie das Datum der Sitzung ein.");
        assertThat(page.getByLabel("Titel").inputValue()).isEqualTo("Herbstsitzung im Browser");
        assertAccessible();

        page.getByLabel("Datum").fill("2027-10-06");
        page.getByLabel("Beginn (Uhrzeit)").fill("14:00");
        page.getByLabel("Ende (Uhrzeit)").fill("16:00");
        page.getByLabel("stufenlos erreichbar").check();
        page.getByLabel("öffentliche Sitzung (erscheint unter „Termine“ und in OParl)").check();
        press("Sitzung planen");
        assertThat(page.url()).matches(".*/netzwerk/sitzungen/\\d+$");
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(page.locator("h1").textContent()).isEqualTo(agName + ": Herbstsitzung im Browser");

        for (String[] top : List.of(new String[] {"2", "Bericht aus der Ausbildungsmesse"}, new String[] {"3", "Praktikumsbörse"})) {
            page.locator("#number").fill(top[0]);
            page.locator("#top-title").fill(top[1]);
            press("TOP hinzufügen");
            assertThat(page.locator("#tagesordnung").textContent()).contains("TOP " + top[0] + ": " + top[1]);
        }
        // the open task of the AG's last meeting came by itself
        assertThat(page.locator("#tagesordnung").textContent()).contains("Offene Aufgabe: Messestände anfragen");
        checkPage("2-geplant");

        int before = outbox.open(f.county.id()).size();
        press("Mitglieder einladen");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("3 Personen sind eingeladen");
        Meeting invited = gremien.meeting(f.county.id(), id);
        assertThat(invited.state()).isEqualTo(MeetingState.EINGELADEN);
        List<MailOutbox.Row> mails = outbox.open(f.county.id()).subList(before, outbox.open(f.county.id()).size());
        assertThat(mails).hasSize(3).allSatisfy(m -> assertThat(m.calendar()).contains("METHOD:REQUEST").contains("UID:" + invited.uid()));
        checkPage("3-eingeladen");

        // the member (Protokoll in the AG) answers
        logIn(f.member, "/netzwerk/mein");
        assertThat(page.content()).contains("Herbstsitzung im Browser");
        checkPage("4-mitglied");
        open("/netzwerk/mein/sitzungen/" + id);
        page.getByLabel("Ich komme", new Page.GetByLabelOptions().setExact(true)).check();
        press("Antwort senden");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Ihre Antwort „Zusage“ ist gespeichert.");
        checkPage("5-mitglied-sitzung");

        logIn(f.coordinator, "/netzwerk/sitzungen/" + id);
        assertThat(page.locator("#anwesenheit").textContent()).contains("Zusage");
        press("Als durchgeführt vermerken");
        page.selectOption("#status-" + f.protokollant, "ANWESEND");
        page.selectOption("#status-" + f.consenting, "ANWESEND");
        press("Anwesenheit speichern");
        assertThat(page.locator("#anwesenheit").textContent()).contains("2 von 3 stimmberechtigten Mitgliedern").contains("– beschlussfähig.");

        long item = gremien.store().agenda(id).stream().filter(a -> a.title().equals("Praktikumsbörse")).findFirst().orElseThrow().id();
        Locator top = page.locator("#top-" + item);
        top.getByLabel("Diskussion (Kurzfassung)").fill("Zwölf Betriebe bieten Plätze an.");
        press(top, "Diskussion speichern");
        top.getByLabel("Beschluss (Wortlaut)").fill("Die AG veröffentlicht die Praktikumsbörse im Frühjahr.");
        top.getByLabel("Ja", new Locator.GetByLabelOptions().setExact(true)).fill("-1");
        press(top, "Beschluss eintragen");
        // a negative count is named at its field and the wording stays
        assertThat(page.locator("#fehler").textContent()).contains("Ja-Stimmen: keine negative Zahl.");
        assertThat(top.getByLabel("Beschluss (Wortlaut)").inputValue()).isEqualTo("Die AG veröffentlicht die Praktikumsbörse im Frühjahr.");
        assertAccessible();
        top.getByLabel("Ja", new Locator.GetByLabelOptions().setExact(true)).fill("2");
        top.getByLabel("Nein", new Locator.GetByLabelOptions().setExact(true)).fill("0");
        top.getByLabel("Enthaltung").fill("0");
        press(top, "Beschluss eintragen");
        top.getByLabel("Aufgabe", new Locator.GetByLabelOptions().setExact(true)).fill("Betriebe anschreiben");
        top.getByLabel("Verantwortlich").selectOption(Long.toString(f.protokollant));
        top.getByLabel("Fällig am").fill("2027-11-30");
        press(top, "Aufgabe eintragen");
        assertThat(top.textContent()).contains("Zwölf Betriebe bieten Plätze an.")
                .contains("Die AG veröffentlicht die Praktikumsbörse im Frühjahr.").contains("(Ja 2, Nein 0, Enthaltung 0)")
                .contains("Betriebe anschreiben").contains("fällig 30.11.2027");
        checkPage("6-protokoll");

        press("In Umlauf geben");
        press("Als genehmigt vermerken");
        press("Veröffentlichen");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Das Protokoll ist veröffentlicht");
        assertThat(gremien.store().minutes(id).state()).isEqualTo(MinutesState.VEROEFFENTLICHT);
        checkPage("7-veroeffentlicht");

        // the public
        context.clearCookies();
        open("/termine/" + id);
        assertThat(page.locator("h1").textContent()).isEqualTo(agName + ": Herbstsitzung im Browser");
        assertThat(page.content()).contains("Die AG veröffentlicht die Praktikumsbörse im Frühjahr.")
                .contains("Zwölf Betriebe bieten Plätze an.").contains("stufenlos").contains("\"@type\":\"Event\"")
                .doesNotContain("Betriebe anschreiben");
        // the decision bullets hang left of their item's box: the box must stand in from the heading's edge so they stay inside
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, 900);
            Object indent = page.evaluate("() => { const li = document.querySelector('article ul li');"
                    + " return li.getBoundingClientRect().left - li.closest('article').querySelector('h3').getBoundingClientRect().left; }");
            assertThat(((Number) indent).doubleValue()).as("decision list indent at " + width + " px").isGreaterThanOrEqualTo(16);
        }
        page.setViewportSize(1280, 900);
        checkPage("8-oeffentlich");
        APIResponse ics = page.request().get(url("/netzwerk/sitzungen/" + id + ".ics"));
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.headers().get("content-type")).startsWith("text/calendar");
        assertThat(ics.text()).contains("UID:" + invited.uid()).contains("DTSTART;TZID=Europe/Berlin:20271006T140000")
                .contains("LOCATION:Rathaus Wolnzach\\, Sitzungssaal");
        open("/termine");
        assertThat(page.content()).contains("Herbstsitzung im Browser");
        checkPage("9-termine");
        assertNoThirdPartyRequests();
    }

    @Test
    void theCoordinatorChangesAGremiumAndDeletesAnInstitutionAfterConfirming() {
        NetworkFixture f = new NetworkFixture(tenants, accounts, gremien);
        logIn(f.coordinator, "/netzwerk/gremien/" + f.lenkungsgruppe);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gremium ändern oder löschen")).click();
        page.waitForURL("**/aendern");
        checkPage("10-gremium-aendern");
        page.getByLabel("Thema (freiwillig)").fill("Steuerung des Netzwerks");
        press("Änderung speichern");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Die Angaben des Gremiums sind gespeichert.");
        open("/netzwerk/gremien/" + f.lenkungsgruppe + "/loeschen");
        // the AG still sits under the Lenkungsgruppe: no delete button, the reason instead
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("Zu diesem Gremium gehören noch");
        checkPage("11-gremium-loeschen-gesperrt");

        open("/netzwerk/institutionen");
        page.locator("a[href$='/institutionen/" + f.institution + "/aendern']").click();
        page.waitForURL("**/aendern");
        page.getByLabel("Name").fill("");
        press("Änderung speichern");
        assertThat(page.locator("#fehler").textContent()).contains("Name: Bitte geben Sie den Namen der Institution ein.");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Institution löschen …")).click();
        page.waitForURL("**/loeschen");
        checkPage("12-institution-loeschen");
        press("Ja, Institution löschen");
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("ist gelöscht");
        checkPage("13-institutionen");
        assertThat(gremien.store().institution(f.county.id(), f.institution).orElseThrow().deleted()).isTrue();
    }

    private void press(Locator within, String button) {
        page.waitForNavigation(() -> within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true)).click());
    }
}
