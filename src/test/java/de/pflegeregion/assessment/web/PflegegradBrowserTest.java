package de.pflegeregion.assessment.web;

import de.pflegeregion.site.BrowserTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The questionnaire in a real browser without JavaScript doing anything special: Georg P. from the
 * Pfaffenhofen brochure (seed 004; stroke, left side paralysed, cannot speak intelligibly) is filled
 * in page by page, every page is checked with axe-core, and the grade shown must be the engine's.
 */
class PflegegradBrowserTest extends BrowserTest {

    /** Georg P. as in PflegegradCalculatorTest#georgP: 72.5 points, Pflegegrad 4. */
    private static final Map<String, String> GEORG = Map.ofEntries(
            Map.entry("1.1", "2"), Map.entry("1.2", "2"), Map.entry("1.3", "3"), Map.entry("1.4", "3"), Map.entry("1.5", "3"),
            Map.entry("2.7", "1"), Map.entry("2.9", "2"), Map.entry("2.11", "3"), Map.entry("3.11", "1"),
            Map.entry("4.1", "2"), Map.entry("4.2", "2"), Map.entry("4.3", "3"), Map.entry("4.4", "3"), Map.entry("4.5", "3"),
            Map.entry("4.6", "3"), Map.entry("4.7", "3"), Map.entry("4.8", "1"), Map.entry("4.9", "1"), Map.entry("4.10", "3"),
            Map.entry("4.11", "3"),
            Map.entry("6.1", "2"), Map.entry("6.2", "1"), Map.entry("6.3", "2"), Map.entry("6.4", "2"), Map.entry("6.5", "2"),
            Map.entry("6.6", "3"), Map.entry("7.1", "3"), Map.entry("8.1", "3"));

    private void answerVisibleQuestions() {
        for (Map.Entry<String, String> answer : GEORG.entrySet()) {
            String id = "#antwort-" + answer.getKey().replace('.', '-') + "-" + answer.getValue();
            if (page.locator(id).count() > 0) {
                page.locator(id).check();
            }
        }
    }

    private void clickAndWait(AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name)).click();
        page.waitForLoadState();
    }

    private void next() {
        page.locator("button[value=weiter]").click();
        page.waitForLoadState();
    }

    @Test
    void georgPIsEstimatedAtPflegegrad4AndEveryPageIsAccessible() throws Exception {
        open("/pflegegrad");
        assertAccessible();
        screenshot("pflegegrad-start");
        clickAndWait(AriaRole.BUTTON, "Neue Einschätzung beginnen");

        page.locator("#person-erwachsen").check();
        assertAccessible();
        next();

        int pages = 0;
        while (page.url().contains("/schritt/")) {
            String step = page.url().substring(page.url().lastIndexOf('/') + 1);
            answerVisibleQuestions();
            if (step.equals("kontinenz")) {
                page.locator("#harn-ueberwiegend-inkontinent").check();
            }
            if (step.equals("medikamente")) {
                page.locator("#antwort-5-1-tag").fill("3");
            }
            if (step.equals("arztbesuche")) {
                page.locator("#antwort-5-14-woche").fill("2");
                page.locator("#antwort-5-13-monat").fill("1");
            }
            if (step.equals("mobilitaet")) {
                page.locator("#notizen").fill("Linke Seite nach Schlaganfall vollständig gelähmt.");
                screenshot("pflegegrad-mobilitaet");
                usePhoneViewport();
                page.locator("#antwort-1-1").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Paths.get("target", "screenshots", "pflegegrad-frage-phone.png")));
                page.setViewportSize(1280, 900);
            }
            if (step.equals("medikamente")) {
                page.locator("#antwort-5-1").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Paths.get("target", "screenshots", "pflegegrad-haeufigkeit.png")));
            }
            assertAccessible();
            next();
            pages++;
        }
        assertThat(pages).isEqualTo(21);

        assertThat(page.url()).endsWith("/pflegegrad/pruefen");
        assertAccessible();
        assertThat(page.content()).contains("Linke Seite nach Schlaganfall");
        screenshot("pflegegrad-pruefen");

        clickAndWait(AriaRole.LINK, "Ergebnis anzeigen");
        assertThat(page.locator(".result-grade").textContent()).isEqualTo("Wahrscheinlich Pflegegrad 4");
        assertThat(page.locator(".result-card").innerText()).contains("72,5 von 100 Gesamtpunkten");
        assertAccessible();
        screenshot("pflegegrad-ergebnis");
        usePhoneViewport();
        screenshot("pflegegrad-ergebnis-phone");
        page.locator(".module-chart").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "pflegegrad-diagramm-phone.png")));

        Download download = page.waitForDownload(() -> page.locator("a[href$='antworten.json']").first().click());
        Path saved = download.path();
        assertThat(Files.readString(saved)).contains("\"4.11\" : 3").contains("Linke Seite");
        assertNoThirdPartyRequests();
    }

    @Test
    void backNeverLosesAnswersAndBadNumbersAreNamed() {
        open("/pflegegrad");
        clickAndWait(AriaRole.BUTTON, "Neue Einschätzung beginnen");
        page.locator("#person-erwachsen").check();
        next();
        page.locator("#antwort-1-5-2").check();
        next();
        page.locator("button[value=zurueck]").click();
        page.waitForLoadState();
        assertThat(page.locator("#antwort-1-5-2").isChecked()).isTrue();

        page.navigate(url("/pflegegrad/schritt/medikamente"));
        page.locator("#antwort-5-1-woche").fill("-2");
        next();
        assertThat(page.title()).startsWith("Fehler:");
        assertThat(page.locator("#fehler").textContent()).contains("Medikation");
        assertThat(page.locator("#antwort-5-1-woche").inputValue()).isEqualTo("-2");
        assertAccessible();
        usePhoneViewport();
        screenshot("pflegegrad-fehler-phone");
    }

    @Test
    void answersFileCanBeLoadedAgain() throws Exception {
        Path file = Files.createTempFile("antworten", ".json");
        Files.writeString(file, """
                {"ageMonths": 24, "answers": {"4.8": 3, "5.K": {"perWeek": 1}}, "notes": {"4": "Isst nur püriert."}}""");
        open("/pflegegrad");
        page.setInputFiles("#datei", file);
        clickAndWait(AriaRole.BUTTON, "Antworten laden");
        assertThat(page.url()).endsWith("/pflegegrad/pruefen");
        assertThat(page.content()).contains("Isst nur püriert.").contains("2 Jahre und 0 Monate");
        clickAndWait(AriaRole.LINK, "Ergebnis anzeigen");
        assertThat(page.locator("table").first().textContent()).contains("Selbstversorgung");

        Files.writeString(file, "{\"answers\": {\"4.8\": 7}}");
        open("/pflegegrad");
        page.setInputFiles("#datei", file);
        clickAndWait(AriaRole.BUTTON, "Antworten laden");
        assertThat(page.locator("#datei-fehler").textContent()).contains("answers.4.8");
        assertAccessible();
    }

    @Test
    void einschaetzungsbogenIsATaggedPdfWithTheAnswersAndNotes() throws Exception {
        open("/pflegegrad");
        clickAndWait(AriaRole.BUTTON, "Neue Einschätzung beginnen");
        page.locator("#person-erwachsen").check();
        next();
        page.locator("#antwort-1-5-3").check();
        page.locator("#notizen").fill("Treppe nur mit zwei Helfern.");
        next();
        APIResponse response = page.request().get(url("/pflegegrad/einschaetzungsbogen.pdf"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
        Path pdf = Paths.get("target", "screenshots", "einschaetzungsbogen.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, response.body());
        try (PDDocument document = Loader.loadPDF(response.body())) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Einschätzungsbogen");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Modul 1: Mobilität").contains("Treppe nur mit zwei Helfern.")
                    .contains("Wichtige Notizen").contains("Modul 8: Haushaltsführung");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

}
