package de.pflegeregion.directory.web;

import de.pflegeregion.site.BrowserTest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Response;

import de.pflegeregion.directory.internal.DemoData;

/** With the county's own tile server configured, the search results also appear on a map. */
@TestPropertySource(properties = {
        "pflegeregion.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png",
        "pflegeregion.map.attribution=Karte: Landkreis (Test)"})
class OfferMapBrowserTest extends BrowserTest {

    @Autowired
    DemoData demoData;

    @Test
    void resultsAreMarkedOnTheCountysOwnMapAndTheListStaysComplete() {
        demoData.ensureDemoCounties();
        Response response = page.navigate(url("/angebote?near=Wolnzach&radiusKm=25&type=tagespflege"));

        assertThat(response.headers().get("content-security-policy")).contains("img-src 'self' data: http://127.0.0.1:9;");
        int placedOffers = page.locator(".offer-card[data-lat][data-lon]").count();
        assertThat(placedOffers).isPositive();
        page.locator(".leaflet-marker-icon").nth(placedOffers - 1).waitFor();
        assertThat(page.locator(".leaflet-marker-icon").count()).isEqualTo(placedOffers);
        assertThat(page.locator(".leaflet-control-attribution").textContent()).contains("Karte: Landkreis (Test)");
        assertAccessible();
        screenshot("angebote-karte");
        assertThat(requestedUrls).allSatisfy(requested ->
                assertThat(requested).matches("^(http://localhost:" + port + "/.*|http://127\\.0\\.0\\.1:9/.*|data:.*)$"));
    }
}
