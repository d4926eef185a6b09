package herald.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
