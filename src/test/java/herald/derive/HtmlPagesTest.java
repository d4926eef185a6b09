package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.TestSite;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example site's pages as a user meets them, parsed with jsoup. */
class HtmlPagesTest {
    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = TestSite.buildExample(dir);
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void theFrontPageSaysTheOverallStateInWords() throws IOException {
        Document d = page("index.html");
        Element overall = d.selectFirst("section.overall");
        assertNotNull(overall);
        assertEquals("Partially degraded service", overall.text());
        assertTrue(overall.hasClass("state-degraded-performance"));
    }

    @Test
    void everyComponentShowsItsStateAsTextNotColourAlone() throws IOException {
        Document d = page("index.html");
        List<Element> rows = d.select("li.component");
        assertEquals(10, rows.size());
        for (Element row : rows) {
            Element label = row.selectFirst(".label");
            assertNotNull(label, row.outerHtml());
            assertFalse(label.text().isBlank());
        }
        Element answers = rows.stream().filter(r -> r.selectFirst("a").text().equals("AI answers")).findFirst().orElseThrow();
        assertEquals("Degraded performance", answers.selectFirst(".label").text());
        Element search = rows.stream().filter(r -> r.selectFirst("a").text().equals("Search")).findFirst().orElseThrow();
        assertEquals("Operational", search.selectFirst(".label").text());
    }

    @Test
    void theActiveIncidentShowsItsLatestUpdateAndNextCheckpoint() throws IOException {
        Document d = page("index.html");
        Element active = d.getElementById("active").parent();
        List<Element> entries = active.select("article.entry");
        assertEquals(1, entries.size());
        Element e = entries.get(0);
        assertEquals("Slow and incomplete AI answers", e.selectFirst(".entry-title").text());
        assertTrue(e.selectFirst(".latest .body").text().startsWith("Answers are back to normal speed"));
        Element next = e.selectFirst(".next time");
        assertEquals("2026-11-27T14:50:00Z", next.attr("datetime"));
        assertEquals("27 Nov 2026, 15:50 CET", next.text());
    }

    @Test
    void upcomingMaintenanceIsListed() throws IOException {
        Element upcoming = page("index.html").getElementById("upcoming").parent();
        assertEquals("Sign-in provider migration", upcoming.selectFirst(".entry-title").text());
    }

    @Test
    void eachComponentHasOneBarADayWithAnAccessibleNameAndAnUptimeFigure() throws IOException {
        Document d = page("index.html");
        long components = Files.readString(Path.of("content/site.yaml")).lines().filter(l -> l.startsWith("  - id: ")).count();
        assertTrue(components > 0, "no component in content/site.yaml");
        assertEquals(components, d.select("ol.bars").size(), "one bar list per component of site.yaml");
        assertEquals(components, d.select("li.component").size());
        for (Element bars : d.select("ol.bars")) {
            List<Element> days = bars.select("> li");
            assertEquals(90, days.size());
            for (Element day : days) {
                assertTrue(day.attr("aria-label").matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}: .+"), day.outerHtml());
            }
            String uptime = bars.nextElementSibling().selectFirst(".uptime").text();
            assertTrue(uptime.matches("(100|\\d{2}\\.\\d{2})% uptime"), uptime);
        }
        // the day of the S1 sign-in outage is focusable and names the incident in its tooltip
        Element signIn = d.select("li.component").stream().filter(r -> r.selectFirst("a").text().equals("Sign-in")).findFirst().orElseThrow();
        Element outage = signIn.selectFirst("li.b-mo");
        assertEquals("0", outage.attr("tabindex"));
        assertEquals("3 Sep 2026: Major outage, 1 event", outage.attr("aria-label"));
        assertTrue(outage.selectFirst(".tip").text().contains("Sign-in failing for most users"));
        assertTrue(d.selectFirst("p.explain").text().contains("0.3 × minutes of partial outage"));
    }

    @Test
    void anIncidentPageHasTheFullTimelineNewestFirstWithUtcDatetimes() throws IOException {
        Document d = page("incidents/2026-09-03-sign-in-outage/index.html");
        List<Element> updates = d.select("ol.timeline > li");
        assertEquals(6, updates.size());
        List<String> times = updates.stream().map(u -> u.selectFirst("time").attr("datetime")).toList();
        List<String> sorted = new ArrayList<>(times);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, times);
        assertEquals("Postmortem", updates.get(0).selectFirst("strong").text());
        assertEquals("2026-09-03T07:58:00Z", updates.get(5).selectFirst("time").attr("datetime"));
        assertEquals("3 Sep 2026, 09:58 CEST", updates.get(5).selectFirst("time").text());
        assertEquals("Most users cannot sign in and most API calls are rejected", updates.get(5).select("dd").get(1).text());
        String facts = d.selectFirst("dl.facts").text();
        assertTrue(facts.contains("Duration 1 h 17 min"), facts);
        assertTrue(facts.contains("Cause An expired certificate"), facts);
        assertEquals("https://tracker.acme.example/PM-287", d.selectFirst("dl.facts a[href^=https://tracker]").attr("href"));
        assertTrue(d.selectFirst("section.summary").text().contains("For 77 minutes"));
    }

    @Test
    void aMaintenancePageShowsItsWindow() throws IOException {
        Document d = page("maintenance/2026-10-18-database-upgrade/index.html");
        List<Element> window = d.select("dl.facts time");
        assertEquals("2026-10-18T01:00:00Z", window.get(0).attr("datetime"));
        assertEquals("2026-10-18T02:00:00Z", window.get(1).attr("datetime"));
        assertEquals(4, d.select("ol.timeline > li").size());
    }

    @Test
    void historyIsPagedByMonth() throws IOException {
        Document d = page("history/2026-10/index.html");
        assertEquals("History: October 2026", d.selectFirst("h1").text());
        assertEquals(5, d.select("article.entry").size());
        Document latest = page("history/index.html");
        assertEquals("History: November 2026", latest.selectFirst("h1").text());
        assertEquals(page("history/2026-11/index.html").select("article.entry").size(), latest.select("article.entry").size());
        assertEquals(3, latest.select("nav.months li").size()); // September to November; upcoming maintenance is not history
    }

    @Test
    void everyPageAnnouncesItsFeeds() throws IOException {
        for (Path p : htmlFiles()) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            assertEquals(1, d.select("link[rel=alternate][type=application/rss+xml]").size(), p.toString());
            assertEquals(1, d.select("link[rel=alternate][type=application/atom+xml]").size(), p.toString());
        }
        // the 404 page is served at any depth: its links are absolute
        assertTrue(page("404.html").selectFirst("link[type=application/atom+xml]").attr("href").matches("https://[^/]+/atom\\.xml"));
        Document component = page("components/search/index.html");
        assertEquals("../../components/search/feed.xml", component.selectFirst("link[type=application/rss+xml]").attr("href"));
    }

    @Test
    void everyRelativeLinkResolvesToAFileThatExists() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path p : htmlFiles()) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            for (Element e : d.select("a[href], link[href]")) {
                String href = e.attr("href");
                if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
                    continue;
                }
                String path = URI.create(href).getPath();
                if (path.isEmpty()) {
                    continue; // #fragment on the same page
                }
                Path target = p.getParent().resolve(path).normalize();
                if (Files.isDirectory(target)) {
                    target = target.resolve("index.html");
                }
                checked++;
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(site.relativize(p) + " -> " + href);
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 400, "checked " + checked);
    }

    @Test
    void noSeverityLabelReachesAnyFile() throws IOException {
        Pattern severity = Pattern.compile("\\bS[1-4]\\b");
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                assertFalse(severity.matcher(text).find(), "severity label in " + p);
            }
        }
    }

    @Test
    void theFrontPageWithItsCssStaysUnder100KB() throws IOException {
        long size = Files.size(site.resolve("index.html")) + Files.size(site.resolve("assets/style.css"));
        assertTrue(size < 100_000, "front page + CSS is " + size + " bytes");
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(Files.readAllBytes(site.resolve("index.html")));
            z.write(Files.readAllBytes(site.resolve("assets/style.css")));
        }
        assertTrue(gz.size() < 20_000, "compressed " + gz.size());
    }

    @Test
    void noPageLoadsAnythingFromAnotherSite() throws IOException {
        for (Path p : htmlFiles()) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            assertEquals(0, d.select("script, img, iframe, link[rel=stylesheet][href^=http], link[rel=preconnect], link[rel=preload]").size(), p.toString());
            assertFalse(d.html().contains("@import") || d.html().contains("@font-face"), p.toString());
        }
    }
}
