package herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * herald maintenance pending, as the scheduled job uses it: with --within, only the runs around a
 * window's start and end say "publish", not every run while a window is days ahead.
 */
class MaintenancePendingTest {
    static final String LINE = "2026-12-01-db-upgrade\tupcoming\t2026-12-01T02:00Z\t2026-12-01T03:00Z\n";

    @TempDir
    Path dir;

    @BeforeEach
    void aWindowFrom0200To0300() {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT) + "-- " + Fixtures.MAINTENANCE_PATH + " --\n" + Fixtures.MAINTENANCE);
    }

    private Run pending(String now, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "maintenance";
        args[1] = "pending";
        args[2] = "--now=" + now;
        System.arraycopy(more, 0, args, 3, more.length);
        return TestSite.run(dir, args);
    }

    @Test
    void withoutWithinEveryUpcomingWindowIsPending() {
        Run run = pending("2026-11-27T14:30:00Z", "--check");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(LINE, run.out());
    }

    @Test
    void daysAheadIsNotWithinTheNextRuns() {
        Run run = pending("2026-11-27T14:30:00Z", "--within", "10m", "--check");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("nothing pending within 10m of now (2026-11-27T14:30:00Z)\n", run.out());
    }

    @Test
    void aStartInTheNextIntervalIsPending() {
        Run run = pending("2026-12-01T01:53:00Z", "--within", "10m", "--check");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(LINE, run.out());
        assertEquals(1, pending("2026-12-01T01:49:00Z", "--within", "10m", "--check").exitCode(), "11 minutes ahead is not");
    }

    @Test
    void aStartJustPassedIsPendingSoTheRunAfterItPublishesTheMaintenanceState() {
        Run run = pending("2026-12-01T02:04:00Z", "--within", "10m", "--check");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("2026-12-01-db-upgrade\tin-progress\t2026-12-01T02:00Z\t2026-12-01T03:00Z\n", run.out());
    }

    @Test
    void halfWayThroughIsNotPendingButTheEndIs() {
        assertEquals(1, pending("2026-12-01T02:30:00Z", "--within", "10m", "--check").exitCode());
        assertEquals(0, pending("2026-12-01T02:55:00Z", "--within", "10m", "--check").exitCode());
        assertEquals(0, pending("2026-12-01T03:08:00Z", "--within", "10m", "--check").exitCode());
    }

    @Test
    void aClosedWindowIsNeverPending() {
        String completed = Fixtures.MAINTENANCE.substring(0, Fixtures.MAINTENANCE.lastIndexOf("---\n")) + """
                  - at: 2026-12-01T02:50:00Z
                    status: completed
                    owner: SRE
                    scope: all regions
                    effect: none
                    body: The upgrade is complete.
                ---
                """;
        TestSite.write(dir, "-- " + Fixtures.MAINTENANCE_PATH + " --\n" + completed);
        assertEquals(0, TestSite.run(dir, "lint", "--now", "2026-12-01T02:55:00Z").exitCode(), "a valid closed window");
        Run run = pending("2026-12-01T02:55:00Z", "--within", "10m", "--check");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("nothing pending within 10m of now (2026-12-01T02:55:00Z)\n", run.out());
        Run all = pending("2026-12-01T02:55:00Z", "--check");
        assertEquals(1, all.exitCode(), all.out() + all.err());
        assertEquals("nothing pending (2026-12-01T02:55:00Z)\n", all.out());
    }

    @Test
    void aBadWithinIsExitStatus2() {
        Run run = pending("2026-12-01T02:55:00Z", "--within", "soon");
        assertEquals(2, run.exitCode());
        assertEquals("herald: --within \"soon\" is not a duration; write e.g. 10m or 1h\n", run.err());
    }
}
