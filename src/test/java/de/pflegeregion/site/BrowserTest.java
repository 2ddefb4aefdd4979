package de.pflegeregion.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ViewportSize;

import de.pflegeregion.IntegrationTest;

/**
 * Base for end-to-end tests: the whole application on PostgreSQL, driven in the system's Chromium
 * (Debian package, never a downloaded browser) through Playwright. Offers an axe-core check for
 * WCAG 2.2 AA, screenshots under target/screenshots and a record of every host the page contacted.
 */
@IntegrationTest
public abstract class BrowserTest {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    protected final List<String> requestedUrls = new CopyOnWriteArrayList<>();

    @BeforeAll
    protected static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    protected static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    protected void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900));
        page = context.newPage();
        page.onRequest(request -> requestedUrls.add(request.url()));
    }

    @AfterEach
    protected void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected Page open(String path) {
        page.navigate(url(path));
        return page;
    }

    /**
     * Runs axe-core on the current page and fails with a readable list of every WCAG 2.2 A/AA violation;
     * then checks reflow (WCAG 1.4.10), which axe-core cannot see.
     */
    protected void assertAccessible() {
        assertReflowsAt320Pixels();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        String violations = results.getViolations().stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe-core violations on " + page.url()).isEmpty();
    }

    /**
     * The page's content fits 320 CSS pixels (1280 px at 400 % zoom) without scrolling sideways. On failure
     * names the element that reaches furthest right, outside any scroll container of its own.
     */
    protected void assertReflowsAt320Pixels() {
        ViewportSize original = page.viewportSize();
        page.setViewportSize(REFLOW_WIDTH, 640);
        try {
            Object overflow = page.evaluate(WIDEST_ELEMENT);
            assertThat(overflow).as("WCAG 1.4.10 Reflow on " + page.url() + " at " + REFLOW_WIDTH + " px").isNull();
        } finally {
            page.setViewportSize(original.width, original.height);
        }
    }

    private static final int REFLOW_WIDTH = 320;

    /** Null when nothing is wider than the viewport, else which element (or element's text) sticks out. */
    private static final String WIDEST_ELEMENT = """
            async () => {
              // under load the resize can still be on its way: measure once the page has laid out at the new width
              for (let i = 0; i < 50 && window.innerWidth !== %d; i++) await new Promise(r => setTimeout(r, 20));
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              const root = document.documentElement;
              const width = root.clientWidth;
              if (root.scrollWidth <= width) return null;
              // inside a box that clips or scrolls it, content cannot widen the page
              const contained = from => { for (let a = from; a && a !== document.body; a = a.parentElement) {
                  if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
              let widest = null, right = width;
              const consider = (el, box, from) => {
                if (box.width > 0 && box.right >= right && !contained(from)) { widest = el; right = box.right; }
              };
              for (const el of document.body.querySelectorAll('*')) consider(el, el.getBoundingClientRect(), el.parentElement);
              const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let text = texts.nextNode(); text; text = texts.nextNode()) {
                const range = document.createRange();
                range.selectNodeContents(text);
                consider(text.parentElement, range.getBoundingClientRect(), text.parentElement);
              }
              const name = widest === null ? 'unknown' : widest.tagName.toLowerCase()
                  + (widest.id ? '#' + widest.id : '') + [...widest.classList].map(c => '.' + c).join('')
                  + ' "' + (widest.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60) + '"';
              return 'content is ' + root.scrollWidth + ' px wide for a ' + width + ' px viewport; widest: '
                  + name + ' reaches ' + Math.round(right) + ' px';
            }
            """.formatted(REFLOW_WIDTH);

    /** Saves a full-page screenshot as target/screenshots/NAME.png, for a person to look at. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Narrow phone viewport, as an older person's phone. */
    protected void usePhoneViewport() {
        page.setViewportSize(390, 844);
    }

    /** Every request went to this installation: no third-party host is ever contacted. */
    protected void assertNoThirdPartyRequests() {
        assertThat(requestedUrls).allSatisfy(requested ->
                assertThat(requested).matches("^(http://localhost:" + port + "/.*|data:.*)$"));
    }
}
