package herald.content;

import static herald.Fixtures.INCIDENT;
import static herald.Fixtures.INCIDENT_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never gives a stack trace: a positioned finding or a one-line error, and the right exit status. */
class BadInputTest {
    @TempDir
    Path dir;

    private Run lintWith(String incidentFileContent) throws IOException {
        TestSite.write(dir, Fixtures.site(""));
        Files.writeString(dir.resolve(INCIDENT_PATH), incidentFileContent, StandardCharsets.UTF_8);
        return lint();
    }

    private Run lint() {
        Run run = TestSite.run(dir, "lint", "--now", "2026-11-27T14:30:00Z");
        assertNoStackTrace(run);
        return run;
    }

    static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), "stack trace printed:\n" + run.err());
        assertFalse(run.err().contains("Exception") || run.out().contains("Exception"), "exception name printed:\n" + run.err() + run.out());
    }

    private static void assertOnly(Run run, String expected) {
        assertEquals(List.of(expected), run.findings(), run.out() + run.err());
        assertEquals(1, run.exitCode());
    }

    @Test
    void brokenYaml() throws IOException {
        Run run = lintWith("---\ntitle: x\ncomponents: [a, b\nseverity: S2\n---\n");
        assertEquals(1, run.findings().size(), run.out());
        assertTrue(run.findings().get(0).startsWith(INCIDENT_PATH + ":4:"), run.out());
        assertTrue(run.findings().get(0).contains("error [yaml-syntax] invalid YAML"), run.out());
        assertEquals(1, run.exitCode());
    }

    @Test
    void unquotedColonInAValue() throws IOException {
        Run run = lintWith("---\ntitle: Update: slow answers\n---\n");
        assertOnly(run, INCIDENT_PATH + ":2:14: error [yaml-syntax] unexpected ':' in a value; put quotes around a value that contains ': '");
    }

    @Test
    void missingOpeningFence() throws IOException {
        Run run = lintWith("title: x\nseverity: S2\n");
        assertOnly(run, INCIDENT_PATH + ":1:1: error [yaml-syntax] the file does not start with '---'; did you forget the front matter fence? Put a '---' line before the YAML and another after it");
    }

    @Test
    void missingClosingFence() throws IOException {
        Run run = lintWith("---\ntitle: x\nseverity: S2\n");
        assertOnly(run, INCIDENT_PATH + ":3:1: error [yaml-syntax] no closing '---' line after the front matter opened at line 1; add a '---' line after the YAML");
    }

    @Test
    void tabIndentation() throws IOException {
        Run run = lintWith("---\ntitle: x\nupdates:\n\t- at: 2026-11-20T14:09:00Z\n---\n");
        assertOnly(run, INCIDENT_PATH + ":4:1: error [yaml-syntax] a tab character cannot indent YAML; indent with spaces");
    }

    @Test
    void emptyFile() throws IOException {
        Run run = lintWith("");
        assertOnly(run, INCIDENT_PATH + ":1:1: error [yaml-syntax] the file is empty; an incident starts with a '---' line, its YAML front matter, and a closing '---' line");
    }

    @Test
    void binaryFile() throws IOException {
        TestSite.write(dir, Fixtures.site(""));
        Files.write(dir.resolve(INCIDENT_PATH), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Run run = lint();
        assertOnly(run, INCIDENT_PATH + ":3:1: error [yaml-syntax] the file is binary (it holds a NUL byte); content files must be UTF-8 text: move it out of content/");
    }

    @Test
    void tenMegabyteFile() throws IOException {
        TestSite.write(dir, Fixtures.site(""));
        Files.writeString(dir.resolve(INCIDENT_PATH), "---\ntitle: " + "x".repeat(10_000_000) + "\n---\n");
        Run run = lint();
        assertOnly(run, INCIDENT_PATH + ":1:1: error [yaml-syntax] the file is 10.0 MB; content files may be at most 1 MB, so this is probably not an incident file: move it out of content/");
    }

    @Test
    void aDirectoryNamedLikeAnIncidentIsAOneLineErrorWithExitStatus2() throws IOException {
        TestSite.write(dir, Fixtures.site(INCIDENT));
        Files.createDirectories(dir.resolve("content/incidents/2026-11-21-folder.md"));
        Run run = lint();
        assertEquals(2, run.exitCode());
        assertEquals("herald: cannot read content/incidents/2026-11-21-folder.md: it is a directory, not a file\n", run.err());
    }

    @Test
    void yamlAliasBomb() throws IOException {
        String bomb = """
                ---
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                ---
                """;
        Run run = lintWith(bomb);
        assertOnly(run, INCIDENT_PATH + ":3:8: error [yaml-syntax] YAML aliases (*a) are not supported in Herald content; write the value out in full");
    }

    @Test
    void deeplyNestedYaml() throws IOException {
        Run run = lintWith("---\ntitle: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n");
        assertEquals(1, run.findings().size(), run.out());
        assertTrue(run.findings().get(0).contains("[yaml-syntax]"), run.out());
    }

    @Test
    void nonUtf8File() throws IOException {
        TestSite.write(dir, Fixtures.site(""));
        byte[] latin1 = "---\ntitle: Caf\u00e9 down\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve(INCIDENT_PATH), latin1);
        Run run = lint();
        assertOnly(run, INCIDENT_PATH + ":2:11: error [yaml-syntax] the file is not valid UTF-8 (byte 0xE9); save it as UTF-8");
    }

    @Test
    void unreadableFileIsAOneLineErrorWithExitStatus2() throws IOException {
        TestSite.write(dir, Fixtures.site(INCIDENT));
        // A dangling link cannot be read even by root (chmod 000 can), so it stands for any unreadable file.
        Files.createSymbolicLink(dir.resolve("content/incidents/2026-11-22-gone.md"), dir.resolve("nowhere.md"));
        Run run = lint();
        assertEquals(2, run.exitCode());
        assertEquals("herald: cannot read content/incidents/2026-11-22-gone.md: no such file (a broken link?)\n", run.err());
        assertTrue(run.out().endsWith("0 errors, 0 warnings in 3 files\n"), run.out());
    }

    @Test
    void byteOrderMarkAndCrlfKeepPositionsRight() throws IOException {
        String bad = INCIDENT.replace("severity: S2", "severity: S7");
        String crlf = "\uFEFF" + bad.replace("\n", "\r\n");
        Run run = lintWith(crlf);
        assertOnly(run, INCIDENT_PATH + ":3:11: error [invalid-value] \"severity\" is \"S7\"; use one of: S1, S2, S3, S4");
    }

    @Test
    void noContentFolderIsExitStatus2() {
        Run run = TestSite.run(dir, "lint");
        assertEquals(2, run.exitCode());
        assertEquals("herald: content folder content does not exist; run herald in your site's folder or pass --content DIR\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingSiteYamlIsExitStatus2() throws IOException {
        Files.createDirectories(dir.resolve("content/incidents"));
        Run run = TestSite.run(dir, "lint");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("herald: no site.yaml in content;"), run.err());
    }

    @Test
    void unreadableSiteYamlIsExitStatus2() throws IOException {
        Files.createDirectories(dir.resolve("content/site.yaml"));
        Run run = TestSite.run(dir, "lint");
        assertEquals(2, run.exitCode());
        assertEquals("herald: cannot read content/site.yaml: it is a directory, not a file\n", run.err());
    }

    @Test
    void brokenSiteYamlIsAFindingNotACrash() throws IOException {
        TestSite.write(dir, "-- content/site.yaml --\ntitle: x\n  bad: indent\n");
        Run run = lint();
        assertEquals(1, run.exitCode());
        assertTrue(run.findings().get(0).startsWith("content/site.yaml:2:"), run.out());
    }
}
