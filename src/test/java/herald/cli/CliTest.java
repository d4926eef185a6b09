package herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process through Main.run: exit codes, output formats, help. */
class CliTest {
    @TempDir
    Path dir;

    private static final String LATE = Fixtures.INCIDENT
            .replace("next: 2026-11-20T14:40:00Z", "next: 2026-11-20T14:45:00Z")
            .replace("- at: 2026-11-20T14:40:00Z", "- at: 2026-11-20T14:46:00Z");

    @Test
    void helpListsCommandsExitCodesAndExamples() {
        Run run = TestSite.run(dir, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("lint"), run.out());
        assertTrue(run.out().contains("build"), run.out());
        assertTrue(run.out().contains("Exit status:"), run.out());
        assertTrue(run.out().contains("Examples:"), run.out());
    }

    @Test
    void everySubcommandHasHelpWithExamples() {
        // Main adds the subcommands (only the named one when a line names one): every one it can add
        for (Class<?> c : HeraldCommand.SUBCOMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            Run run = TestSite.run(dir, name, "--help");
            assertEquals(0, run.exitCode(), name);
            assertTrue(run.out().contains("Usage: herald " + name), run.out());
            assertTrue(run.out().contains("Examples:"), name + " --help has no examples:\n" + run.out());
        }
    }

    @Test
    void versionNamesTheVersionFromThePomAndTheCommit() throws Exception {
        Run run = TestSite.run(dir, "--version");
        assertEquals(0, run.exitCode());
        String pomVersion = java.nio.file.Files.readString(Path.of("pom.xml"))
                .replaceFirst("(?s).*?<artifactId>herald</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        String head = herald.Git.ok(Path.of("").toAbsolutePath(), "rev-parse", "--short=10", "HEAD").strip();
        assertEquals("herald " + pomVersion + " (commit " + head + ")\nJava " + System.getProperty("java.version") + "\n", run.out());
    }

    @Test
    void anUnknownOptionIsExitStatus2WithAHint() {
        Run run = TestSite.run(dir, "lint", "--colour");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--colour'"), run.err());
        assertTrue(run.err().contains("Try 'herald lint --help'"), run.err());
    }

    @Test
    void aBadNowIsExitStatus2() {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Run run = TestSite.run(dir, "lint", "--now", "yesterday");
        assertEquals(2, run.exitCode());
        assertEquals("herald: --now \"yesterday\" is not a timestamp with an offset; write e.g. 2026-11-20T15:00:00Z\n", run.err());
    }

    @Test
    void aBadFormatIsExitStatus2() {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Run run = TestSite.run(dir, "lint", "--format", "xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--format"), run.err());
    }

    @Test
    void nowComesFromSourceDateEpochWhenNotGiven() {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        // 2026-11-20T15:00:00Z is before the resolved update at 15:04: future-update proves the epoch was used
        Run run = TestSite.run(dir, Map.of("SOURCE_DATE_EPOCH", "1795186800"), "lint");
        assertTrue(run.out().contains("[future-update]"), run.out());
        Run withNow = TestSite.run(dir, Map.of("SOURCE_DATE_EPOCH", "1795186800"), "lint", "--now", "2026-11-27T00:00:00Z");
        assertEquals(0, withNow.exitCode(), withNow.out());
    }

    @Test
    void nowDefaultsToTheClock() {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        assertEquals(0, TestSite.run(dir, "lint").exitCode()); // the test clock is 2026-11-27
        // the clock before the resolved update at 15:04: only the clock can make that update future
        Run early = TestSite.runAt(dir, java.time.Instant.parse("2026-11-20T15:00:00Z"), Map.of(), "lint");
        assertEquals(1, early.exitCode(), early.out());
        assertTrue(early.out().contains("error [future-update]"), early.out());
    }

    @Test
    void jsonFormat() throws Exception {
        TestSite.write(dir, Fixtures.site(LATE));
        Run run = TestSite.run(dir, "lint", "--format", "json", "--now", "2026-11-27T00:00:00Z");
        assertEquals(1, run.exitCode());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals(1, doc.get("errors").asInt());
        assertEquals(0, doc.get("warnings").asInt());
        JsonNode d = doc.get("diagnostics").get(0);
        assertEquals(Fixtures.INCIDENT_PATH, d.get("file").asText());
        assertEquals(TestSite.lineOf(LATE, "at: 2026-11-20T14:46:00Z"), d.get("line").asInt());
        assertEquals(5, d.get("column").asInt());
        assertEquals("error", d.get("level").asText());
        assertEquals("cadence-gap", d.get("rule").asText());
        assertEquals("21m between updates at 14:25 and 14:46 while identified; the limit is 20m (policy.activeCadence)", d.get("message").asText());
        assertEquals(6, d.size());
    }

    @Test
    void githubFormatWritesWorkflowCommands() {
        TestSite.write(dir, Fixtures.site(LATE));
        Run run = TestSite.run(dir, "lint", "--format", "github", "--now", "2026-11-27T00:00:00Z");
        int line = TestSite.lineOf(LATE, "at: 2026-11-20T14:46:00Z");
        assertEquals("::error file=" + Fixtures.INCIDENT_PATH + ",line=" + line + ",col=5,title=cadence-gap::"
                + "21m between updates at 14:25 and 14:46 while identified; the limit is 20m (policy.activeCadence)",
                run.out().lines().findFirst().orElseThrow());
        assertEquals(1, run.exitCode());
    }

    @Test
    void buildRunsTheLintFirstAndStopsOnErrors() {
        TestSite.write(dir, Fixtures.site(LATE));
        Run run = TestSite.run(dir, "build", "--now", "2026-11-27T00:00:00Z");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("[cadence-gap]"), run.out());
        assertTrue(run.err().contains("build stopped"), run.err());
    }
}
