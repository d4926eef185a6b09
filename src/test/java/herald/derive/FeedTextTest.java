package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 12, defect 5: the RSS channel description (the site's and each component's description)
 * was escaped once while item descriptions carry escaped HTML, so a reader that renders it as
 * HTML got live markup. Every text field of every feed now carries HTML: a reader that renders it
 * shows the words as written, never an element.
 */
class FeedTextTest {
    @TempDir
    Path dir;

    private static final String MARKUP = "<img src=x onerror=alert(1)><b>bold</b> & \"co\"";

    @Test
    void everyFeedTextFieldReadsAsTextWhenRenderedAsHtml() throws Exception {
        String site = Fixtures.SITE.replace("title: Test Status", "title: \"Test " + MARKUP.replace("\"", "\\\"") + "\"")
                .replace("    name: AI answers\n", "    name: \"AI answers " + MARKUP.replace("\"", "\\\"") + "\"\n"
                        + "    description: \"Answers " + MARKUP.replace("\"", "\\\"") + "\"\n")
                + "description: \"Status " + MARKUP.replace("\"", "\\\"") + "\"\n";
        String incident = Fixtures.INCIDENT.replace("title: Slow and incomplete AI answers", "title: \"Slow " + MARKUP.replace("\"", "\\\"") + "\"");
        TestSite.write(dir, "-- content/site.yaml --\n" + site + "-- " + Fixtures.INCIDENT_PATH + " --\n" + incident);
        Run run = TestSite.build(dir, "2026-11-27T14:30:00Z");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        int checked = 0;
        for (String feed : List.of("feed.xml", "atom.xml", "components/answers-api/feed.xml", "components/answers-api/atom.xml")) {
            org.w3c.dom.Document xml = herald.fuzz.OutputChecks.parseXml(Files.readString(dir.resolve("site/" + feed)));
            for (String field : List.of("title", "description", "subtitle")) {
                NodeList nodes = xml.getElementsByTagNameNS("*", field);
                for (int i = 0; i < nodes.getLength(); i++) {
                    Element e = (Element) nodes.item(i);
                    if (field.equals("description") && e.getParentNode().getLocalName().equals("item")) {
                        continue; // the update itself: sanitized HTML, checked below
                    }
                    if (feed.endsWith("atom.xml")) {
                        assertEquals("html", e.getAttribute("type"), feed + " " + field + " says what it holds");
                    }
                    Document asHtml = Jsoup.parseBodyFragment(e.getTextContent());
                    assertEquals(0, asHtml.body().children().size(), feed + " " + field + " renders as markup: " + e.getTextContent());
                    assertTrue(asHtml.body().text().contains(MARKUP), feed + " " + field + " keeps the words: " + asHtml.body().text());
                    checked++;
                }
            }
            // the update text itself is HTML, sanitized: rendered, it has elements but no script
            String item = xml.getElementsByTagNameNS("*", feed.endsWith("atom.xml") ? "content" : "item").item(0).getTextContent();
            SafetyTest.assertNoLiveScript(Jsoup.parse(item), feed);
        }
        assertTrue(checked >= 4 * 3, "channel and item titles and descriptions were checked: " + checked);
        try (XmlReader reader = new XmlReader(Files.newInputStream(dir.resolve("site/feed.xml")))) {
            SyndFeed rss = new SyndFeedInput().build(reader);
            assertEquals("Status " + MARKUP, Jsoup.parseBodyFragment(rss.getDescription()).body().text(), "a feed reader gets the words back");
        }
    }
}
