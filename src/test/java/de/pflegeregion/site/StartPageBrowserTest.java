package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartPageBrowserTest extends BrowserTest {

    @Test
    void startPageIsAccessibleAndLoadsNothingFromElsewhere() {
        open("/");
        assertThat(page.title()).contains("Pflege im");
        assertAccessible();
        screenshot("start");
        usePhoneViewport();
        screenshot("start-phone");
        assertNoThirdPartyRequests();
    }

    @Test
    void aPlaceSearchWithoutResultNamesTheFieldAndKeepsTheInput() {
        open("/");
        page.getByLabel("Ort oder Postleitzahl").fill("Nirgendwohausen");
        page.getByText("Ansprechperson suchen").click();
        page.waitForURL("**/?ort=*");
        assertThat(page.getByLabel("Ort oder Postleitzahl").inputValue()).isEqualTo("Nirgendwohausen");
        assertThat(page.locator("#ort-error").textContent()).contains("kennen wir nicht");
        assertAccessible();
        usePhoneViewport();
        screenshot("start-place-unknown-phone");
    }

    @Test
    void skipLinkIsTheFirstStopAndMovesFocusToTheContent() {
        open("/");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent").toString()).contains("Zum Inhalt springen");
        page.keyboard().press("Enter");
        assertThat(page.url()).endsWith("#inhalt");
    }

    @Test
    void legalPagesAndErrorPageAreAccessible() {
        for (String path : new String[] {"/impressum", "/datenschutz", "/barrierefreiheit", "/datenquellen", "/planung", "/schnittstelle", "/gibt-es-nicht"}) {
            open(path);
            assertAccessible();
        }
        screenshot("not-found");
        open("/schnittstelle");
        usePhoneViewport();
        screenshot("api-description-phone");
    }
}
