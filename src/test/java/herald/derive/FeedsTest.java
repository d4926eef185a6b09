package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import herald.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom, site-wide and per component, read back with ROME as a feed reader would. */
class FeedsTest {
    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.buildExample(dir);
    }

    static SyndFeed read(String path) throws Exception {
        try (XmlReader reader = new XmlReader(Files.newInputStream(site.resolve(path)))) {
            return new SyndFeedInput().build(reader);
        }
    }

    @Test
    void rssHasOneItemPerPublicUpdateNewestFirstWithStableGuids() throws Exception {
        SyndFeed rss = read("feed.xml");
        assertEquals("rss_2.0", rss.getFeedType());
        assertEquals("Acme Status", rss.getTitle());
        List<SyndEntry> items = rss.getEntries();
        long expected;
        try (var s = Files.walk(Path.of("content"))) {
            expected = 0;
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                expected += Files.readString(p).lines().filter(l -> l.matches("\\s+- at: .*")).count();
            }
        }
        assertEquals(expected, items.size());
        SyndEntry first = items.get(0);
        assertEquals("2026-11-27-slow-answers#2026-11-27T14:24:00Z", first.getUri());
        assertEquals("https://status.acme.example/incidents/2026-11-27-slow-answers/", first.getLink());
        assertEquals("Slow and incomplete AI answers: Monitoring", first.getTitle());
        assertEquals(Instant.parse("2026-11-27T14:24:00Z"), first.getPublishedDate().toInstant());
        assertTrue(Jsoup.parse(first.getDescription().getValue()).text().contains("Answers are back to normal speed"));
        List<Instant> dates = new ArrayList<>(items.stream().map(e -> e.getPublishedDate().toInstant()).toList());
        List<Instant> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, dates);
        assertEquals(items.size(), items.stream().map(SyndEntry::getUri).distinct().count(), "guids are unique");
    }

    @Test
    void atomCarriesTheSameItemsWithRfc3339Dates() throws Exception {
        SyndFeed atom = read("atom.xml");
        assertEquals("atom_1.0", atom.getFeedType());
        SyndFeed rss = read("feed.xml");
        assertEquals(rss.getEntries().size(), atom.getEntries().size());
        for (int i = 0; i < rss.getEntries().size(); i++) {
            SyndEntry a = atom.getEntries().get(i);
            SyndEntry r = rss.getEntries().get(i);
            assertEquals(r.getTitle(), a.getTitle());
            assertEquals(r.getPublishedDate(), a.getPublishedDate());
            assertTrue(a.getUri().endsWith("/#" + r.getUri().substring(r.getUri().indexOf('#') + 1)), a.getUri());
            assertTrue(a.getUri().startsWith("https://status.acme.example/"), a.getUri());
        }
        String raw = Files.readString(site.resolve("atom.xml"));
        assertTrue(raw.contains("<updated>2026-11-27T14:24:00Z</updated>"), "RFC 3339 dates");
    }

    @Test
    void aComponentFeedHoldsOnlyThatComponentsUpdates() throws Exception {
        SyndFeed search = read("components/search/feed.xml");
        assertEquals(4, search.getEntries().size()); // the EU search outage: four updates
        for (SyndEntry e : search.getEntries()) {
            assertEquals("https://status.acme.example/incidents/2026-09-16-eu-search-outage/", e.getLink());
        }
        SyndFeed billingAtom = read("components/billing/atom.xml");
        assertEquals(3, billingAtom.getEntries().size());
    }

    @Test
    void updateTextIsEscapedHtmlNotMarkup() throws Exception {
        String raw = Files.readString(site.resolve("feed.xml"));
        assertTrue(raw.contains("<description>&lt;p&gt;&lt;strong&gt;"), "HTML inside description is escaped");
    }
}
