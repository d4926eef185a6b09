package herald.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, defect 2: offsets from ±18:01 to ±18:59 crashed lint and build with "internal error:
 * DateTimeException: Zone offset not in valid range", and a negative or five-digit year passed the
 * lint and crashed the build. Each is now a timestamp-offset finding at its value, in every
 * timestamp field, and a clear error for every time option.
 */
class TimestampRangeTest {
    @TempDir
    Path dir;

    private static final String SITE_WITH_CHECK_FROM = Fixtures.SITE + "policy:\n  publishCheckFrom: 2026-01-01T00:00:00Z\n";

    /** Writes the site, one incident and one maintenance window, with {@code from} replaced by {@code to} in {@code file}. */
    private String writeWith(String file, String from, String to) throws IOException {
        TestSite.write(dir, "-- content/site.yaml --\n" + SITE_WITH_CHECK_FROM
                + "-- " + Fixtures.INCIDENT_PATH + " --\n" + Fixtures.INCIDENT
                + "-- " + Fixtures.MAINTENANCE_PATH + " --\n" + Fixtures.MAINTENANCE);
        Path path = dir.resolve(file);
        TestSite.edit(path, from, to);
        return Files.readString(path);
    }

    private static void assertClean(Run run) {
        String all = run.out() + run.err();
        assertFalse(all.contains("internal error") || all.contains("Exception") || all.contains("\tat "), all);
    }

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource({
        "triggered,        " + Fixtures.INCIDENT_PATH + ",    triggered: 2026-11-20T14:02:00Z,  2026-11-27T14:39:00+18:30",
        "at,               " + Fixtures.INCIDENT_PATH + ",    at: 2026-11-20T14:09:00Z,         2026-11-27T14:39:00-18:01",
        "next,             " + Fixtures.INCIDENT_PATH + ",    next: 2026-11-20T14:25:00Z,       2026-11-27T14:39:00+18:59",
        "scheduled.start,  " + Fixtures.MAINTENANCE_PATH + ", start: 2026-12-01T02:00:00Z,      2026-12-01T02:00:00-18:59",
        "scheduled.end,    " + Fixtures.MAINTENANCE_PATH + ", end: 2026-12-01T03:00:00Z,        2026-12-01T03:00+18:01",
        "publishCheckFrom, content/site.yaml,                 publishCheckFrom: 2026-01-01T00:00:00Z, 2026-01-01T00:00:00+18:30",
    })
    void anOffsetPastEighteenHoursIsAFindingAtItsValue(String field, String file, String original, String bad) throws IOException {
        String key = original.substring(0, original.indexOf(':') + 2);
        String text = writeWith(file, original, key + bad);
        String offset = bad.substring(bad.length() - 6);
        String expected = file + ":" + TestSite.lineOf(text, key + bad) + ":" + (TestSite.columnOf(text, key + bad) + key.length())
                + ": error [timestamp-offset]";
        for (String command : List.of("lint", "build")) {
            Run run = command.equals("lint") ? TestSite.run(dir, "lint", "--now", "2026-11-27T14:30:00Z")
                    : TestSite.build(dir, "2026-11-27T14:30:00Z");
            assertClean(run);
            assertEquals(1, run.exitCode(), run.out() + run.err());
            String finding = run.findings().stream().filter(f -> f.startsWith(expected)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + expected + " in\n" + run.out()));
            assertTrue(finding.contains("is \"" + bad + "\": the offset " + offset + " is out of range; offsets run from -18:00 to +18:00"), finding);
        }
        assertFalse(Files.exists(dir.resolve("site")), "nothing was written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-2026-11-20T14:02:00Z", "+2026-11-20T14:02:00Z", "12026-11-20T14:02:00Z", "+12026-11-20T14:02:00Z",
        "1969-12-31T23:00:00Z", "9999-06-01T00:00:00Z"})
    void aYearTheOutputsCannotWriteIsAFindingNotACrashOfTheBuild(String bad) throws IOException {
        String text = writeWith(Fixtures.INCIDENT_PATH, "triggered: 2026-11-20T14:02:00Z", "triggered: " + bad);
        Run run = TestSite.build(dir, "2026-11-27T14:30:00Z");
        assertClean(run);
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.findings().contains(Fixtures.INCIDENT_PATH + ":" + TestSite.lineOf(text, bad) + ":12: error [timestamp-offset] \"triggered\" is \""
                + bad + "\": the year must have four digits, from 1970 to 9998; write e.g. 2026-11-20T14:09:00Z"), run.out());
    }

    @Test
    void eighteenHoursExactlyIsStillAnOffset() throws IOException {
        writeWith(Fixtures.INCIDENT_PATH, "triggered: 2026-11-20T14:02:00Z", "triggered: 2026-11-20T14:02:00+18:00");
        Run run = TestSite.run(dir, "lint", "--now", "2026-11-27T14:30:00Z");
        assertTrue(run.findings().stream().noneMatch(f -> f.contains("[timestamp-offset]")), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-27T14:39:00+18:30", "-2026-11-26T10:00:00Z", "+12026-11-26T10:00:00Z"})
    void everyTimeOptionRefusesThemWithAClearError(String bad) throws IOException {
        writeWith(Fixtures.INCIDENT_PATH, "title:", "title:");
        List<List<String>> commands = List.of(
                List.of("lint", "--now", bad),
                List.of("build", "--now", bad),
                List.of("new", "Slow answers", "--severity", "S2", "--components", "answers-api", "--triggered", bad),
                List.of("update", "2026-11-20-slow-answers", "--status", "monitoring", "--at", bad),
                List.of("maintenance", "new", "Upgrade", "--components", "answers-api", "--start", bad, "--end", "2026-12-02T03:00:00Z"));
        for (List<String> command : commands) {
            Run run = TestSite.run(dir, command.toArray(String[]::new));
            assertClean(run);
            assertEquals(2, run.exitCode(), command + ": " + run.out() + run.err());
            assertTrue(run.err().startsWith("herald: --"), command + ": " + run.err());
            assertTrue(run.err().contains(bad), run.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999", "-99999999999", "253402300800"})
    void aSourceDateEpochOutsideTheYearsIsAClearError(String epoch) throws IOException {
        writeWith(Fixtures.INCIDENT_PATH, "title:", "title:");
        Run run = TestSite.run(dir, Map.of("SOURCE_DATE_EPOCH", epoch), "lint");
        assertClean(run);
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("herald: SOURCE_DATE_EPOCH \"" + epoch + "\""), run.err());
    }
}
