package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, the page as readers meet it, on the golden site of several years (its content is in
 * src/test/resources/golden/years/content): the favicon, a checkpoint that has passed, the quieter
 * timeline, "no data" days and the year-grouped history. Each page is built here and read with jsoup.
 */
class ReaderPagesTest {
    private static final Path CONTENT = GoldenSiteTest.YEARS.resolve("content").toAbsolutePath();
    private static final String OPEN = "incidents/2026-11-26-queue-delays/index.html";
    /** The open incident's last update promised its next one for 10:30 UTC; the policy's grace is 2m. */
    private static final Instant CHECKPOINT = Instant.parse("2026-11-26T10:30:00Z");

    @TempDir
    Path dir;

    private Path build(String now) {
        Path out = dir.resolve("site-" + now.replace(":", ""));
        TestSite.Run run = TestSite.run(dir, "build", "--content", CONTENT.toString(), "--out", out.toString(), "--now", now);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return out;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private static List<Path> htmlFiles(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageAndThe404PageLinkBothFaviconsAndBothExist() throws IOException {
        Path site = build(GoldenSiteTest.YEARS_NOW);
        List<Path> pages = htmlFiles(site);
        assertTrue(pages.size() > 10, pages.toString());
        for (Path p : pages) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8", "https://status.years.example/" + site.relativize(p).toString().replace('\\', '/'));
            Element svg = d.selectFirst("head link[rel=icon][type=image/svg+xml]");
            Element ico = d.selectFirst("head link[rel=icon][sizes=32x32]");
            assertNotNull(svg, p + " links no SVG favicon");
            assertNotNull(ico, p + " links no ICO favicon");
            assertEquals("https://status.years.example/favicon.svg", svg.absUrl("href"), p.toString());
            assertEquals("https://status.years.example/favicon.ico", ico.absUrl("href"), p.toString());
        }
        // the 404 page is served at any depth, so it links absolutely
        assertEquals("https://status.years.example/favicon.svg", page(site, "404.html").selectFirst("link[rel=icon][type=image/svg+xml]").attr("href"));
        assertTrue(Files.size(site.resolve("favicon.svg")) > 0);
        assertTrue(Files.size(site.resolve("favicon.ico")) > 0);
    }

    @Test
    void aCheckpointPastItsGraceSaysUpdateDueSinceOnThePageAndInBannerJson() throws IOException {
        Path site = build(CHECKPOINT.plus(Duration.ofMinutes(2)).plusSeconds(1).toString());
        for (String path : List.of("index.html", OPEN)) {
            Element next = page(site, path).selectFirst(".next");
            assertNotNull(next, path);
            assertTrue(next.hasClass("next-due"), next.outerHtml());
            assertEquals("Update due since 26 Nov 2026, 10:30 UTC", next.text());
            assertEquals("2026-11-26T10:30:00Z", next.selectFirst("time").attr("datetime"));
        }
        JsonNode banner = new ObjectMapper().readTree(site.resolve("banner.json").toFile());
        assertEquals("2026-11-26T10:30:00Z", banner.path("updateDueSince").asText());
        assertEquals("2026-11-26T10:30:00Z", banner.path("incidents").get(0).path("updateDueSince").asText());
    }

    @Test
    void aCheckpointWithinItsGraceIsStillAPromise() throws IOException {
        Path site = build(CHECKPOINT.plus(Duration.ofMinutes(2)).toString());
        Element next = page(site, OPEN).selectFirst(".next");
        assertFalse(next.hasClass("next-due"), next.outerHtml());
        assertEquals("Next update by 26 Nov 2026, 10:30 UTC", next.text());
        JsonNode banner = new ObjectMapper().readTree(site.resolve("banner.json").toFile());
        assertTrue(banner.path("updateDueSince").isMissingNode(), banner.toString());
        assertTrue(banner.path("incidents").get(0).path("updateDueSince").isMissingNode(), banner.toString());
    }

    @Test
    void theTimelineShowsScopeOnceAndEffectWhenItChanges() throws IOException {
        Document d = page(build(GoldenSiteTest.YEARS_NOW), OPEN);
        List<Element> updates = d.select("ol.timeline > li.update");
        assertEquals(4, updates.size());
        // newest first: monitoring (same scope and effect), identified (effect changed), identified (same), investigating (first)
        assertEquals(List.of("", "Effect", "", "Scope Effect"), updates.stream().map(u -> u.select("dl.update-facts dt").eachText())
                .map(t -> String.join(" ", t)).toList());
        assertEquals(1, d.select("dl.update-facts dt:containsOwn(Scope)").size());
        assertEquals("Search in all regions", d.selectFirst("dt:containsOwn(Scope) + dd").text());
        assertEquals(List.of("Results take a minute to appear", "Results take minutes to appear"),
                d.select("dt:containsOwn(Effect) + dd").eachText());
    }

    @Test
    void resolvedUpdatesNeverShowEffectNone() throws IOException {
        Path site = build(GoldenSiteTest.YEARS_NOW);
        // one resolved update says "effect: None", the other two leave the effect out
        for (String id : List.of("2024-02-08-slow-api", "2024-07-19-api-outage", "2023-03-14-login-errors")) {
            Document d = page(site, "incidents/" + id + "/index.html");
            Element resolved = d.selectFirst("li.update.status-resolved");
            assertNotNull(resolved, id);
            assertNull(resolved.selectFirst("dt:containsOwn(Effect)"), resolved.outerHtml());
            assertTrue(d.select("dd").stream().noneMatch(dd -> dd.text().equals("None")), id);
        }
        assertFalse(Files.readString(site.resolve("feed.xml")).contains("— None"), "no feed item says the effect is None");
    }

    @Test
    void daysBeforeAComponentsSinceAreNoDataAndLeftOutOfItsUptime() throws IOException {
        Document d = page(build(GoldenSiteTest.YEARS_NOW), "index.html");
        Element search = d.select("li.component").stream().filter(c -> c.selectFirst(".component-head a").text().equals("Search"))
                .findFirst().orElseThrow();
        Element api = d.select("li.component").stream().filter(c -> c.selectFirst(".component-head a").text().equals("API"))
                .findFirst().orElseThrow();
        // 14 bars from 14 Nov; Search has data from 20 Nov (since: in site.yaml)
        assertEquals(14, search.select("ol.bars > li").size());
        List<Element> noData = search.select("ol.bars > li.b-nd");
        assertEquals(6, noData.size());
        assertEquals("14 Nov 2026: no data", noData.get(0).attr("aria-label"));
        assertEquals("19 Nov 2026: no data", noData.get(5).attr("aria-label"));
        assertEquals("20 Nov 2026: Operational", search.select("ol.bars > li").get(6).attr("aria-label"));
        assertEquals(0, api.select("ol.bars > li.b-nd").size());
        // the same partial outage (26 Nov 09:00 to now, 27 Nov 12:00: 1,620 minutes x 0.3 = 486 minutes of downtime)
        // over each component's own minutes with data
        assertEquals(expectedUptime(486, minutesSince("2026-11-20")), search.selectFirst(".uptime").text());
        assertEquals(expectedUptime(486, minutesSince("2026-11-14")), api.selectFirst(".uptime").text());
        assertEquals("95.50% uptime", search.selectFirst(".uptime").text());
    }

    private static long minutesSince(String day) {
        return Duration.between(LocalDate.parse(day).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                Instant.parse(GoldenSiteTest.YEARS_NOW)).toMinutes();
    }

    private static String expectedUptime(double downtime, long minutes) {
        double p = Math.floor(10000.0 * (1 - downtime / minutes)) / 100.0;
        return String.format(java.util.Locale.ROOT, "%.2f%% uptime", p);
    }

    @Test
    void theHistoryIndexGroupsMonthsByYearNewestFirstWithCounts() throws IOException {
        Path site = build(GoldenSiteTest.YEARS_NOW);
        Document d = page(site, "history/index.html");
        assertEquals(List.of("2026 (1)", "2025 (1)", "2024 (2)", "2023 (1)"), d.select("nav.months section.year > h2").eachText());
        Element y2024 = d.getElementById("year-2024").parent();
        assertEquals(List.of("July (1)", "February (1)"), y2024.select("li").eachText());
        assertEquals(List.of("../history/2024-07/index.html", "../history/2024-02/index.html"), y2024.select("a").eachAttr("href"));
        // months stay paged: each month is its own page, and it shows the same grouped index with itself current
        Document february = page(site, "history/2024-02/index.html");
        assertEquals("History: February 2024", february.selectFirst("h1").text());
        assertEquals(List.of("Slow API"), february.select("article.entry .entry-title").eachText());
        assertEquals("February (1)", february.selectFirst("nav.months [aria-current=page]").text());
        assertEquals(4, february.select("nav.months section.year").size());
    }
}
