package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * Someone tries passwords faster than the login limit allows (here 2 a minute, in a context of its own):
 * the third attempt gets the German 429 page, which says in words when to try again, the same time as
 * the Retry-After header; the page is checked with axe-core and shot at 1280 and 390 pixels.
 */
@TestPropertySource(properties = "pflegeregion.limits.login-per-minute=2")
class TooManyLoginsBrowserTest extends BrowserTest {

    @Test
    void theThirdLoginWithinAMinuteGetsTheGermanWaitPage() {
        String username = "niemand-" + UUID.randomUUID().toString().substring(0, 8);
        Response last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            open("/anmelden");
            page.getByLabel("Benutzername").fill(username);
            page.getByLabel("Passwort").fill("falsch-" + attempt);
            last = page.waitForResponse(r -> r.request().method().equals("POST") && r.url().contains("/anmelden"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click());
            page.waitForLoadState();
            if (attempt < 3) {
                assertThat(last.status()).as("attempt " + attempt).isNotEqualTo(429);
            }
        }
        assertThat(last.status()).isEqualTo(429);
        String retryAfter = last.headerValue("retry-after");
        assertThat(retryAfter).matches("\\d+");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("de");
        assertThat(page.locator("h1").textContent()).isEqualTo("Bitte kurz warten");
        assertThat(page.locator("main").textContent())
                .contains("Bitte versuchen Sie es in " + retryAfter + " Sekunden noch einmal.")
                .contains("Fehlercode 429")
                .doesNotContain("Exception");
        assertAccessible();
        screenshot("error-429-1280");
        usePhoneViewport();
        screenshot("error-429-390");
        assertNoThirdPartyRequests();
        page.getByText("Zurück zur Anmeldung").click();
        assertThat(page.getByLabel("Benutzername").inputValue()).as("the name typed before the pause").isEqualTo(username);
    }
}
