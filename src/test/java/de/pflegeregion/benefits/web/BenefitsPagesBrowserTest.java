package de.pflegeregion.benefits.web;

import de.pflegeregion.site.BrowserTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The benefits pages in the browser: accessible (axe, zero violations), usable without JavaScript, 390 px wide. */
class BenefitsPagesBrowserTest extends BrowserTest {

    @Test
    void entitlementsPrefilledFromTheSelfAssessmentLink() {
        open("/leistungen?pflegegrad=3&datum=2025-03-15&land=BY");
        assertThat(page.locator("#pflegegrad").inputValue()).isEqualTo("3");
        assertThat(page.locator("h2#ergebnis").textContent()).contains("Pflegegrad 3 am 15.03.2025 in Bayern");
        assertThat(page.locator("#leistung-pflegegeld").textContent()).contains("599 €", "im Monat", "§ 37 Abs. 1 SGB XI");
        assertThat(page.locator("#leistung-landespflegegeld").textContent()).contains("1.000 €");
        // the test county has no brochure, so no brochure's note (Kiel's is shown in Kiel: BenefitsModuleTest)
        assertThat(page.locator("#leistung-pflegesachleistung").textContent()).contains("1.497 €").doesNotContain("1.496 €");
        assertThat(page.locator(".brochure-note").count()).isZero();
        assertThat(page.locator("#leistung-digitalePflegeanwendungen").textContent()).contains("nicht bestätigt");
        assertThat(page.locator("main").textContent()).contains("alle 6 Monate einen Beratungsbesuch", "bis zu 6 Wochen",
                "30 Prozent im zweiten", "höchstens 25 €", "Pflegeunterstützungsgeld für bis zu 10 Tage je Kalenderjahr");
        assertAccessible();
        screenshot("leistungen");
        usePhoneViewport();
        screenshot("leistungen-phone");
        page.locator("#leistung-pflegesachleistung").scrollIntoViewIfNeeded();
        visibleScreenshot("leistungen-phone-ausschnitt");
        assertNoThirdPartyRequests();
    }

    @Test
    void brochuresAreComparedWithTheLawOnAPageOfTheirOwnLinkedFromTheDataSources() {
        open("/datenquellen");
        page.locator("a[href='/leistungen/broschueren']").click();
        page.waitForURL("**/leistungen/broschueren");
        // the Kiel brochure prints 1496 € for 2025, the law says 1497 €
        assertThat(page.locator("main").textContent()).contains("Landeshauptstadt Kiel", "Landkreis Pfaffenhofen a.d.Ilm",
                "1.496 €", "1.497 €", "nein, es gilt das Gesetz");
        assertAccessible();
        screenshot("broschueren");
        usePhoneViewport();
        screenshot("broschueren-phone");
    }

    @Test
    void aLandWithoutOwnBenefitsIsSaidPlainly() {
        open("/leistungen?pflegegrad=2&datum=2025-03-15&land=SH");
        assertThat(page.locator("main").textContent()).contains("Für Schleswig-Holstein sind keine eigenen Leistungen des Landes hinterlegt");
        assertThat(page.locator("#leistung-landespflegegeld").count()).isZero();
    }

    @Test
    void entitlementsWithoutGradeShowOnlyTheFormAndDateDefaultsToToday() {
        open("/leistungen");
        assertThat(page.locator("#datum").inputValue()).isEqualTo(java.time.LocalDate.now(de.pflegeregion.platform.CountyClock.ZONE).toString());
        assertThat(page.locator("h2#ergebnis").count()).isZero();
        assertAccessible();
    }

    @Test
    void aDateBefore2017IsAnErrorNamingTheField() {
        open("/leistungen?pflegegrad=2&datum=2016-05-01");
        assertThat(page.locator("#fehler").textContent()).contains("Datum", "1. Januar 2017");
        assertThat(page.locator("#datum").inputValue()).isEqualTo("2016-05-01");
        assertThat(page.locator("#datum").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        screenshot("leistungen-fehler");
    }

    @Test
    void summaryPdfIsADownload() {
        APIResponse response = page.request().get(url("/leistungen/zusammenfassung.pdf?pflegegrad=4&datum=2026-02-01&land=BY"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(response.headers().get("content-disposition")).contains("attachment");
        assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void monthPlanWorksWithoutJavaScript() {
        BrowserContext noScript = browserWithoutJavaScript();
        Page form = noScript.newPage();
        form.navigate(url("/leistungen/monatsplan?pflegegrad=4"));
        form.locator("#monat").fill("2022-06");
        form.locator("#pflegedienst").fill("338,60");
        form.locator("#tpTage").fill("8");
        form.locator("#tpSatz").fill("55");
        form.locator("#entlastung").fill("100");
        form.locator("#letzteBeratung").fill("2022-05");
        // without JavaScript Chromium runs no animation frames, so Playwright's stability wait is skipped
        form.locator("button[type=submit]").click(new Locator.ClickOptions().setForce(true));
        form.waitForURL("**/leistungen/monatsplan");
        String result = form.locator(".plan-result").textContent();
        assertThat(result).contains("Juni 2022", "582,40 €", "Pflegegeld, das Ihnen bleibt");
        assertThat(form.locator("#pflegedienst").inputValue()).isEqualTo("338,60");
        noScript.close();
    }

    @Test
    void monthPlanIsAccessibleWithResultAndWithErrors() {
        open("/leistungen/monatsplan?pflegegrad=3");
        assertAccessible();
        page.locator("#monat").fill("2025-03");
        page.locator("#vpKosten").fill("1200");
        page.locator("#vpTage").fill("10");
        page.locator("#carer-relative").check();
        page.locator("#entlastungVorjahr").fill("200");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".plan-result").textContent()).contains("Verhinderungspflege", "898,50 €", "verfallen am 30. Juni");
        assertAccessible();
        screenshot("monatsplan");
        usePhoneViewport();
        screenshot("monatsplan-phone");
        page.locator("#ergebnis").scrollIntoViewIfNeeded();
        visibleScreenshot("monatsplan-phone-ausschnitt");
        page.setViewportSize(1280, 900);
        page.locator("#pflegedienst").fill("viel");
        page.locator("button[type=submit]").click();
        assertThat(page.locator("#fehler").textContent()).contains("Kosten des Pflegedienstes");
        assertThat(page.locator("#pflegedienst").inputValue()).isEqualTo("viel");
        assertThat(page.locator("#vpKosten").inputValue()).isEqualTo("1200");
        assertAccessible();
        screenshot("monatsplan-fehler");
        assertNoThirdPartyRequests();
    }

    @Test
    void yearBudgetAcrossJuly2025() {
        open("/leistungen/jahresbudget?pflegegrad=2");
        assertAccessible();
        page.locator("#jahr").fill("2025");
        page.locator("#pflegedienst").fill("300");
        page.locator("#entlastung").fill("131");
        page.locator("#vpMonat").fill("3");
        page.locator("#vpKosten").fill("2000");
        page.locator("#vpStundenTage").fill("10");
        page.locator("#carer-other").check();
        page.locator("#kzpMonat").fill("9");
        page.locator("#kzpKosten").fill("2000");
        page.locator("#kzpTage").fill("14");
        page.locator("button[type=submit]").click();
        assertThat(page.locator("table.plan-table tbody tr").count()).isEqualTo(12);
        assertThat(page.locator("table.plan-table").textContent()).contains("Juli 2025", "1.539 € (gemeinsam)", "(VP + KZP)");
        assertAccessible();
        screenshot("jahresbudget");
        usePhoneViewport();
        screenshot("jahresbudget-phone");
        page.locator("table.plan-table").scrollIntoViewIfNeeded();
        visibleScreenshot("jahresbudget-phone-ausschnitt");
        assertNoThirdPartyRequests();
    }

    /** What a person sees on the phone screen at once, readable at full size. */
    private void visibleScreenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots", name + ".png")));
    }

    private BrowserContext browserWithoutJavaScript() {
        Browser browser = page.context().browser();
        return browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("de-DE"));
    }
}
