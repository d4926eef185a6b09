package herald.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import herald.render.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing build never touches the previous site; a good one leaves nothing stale behind. */
class SiteWriterTest {
    @TempDir
    Path dir;

    private SortedMap<String, byte[]> buildOnce() throws IOException {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Run run = TestSite.build(dir, "2026-11-27T00:00:00Z");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return TestSite.files(dir.resolve("site"));
    }

    private void assertUnchanged(SortedMap<String, byte[]> before) throws IOException {
        SortedMap<String, byte[]> after = TestSite.files(dir.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) {
            assertArrayEquals(before.get(k), after.get(k), k);
        }
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".herald-")).toList(),
                    "no temporary folder is left behind");
        }
    }

    @Test
    void aLintErrorLeavesThePreviousSiteByteIdentical() throws IOException {
        SortedMap<String, byte[]> before = buildOnce();
        TestSite.write(dir, "-- " + Fixtures.INCIDENT_PATH + " --\n" + Fixtures.INCIDENT.replace("severity: S2", "severity: S9"));
        Run run = TestSite.build(dir, "2026-11-27T00:00:00Z");
        assertEquals(1, run.exitCode());
        assertUnchanged(before);
    }

    @Test
    void aTemplateErrorHalfWayLeavesThePreviousSiteByteIdentical() throws IOException {
        SortedMap<String, byte[]> before = buildOnce();
        Path theme = dir.resolve("broken-theme");
        TestSite.copyTree(TestSite.THEME, theme);
        // the incident page template fails; the front page template is fine
        Files.writeString(theme.resolve("templates/incident.ftlh"), "<#import \"layout.ftlh\" as l>${page.noSuchField.deeper}");
        Run run = TestSite.run(dir, "build", "--now", "2026-11-27T00:00:00Z", "--theme", theme.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("herald: build stopped: template incident.ftlh failed at line 1"), run.err());
        assertTrue(run.err().contains("the previous site is untouched"), run.err());
        assertUnchanged(before);
    }

    @Test
    void anIoFailureWhileWritingLeavesThePreviousSiteByteIdentical() throws IOException {
        SortedMap<String, byte[]> before = buildOnce();
        // the second file cannot be created: its parent is a file that the first one wrote
        List<OutputFile> files = List.of(OutputFile.text("a/index.html", "new"), OutputFile.text("a/index.html/b.html", "x"));
        assertThrows(IOException.class, () -> SiteWriter.replace(dir.resolve("site"), files));
        assertUnchanged(before);
    }

    @Test
    void aStaleFileFromAnEarlierBuildDoesNotSurviveButDotEntriesDo() throws IOException {
        buildOnce();
        Files.writeString(dir.resolve("site/incidents/old-removed-incident.html"), "stale");
        Files.writeString(dir.resolve("site/.gitignore"), "*\n");
        Files.createDirectories(dir.resolve("site/.git"));
        Files.writeString(dir.resolve("site/.git/HEAD"), "ref: refs/heads/gh-pages\n");
        Run run = TestSite.build(dir, "2026-11-27T00:00:00Z");
        assertEquals(0, run.exitCode());
        assertFalse(Files.exists(dir.resolve("site/incidents/old-removed-incident.html")));
        assertEquals("*\n", Files.readString(dir.resolve("site/.gitignore")));
        assertEquals("ref: refs/heads/gh-pages\n", Files.readString(dir.resolve("site/.git/HEAD")));
        assertTrue(Files.exists(dir.resolve("site/index.html")));
    }

    @Test
    void theFirstBuildCreatesTheFolder() throws IOException {
        SortedMap<String, byte[]> files = buildOnce();
        assertTrue(files.containsKey("index.html"));
        assertTrue(files.containsKey("banner.json"));
    }
}
