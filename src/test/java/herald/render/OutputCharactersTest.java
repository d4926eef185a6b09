package herald.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import herald.model.TextChars;
import herald.derive.SiteView;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, defect 3, second half: the writers themselves cannot emit a character XML 1.0 (or
 * iCalendar, or strict JSON) forbids, even if one slipped past the lint. Each output is read
 * back with a real parser.
 */
class OutputCharactersTest {
    /** Every kind the lint refuses: C0, DEL, C1, both noncharacters of the BMP, a lone surrogate of each half. */
    static final String HOSTILE = "a\u0001b\u0007c\u000bd\u000ce\u001bf\u007fg\u0085h\u009fi\uFFFEj\uFFFFk\uD800l\uDC00m\uD83D\uDE80n";
    private static final Instant T = Instant.parse("2026-11-27T14:30:00Z");

    private static org.w3c.dom.Document parseXml(String xml) throws Exception {
        return herald.fuzz.OutputChecks.parseXml(xml);
    }

    private static void assertOnlyAllowed(String out) {
        String withoutLineEnds = out.replace("\r\n", "\n");
        assertEquals(-1, TextChars.firstForbidden(withoutLineEnds, 0), withoutLineEnds);
        assertTrue(out.contains("\uD83D\uDE80"), "a well-formed pair (an emoji) is kept");
    }

    private static SiteView.Feed feed() {
        return new SiteView.Feed("feed.xml", "atom.xml", "Title " + HOSTILE, "Description " + HOSTILE, "https://s.example/",
                T, List.of(new SiteView.FeedItem("id#" + HOSTILE, "https://s.example/#" + HOSTILE, "Item " + HOSTILE,
                        "https://s.example/i/", T, "<p>" + HOSTILE + "</p>")));
    }

    @Test
    void rssAndAtomParseWhateverTheyAreGiven() throws Exception {
        for (String xml : List.of(XmlOutput.rss(feed(), "https://s.example/", "en"), XmlOutput.atom(feed(), "https://s.example/", "Acme " + HOSTILE))) {
            assertOnlyAllowed(xml);
            String title = parseXml(xml).getElementsByTagNameNS("*", "title").item(0).getTextContent();
            assertTrue(title.startsWith("Title a\uFFFDb\uFFFDc"), title);
        }
    }

    @Test
    void theSitemapAndBadgesParseToo() throws Exception {
        String sitemap = XmlOutput.sitemap("https://s.example/", List.of("a" + HOSTILE + "/"));
        assertOnlyAllowed(sitemap);
        parseXml(sitemap);
        String badge = Badge.svg("status " + HOSTILE, "ok " + HOSTILE, "#1a7f37", "Status: " + HOSTILE);
        assertOnlyAllowed(badge);
        assertTrue(parseXml(badge).getElementsByTagNameNS("*", "title").item(0).getTextContent().startsWith("Status: a\uFFFDb"));
    }

    @Test
    void jsonIsStrictJson() throws Exception {
        String json = JsonOutput.write(Map.of("message", HOSTILE));
        assertOnlyAllowed(json);
        String back = new ObjectMapper().readTree(json.getBytes(StandardCharsets.UTF_8)).get("message").asText();
        assertEquals(-1, TextChars.firstForbidden(back, 0), "escaped or replaced, never a forbidden character: " + back);
    }

    @Test
    void theCalendarParsesWithIcal4j() throws Exception {
        String ics = ICalendar.write("Cal " + HOSTILE, List.of(new herald.derive.SiteView.CalendarEvent("uid-1", T, T, T.plusSeconds(3600), T, 0,
                "Summary " + HOSTILE, "Line one\rline two " + HOSTILE, "https://s.example/m/", false)));
        assertOnlyAllowed(ics);
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        VEvent e = cal.<VEvent>getComponents(Component.VEVENT).get(0);
        assertTrue(e.getProperty(Property.SUMMARY).orElseThrow().getValue().startsWith("Summary a\uFFFDb"));
        assertTrue(e.getProperty(Property.DESCRIPTION).orElseThrow().getValue().startsWith("Line one\nline two"));
    }
}
