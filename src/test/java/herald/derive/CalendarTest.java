package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.TestSite;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** maintenance.ics read back with ical4j: every window, right times, stable UIDs, linked from the pages. */
class CalendarTest {
    @TempDir
    Path dir;

    static Map<String, VEvent> events(Path site) throws IOException, ParserException {
        Calendar cal = new CalendarBuilder().build(new StringReader(Files.readString(site.resolve("maintenance.ics"))));
        Map<String, VEvent> byUid = new TreeMap<>();
        for (VEvent e : cal.<VEvent>getComponents(Component.VEVENT)) {
            byUid.put(e.getProperty(Property.UID).orElseThrow().getValue(), e);
        }
        return byUid;
    }

    static Instant instant(VEvent e, String property) {
        Temporal t = ((net.fortuna.ical4j.model.property.DateProperty<?>) e.getProperty(property).orElseThrow()).getDate();
        return Instant.from(t);
    }

    @Test
    void everyWindowIsThereWithItsTimesUidUrlAndStatus() throws Exception {
        Path site = TestSite.buildExample(dir);
        Map<String, VEvent> events = events(site);
        assertEquals(List.of("2026-10-18-database-upgrade@status.acme.example", "2027-01-16-sign-in-migration@status.acme.example"),
                List.copyOf(events.keySet()));
        VEvent upgrade = events.get("2026-10-18-database-upgrade@status.acme.example");
        assertEquals(Instant.parse("2026-10-18T01:00:00Z"), instant(upgrade, Property.DTSTART));
        assertEquals(Instant.parse("2026-10-18T02:00:00Z"), instant(upgrade, Property.DTEND));
        assertEquals(Instant.parse("2026-10-11T09:00:00Z"), instant(upgrade, Property.DTSTAMP));
        assertEquals("https://status.acme.example/maintenance/2026-10-18-database-upgrade/", upgrade.getProperty(Property.URL).orElseThrow().getValue());
        assertEquals("CONFIRMED", upgrade.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("Database upgrade", upgrade.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertTrue(upgrade.getProperty(Property.DESCRIPTION).orElseThrow().getValue().startsWith("We will upgrade our main database on 18 October"));
        VEvent migration = events.get("2027-01-16-sign-in-migration@status.acme.example");
        assertEquals(Instant.parse("2027-01-16T06:00:00Z"), instant(migration, Property.DTSTART));
        assertEquals(Instant.parse("2027-01-16T07:30:00Z"), instant(migration, Property.DTEND));
        assertTrue(migration.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("Affects: Sign-in, Web app"));
        // linked from the front page and from each maintenance page
        assertEquals("maintenance.ics", Jsoup.parse(site.resolve("index.html").toFile()).selectFirst("a[href$=maintenance.ics]").attr("href"));
        assertEquals("../../maintenance.ics", Jsoup.parse(site.resolve("maintenance/2027-01-16-sign-in-migration/index.html").toFile())
                .selectFirst("a[href$=maintenance.ics]").attr("href"));
    }

    @Test
    void uidsStayStableWhenAWindowIsUpdatedOrCancelled() throws Exception {
        Path site = TestSite.buildExample(dir);
        Map<String, VEvent> before = events(site);
        Path file = dir.resolve("content/maintenance/2027-01-16-sign-in-migration.md");
        Files.writeString(file, Files.readString(file).replace("internal:",
                "  - {at: 2026-11-27T12:00:00Z, status: cancelled, owner: Comms lead, scope: All workspaces, effect: None, body: \"We moved this window; a new date follows.\"}\ninternal:"));
        assertEquals(0, TestSite.build(dir, TestSite.EXAMPLE_NOW).exitCode());
        Map<String, VEvent> after = events(dir.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        VEvent cancelled = after.get("2027-01-16-sign-in-migration@status.acme.example");
        assertEquals("CANCELLED", cancelled.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("1", cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    @Test
    void longLinesAreFoldedAt75Octets() throws Exception {
        Path site = TestSite.buildExample(dir);
        int continuations = 0;
        for (String line : Files.readString(site.resolve("maintenance.ics")).split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
            if (line.startsWith(" ")) {
                continuations++;
            }
        }
        // the example has descriptions longer than a line, so some line must have been folded
        assertTrue(continuations > 0, "no folded line in maintenance.ics");
    }
}
