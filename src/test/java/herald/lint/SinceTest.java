package herald.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * since: in site.yaml, for the site and per component (the first day with data): each bad value
 * is an invalid-value finding at the value, with a near-miss that passes. The fixture incident was
 * triggered on 2026-11-20 and names answers-api and citations.
 */
class SinceTest {
    private static final String NOW = "2026-11-27T14:30:00Z";

    @TempDir
    Path dir;

    /** Lints the fixtures with site.yaml changed: {@code siteSince} after timezone, {@code componentSince} on citations. */
    private Run lint(String siteSince, String componentSince) {
        String site = Fixtures.SITE;
        if (siteSince != null) {
            site = Fixtures.change(site, "timezone: UTC\n", "timezone: UTC\nsince: " + siteSince + "\n");
        }
        if (componentSince != null) {
            site = Fixtures.change(site, "    name: Citations\n", "    name: Citations\n    since: " + componentSince + "\n");
        }
        TestSite.write(dir, "-- content/site.yaml --\n" + site + "-- " + Fixtures.INCIDENT_PATH + " --\n" + Fixtures.INCIDENT);
        return TestSite.run(dir, "lint", "--now", NOW);
    }

    private static List<String> siteFindings(Run run) {
        return run.findings().stream().filter(f -> f.startsWith("content/site.yaml")).toList();
    }

    @Test
    void daysOnOrBeforeTheFirstEntryPass() {
        Run run = lint("2026-01-15", "2026-11-20");
        assertEquals(List.of(), siteFindings(run), run.out());
        assertEquals(0, run.exitCode(), run.out());
    }

    @Test
    void aSinceThatIsNotADateIsAnInvalidValueAtTheValue() {
        Run run = lint("last spring", null);
        assertEquals(List.of("content/site.yaml:4:8: error [invalid-value] \"since\" is \"last spring\", not a date; write the first day "
                + "with data as YYYY-MM-DD (a day in the site's time zone, from 1970), e.g. 2026-01-15"), siteFindings(run));
        assertEquals(1, run.exitCode());
    }

    @Test
    void aTimestampIsNotADay() {
        Run run = lint(null, "2026-11-20T10:00:00Z");
        assertEquals(List.of("content/site.yaml:10:12: error [invalid-value] \"since\" of component 2 is \"2026-11-20T10:00:00Z\", "
                + "not a date; write the first day with data as YYYY-MM-DD (a day in the site's time zone, from 1970), e.g. 2026-01-15"),
                siteFindings(run));
    }

    @Test
    void aDayThatIsNotOnTheCalendarSaysSo() {
        Run run = lint("2026-02-30", null);
        assertEquals(List.of("content/site.yaml:4:8: error [invalid-value] \"since\" is \"2026-02-30\", not a day of the calendar; "
                + "write the first day with data as YYYY-MM-DD, e.g. 2026-01-15"), siteFindings(run));
    }

    @Test
    void aComponentCannotHaveDataBeforeTheSite() {
        Run run = lint("2026-11-01", "2026-10-31");
        assertEquals(List.of("content/site.yaml:11:12: error [invalid-value] \"since\" of component citations is 2026-10-31, before the "
                + "site's since 2026-11-01: a component has no data before the site; write 2026-11-01 or later, or remove it"),
                siteFindings(run));
        assertEquals(List.of(), siteFindings(lint("2026-11-01", "2026-11-01")), "the same day is fine");
    }

    @Test
    void aSinceAfterAnEntryWouldHideItFromTheBars() {
        Run site = lint("2026-11-21", null);
        assertEquals(List.of("content/site.yaml:4:8: error [invalid-value] \"since\" is 2026-11-21, after "
                + Fixtures.INCIDENT_PATH + " began (2026-11-20): the bars would show that day as no data; write 2026-11-20 or earlier, "
                + "or remove since (the default is the earliest entry)"), siteFindings(site));
        Run component = lint(null, "2026-11-21");
        assertEquals(List.of("content/site.yaml:10:12: error [invalid-value] \"since\" of component citations is 2026-11-21, after "
                + Fixtures.INCIDENT_PATH + " began (2026-11-20): the bars would show that day as no data; write 2026-11-20 or earlier"),
                siteFindings(component));
    }

    @Test
    void aComponentsSinceAfterAnEntryOfAnotherComponentIsFine() {
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE + "  - id: search\n    name: Search\n    since: 2026-11-25\n"
                + "-- " + Fixtures.INCIDENT_PATH + " --\n" + Fixtures.INCIDENT);
        Run run = TestSite.run(dir, "lint", "--now", NOW);
        assertEquals(List.of(), siteFindings(run), run.out());
    }
}
