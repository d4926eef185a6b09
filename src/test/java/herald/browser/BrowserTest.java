package herald.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built example in a real headless Chromium (Debian's package): the overall state is visible,
 * with and without JavaScript, and a product page that includes banner.js shows the banner for an
 * active incident and nothing when all is well. Screenshots at 1280 and 390 px go to
 * target/screenshots/. CI sets HERALD_BROWSER=required (and installs chromium) so this never
 * silently skips there; elsewhere it skips when chromium is not installed.
 */
class BrowserTest {
    @TempDir
    Path dir;

    private static final String PRODUCT_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Product</title></head>
            <body><h1>Acme product</h1><script src="banner.js"></script></body></html>
            """;

    private static final String VISIBLE_OVERALL = """
            (() => { const e = document.querySelector('section.overall h1');
              if (!e) return 'missing';
              const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
              const visible = r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && r.top < innerHeight;
              return e.innerText + '|' + visible; })()""";

    /** Resolves when banner.json has been fetched and handled: the banner's text, or "none". */
    private static final String BANNER_TEXT = """
            new Promise(resolve => { let n = 0; const t = setInterval(() => {
              const b = document.querySelector('.herald-banner');
              const fetched = performance.getEntriesByType('resource').some(r => r.name.endsWith('banner.json'));
              if (b || (fetched && n > 10) || ++n > 100) { clearInterval(t);
                resolve(b ? b.getAttribute('role') + '|' + b.querySelector('.herald-banner__message').textContent + '|' + b.querySelector('a').href : 'none'); }
              n++; }, 50); })""";

    /** A site with one window from startMinutes to endMinutes around the real clock, built before it starts. */
    private Path maintenanceSite(String name, int startMinutes, int endMinutes) throws IOException {
        java.time.Instant real = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        java.time.Instant start = real.plusSeconds(startMinutes * 60L);
        java.time.Instant end = real.plusSeconds(endMinutes * 60L);
        java.time.Instant built = start.minusSeconds(3600);
        Path root = dir.resolve(name);
        TestSite.write(root, "-- content/site.yaml --\n" + Fixtures.SITE + "-- content/maintenance/window.md --\n"
                + "---\ntitle: Window\ncomponents: [answers-api]\nscheduled: {start: " + start + ", end: " + end + "}\n"
                + "banner: Planned maintenance " + name + " the window.\nupdates:\n"
                + "  - {at: " + built.minusSeconds(60) + ", status: scheduled, owner: SRE, scope: all, effect: brief pauses, body: We will upgrade.}\n---\n");
        assertEquals(0, TestSite.build(root, built.toString()).exitCode());
        Files.writeString(root.resolve("site/product.html"), PRODUCT_PAGE);
        return root.resolve("site");
    }

    @Test
    void theStatusPageAndTheBannerWorkInARealBrowser() throws Exception {
        boolean required = "required".equals(System.getenv("HERALD_BROWSER"));
        if (!Files.isExecutable(Chromium.BINARY)) {
            if (required) {
                throw new AssertionError("HERALD_BROWSER=required but " + Chromium.BINARY + " is missing (apt-get install chromium chromium-driver)");
            }
            Assumptions.abort("chromium is not installed; .ci/run installs it and makes this test required");
        }
        Path active = dir.resolve("active");
        TestSite.copyTree(Path.of("content"), active.resolve("content"));
        assertEquals(0, TestSite.build(active, "2026-11-27T14:30:00Z").exitCode());
        Files.writeString(active.resolve("site/product.html"), PRODUCT_PAGE);
        Path calm = dir.resolve("calm");
        TestSite.write(calm, Fixtures.site(Fixtures.INCIDENT));
        assertEquals(0, TestSite.build(calm, "2026-11-27T14:30:00Z").exitCode());
        Files.writeString(calm.resolve("site/product.html"), PRODUCT_PAGE);

        Path shots = Path.of("target/screenshots");
        try (StaticServer activeServer = new StaticServer(active.resolve("site"));
                StaticServer calmServer = new StaticServer(calm.resolve("site"));
                Chromium browser = Chromium.start()) {
            browser.viewport(1280, 900, false);
            browser.open(activeServer.url("index.html"));
            assertEquals("Partially degraded service|true", browser.eval(VISIBLE_OVERALL));
            browser.screenshot(shots.resolve("status-1280.png"));

            browser.viewport(390, 844, true);
            browser.open(activeServer.url("index.html"));
            assertEquals("Partially degraded service|true", browser.eval(VISIBLE_OVERALL));
            assertEquals("false", browser.eval("document.documentElement.scrollWidth > innerWidth + 1"), "no sideways scrolling at 390 px");
            browser.screenshot(shots.resolve("status-390.png"));

            browser.viewport(1280, 900, false);
            browser.open(activeServer.url("product.html"));
            String banner = browser.eval(BANNER_TEXT);
            assertEquals("status|Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you."
                    + "|https://status.acme.example/incidents/2026-11-27-slow-answers/", banner);
            browser.screenshot(shots.resolve("product-banner-1280.png"));
            assertEquals("none", browser.eval("document.querySelector('.herald-banner__dismiss').click(), "
                    + "document.querySelector('.herald-banner') ? 'still there' : 'none'"));
            browser.open(activeServer.url("product.html"));
            assertEquals("none", browser.eval(BANNER_TEXT), "a dismissed banner stays dismissed until the next update");

            browser.open(calmServer.url("product.html"));
            assertEquals("none", browser.eval(BANNER_TEXT));

            // maintenance: upcoming when built, but the client's clock is inside the window
            try (StaticServer now = new StaticServer(maintenanceSite("inside", -30, 60));
                    StaticServer ended = new StaticServer(maintenanceSite("ended", -180, -120))) {
                browser.open(now.url("product.html"));
                String shown = browser.eval(BANNER_TEXT);
                assertTrue(shown.startsWith("status|Planned maintenance inside"), shown);
                browser.open(ended.url("product.html"));
                assertEquals("none", browser.eval(BANNER_TEXT));
            }

            browser.javascript(false);
            browser.open(activeServer.url("index.html"));
            assertEquals("Partially degraded service|true", browser.eval(VISIBLE_OVERALL));
            assertTrue(Files.size(shots.resolve("status-390.png")) > 10_000);
        }
    }
}
