package herald.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build over a previous site links the files whose bytes did not change (same file, same time)
 * and writes the others; either way the site is the one a build into an empty folder writes.
 */
class UnchangedFilesTest {
    private static final String NOW = "2026-11-27T00:00:00Z";

    @TempDir
    Path dir;

    private Object fileKey(String path) throws IOException {
        return Files.readAttributes(dir.resolve("site").resolve(path), BasicFileAttributes.class).fileKey();
    }

    private FileTime time(String path) throws IOException {
        return Files.getLastModifiedTime(dir.resolve("site").resolve(path));
    }

    private void build() {
        Run run = TestSite.build(dir, NOW);
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    @Test
    void unchangedFilesAreKeptAndChangedOnesWritten() throws IOException, InterruptedException {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        build();
        String incidentPage = "incidents/2026-11-20-slow-answers/index.html";
        String robots = "robots.txt";
        Object robotsKey = fileKey(robots);
        FileTime robotsTime = time(robots);
        Object pageKey = fileKey(incidentPage);
        Thread.sleep(20); // so that a rewritten file would get another time stamp

        build();
        assertEquals(robotsKey, fileKey(robots), "an unchanged file is the previous build's");
        assertEquals(robotsTime, time(robots));
        assertEquals(pageKey, fileKey(incidentPage));

        TestSite.write(dir, "-- " + Fixtures.INCIDENT_PATH + " --\n" + Fixtures.INCIDENT.replace("title: ", "title: Now "));
        build();
        assertNotEquals(pageKey, fileKey(incidentPage), "the changed page is written anew");
        assertEquals(robotsKey, fileKey(robots));

        SortedMap<String, byte[]> linked = TestSite.files(dir.resolve("site"));
        Files.move(dir.resolve("site"), dir.resolve("kept"));
        build(); // into an empty folder: nothing to link
        SortedMap<String, byte[]> fresh = TestSite.files(dir.resolve("site"));
        assertEquals(fresh.keySet(), linked.keySet());
        for (String k : fresh.keySet()) {
            assertArrayEquals(fresh.get(k), linked.get(k), k);
        }
    }

    @Test
    void aLaterBuildKeepsThePagesOfEntriesThatAreOverAndRewritesTheOthers() throws IOException {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT) + "-- " + Fixtures.MAINTENANCE_PATH + " --\n" + Fixtures.MAINTENANCE);
        build();
        String resolved = "incidents/2026-11-20-slow-answers/index.html";
        String upcoming = "maintenance/2026-12-01-db-upgrade/index.html";
        Object resolvedKey = fileKey(resolved);
        Object upcomingKey = fileKey(upcoming);
        Object indexKey = fileKey("index.html");
        Object monthKey = fileKey("history/2026-11/index.html");

        Run later = TestSite.build(dir, "2026-11-27T01:00:00Z"); // an hour on: the scheduled rebuild of a quiet day
        assertEquals(0, later.exitCode(), later.out() + later.err());
        assertEquals(resolvedKey, fileKey(resolved), "nothing on a resolved incident's page changes with the build time");
        String page = Files.readString(dir.resolve("site").resolve(resolved));
        assertTrue(page.contains("Status as of <time datetime=\"2026-11-20T15:04:00Z\">"), "as of its last update: " + page);
        assertNotEquals(upcomingKey, fileKey(upcoming), "an upcoming window's page is as of the build");
        assertTrue(Files.readString(dir.resolve("site").resolve(upcoming)).contains("Status as of <time datetime=\"2026-11-27T01:00:00Z\">"));
        assertEquals(monthKey, fileKey("history/2026-11/index.html"), "a month whose entries are all over keeps its page");
        assertNotEquals(indexKey, fileKey("index.html"));
    }

    @Test
    void aMonthPageIsNeverAsOfBeforeTheNewestStartItsNavigationCounts() throws IOException {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT) + "-- " + Fixtures.MAINTENANCE_PATH + " --\n" + Fixtures.MAINTENANCE);
        build(); // 27 Nov: the window (1 Dec) is not history yet; November holds the incident resolved on 20 Nov
        assertTrue(Files.readString(dir.resolve("site/history/2026-11/index.html")).contains("Status as of <time datetime=\"2026-11-20T15:04:00Z\">"));

        Run later = TestSite.build(dir, "2026-12-02T00:00:00Z"); // the window has started: every month page now links December
        assertEquals(0, later.exitCode(), later.out() + later.err());
        String november = Files.readString(dir.resolve("site/history/2026-11/index.html"));
        assertTrue(november.contains("December"), november);
        assertTrue(november.contains("Status as of <time datetime=\"2026-12-01T02:00:00Z\">"), "as of the window's start: " + november);
        String december = Files.readString(dir.resolve("site/history/2026-12/index.html"));
        assertFalse(december.contains("Status as of <time datetime=\"2026-11-"), "a December page is never as of November: " + december);
    }
}
