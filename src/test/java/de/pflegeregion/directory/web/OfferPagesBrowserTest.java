package de.pflegeregion.directory.web;

import de.pflegeregion.site.BrowserTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.directory.internal.DemoData;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;

class OfferPagesBrowserTest extends BrowserTest {

    @Autowired
    DemoData demoData;
    @Autowired
    Accounts accounts;
    @Autowired
    OfferRegistry registry;

    @Test
    void aCitizenNearWolnzachSeesTheFreePlacesTheProviderReportedWithTheirAge() {
        demoData.ensureDemoCounties();
        Account provider = accounts.byUsername("tagespflege-wolnzach").orElseThrow();
        Offer tagespflege = registry.offersOf(provider).getFirst();
        registry.reportFreePlaces(tagespflege.id(), tagespflege.version(), Map.of("tagespflege", 2), provider);

        open("/angebote");
        assertAccessible();
        page.getByLabel("Ort oder Postleitzahl").fill("Wolnzach");
        page.getByLabel("Tagespflege", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Nur mit freien Plätzen").check();
        page.getByLabel("Suchbegriff").fill("Haus der Generationen");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Suchen")).click();
        page.waitForURL(Pattern.compile(".*/angebote\\?near=Wolnzach.*"));

        Locator card = page.locator(".offer-card").filter(new Locator.FilterOptions().setHasText("Haus der Generationen"));
        assertThat(card.count()).as(page.locator("main").innerText()).isEqualTo(1);
        assertThat(card.innerText()).contains("0,0 km").contains("Tagespflege:").contains("10 Plätze")
                .containsPattern("2 freie Plätze, gemeldet (gerade eben|vor einer Minute)");
        assertThat(page.getByLabel("Ort oder Postleitzahl").inputValue()).isEqualTo("Wolnzach");
        assertAccessible();
        screenshot("angebote-wolnzach");

        card.getByRole(AriaRole.LINK).first().click();
        page.waitForURL(Pattern.compile(".*/angebote/" + tagespflege.id()));
        assertThat(page.locator("h1").innerText()).isEqualTo("Haus der Generationen");
        assertThat(page.locator("main").innerText()).contains("2 freie Plätze").contains("Meldung vom").contains("08442 9242-0");
        assertAccessible();
        assertNoThirdPartyRequests();
    }

    @Test
    void onAPhoneTheResultsComeFirstAndTheFiltersAreFolded() {
        demoData.ensureDemoCounties();
        usePhoneViewport();

        open("/angebote");
        // before a search the form is open; the most asked types come first, the others are folded
        assertThat(page.locator(".offer-search__types").first().locator("label").allInnerTexts()).containsExactly(
                "Ambulanter Pflegedienst", "Tagespflege", "Kurzzeitpflege", "Vollstationäre Pflege (Pflegeheim)", "Beratung");
        assertThat(page.getByLabel("Fahrdienst").isVisible()).isFalse();
        screenshot("angebote-phone-vor-der-suche");
        page.getByLabel("Ort oder Postleitzahl").fill("Wolnzach");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Suchen")).click();
        page.waitForURL(Pattern.compile(".*/angebote\\?near=Wolnzach.*"));

        screenshot("angebote-phone-ergebnisse");
        Locator firstResult = page.locator(".offer-card").first();
        Locator filters = page.locator(".offer-search__types").first();
        // the name of the nearest offer is on the first screen, the type checkboxes are not shown at all
        assertThat(firstResult.locator("h3").boundingBox().y).as("first result on the first screen").isLessThan(844 - 40);
        assertThat(filters.isVisible()).as("filter list folded").isFalse();
        assertAccessible();
        screenshot("angebote-phone-ergebnisse");

        page.locator("summary", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Suche ändern")).click();
        assertThat(filters.isVisible()).isTrue();
        assertThat(page.getByLabel("Ort oder Postleitzahl").inputValue()).isEqualTo("Wolnzach");
        assertAccessible();
        screenshot("angebote-phone-filter-offen");
    }

    @Test
    void anUnknownPlaceIsNamedAtTheFieldAndTheInputIsKept() {
        open("/angebote?near=Atlantis&radiusKm=25");

        assertThat(page.title()).startsWith("Fehler:");
        assertThat(page.locator("#near-error").innerText()).contains("„Atlantis“");
        assertThat(page.getByLabel("Ort oder Postleitzahl").inputValue()).isEqualTo("Atlantis");
        assertThat(page.getByLabel("Ort oder Postleitzahl").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();

        open("/angebote?near=&radiusKm=25");
        assertThat(page.locator("#near-error").innerText()).contains("Bitte geben Sie einen Ort");
        assertAccessible();
    }

    @Test
    void theChecklistsAreAccessibleAndLinkedFromTheSearch() {
        open("/angebote");
        page.getByText("Checkliste: einen ambulanten Pflegedienst auswählen").click();
        page.waitForURL(Pattern.compile(".*/angebote/checkliste-pflegedienst"));
        assertThat(page.locator("h1").innerText()).isEqualTo("Checkliste: einen ambulanten Pflegedienst auswählen");
        assertAccessible();
        page.getByText("Weiter: was in den Pflegevertrag gehört").click();
        page.waitForURL(Pattern.compile(".*/angebote/checkliste-pflegevertrag"));
        assertThat(page.locator("h1").innerText()).isEqualTo("Checkliste: was in den Pflegevertrag gehört");
        assertAccessible();
        usePhoneViewport();
        screenshot("checkliste-pflegevertrag-phone");
        assertNoThirdPartyRequests();
    }
}
