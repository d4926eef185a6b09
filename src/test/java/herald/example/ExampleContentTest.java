package herald.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled example content in content/ is what a new user learns from: it must lint clean. */
class ExampleContentTest {
    static final String REFERENCE_NOW = TestSite.EXAMPLE_NOW;

    @TempDir
    Path dir;

    static void copyExample(Path to) throws IOException {
        TestSite.copyTree(Path.of("content"), to.resolve("content"));
    }

    @Test
    void theExampleLintsWithoutErrorsAtItsReferenceDate() throws IOException {
        copyExample(dir);
        Run run = TestSite.run(dir, "lint", "--now", REFERENCE_NOW);
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().endsWith("0 errors, 2 warnings in 15 files\n"), run.out());
    }

    @Test
    void theExampleStaysFreeOfErrorsLaterOn() throws IOException {
        copyExample(dir);
        Run run = TestSite.run(dir, "lint", "--now", "2027-06-01T00:00:00Z");
        assertEquals(0, run.exitCode(), run.out());
    }

    @Test
    void theExampleHasWhatTheIssueAsksFor() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("content/incidents"))) {
            long n = s.count();
            assertTrue(n >= 10 && n <= 15, "incidents: " + n);
        }
        String s1 = Files.readString(Path.of("content/incidents/2026-09-03-sign-in-outage.md"));
        assertTrue(s1.contains("severity: S1") && s1.contains("postmortem: https://") && s1.contains("cause: "));
        String open = Files.readString(Path.of("content/incidents/2026-11-27-slow-answers.md"));
        assertTrue(open.contains("severity: S2") && !open.contains("status: resolved"));
    }

    @Test
    void movingOneUpdate40MinutesLaterFailsWithACadenceGapOnThatLine() throws IOException {
        copyExample(dir);
        Path file = dir.resolve("content/incidents/2026-11-19-mixed-answers.md");
        String text = Files.readString(file);
        String moved = text.replace("- at: 2026-11-19T15:18:00Z", "- at: 2026-11-19T15:58:00Z");
        Files.writeString(file, moved);
        Run run = TestSite.run(dir, "lint", "--now", REFERENCE_NOW);
        assertEquals(1, run.exitCode());
        int line = TestSite.lineOf(moved, "- at: 2026-11-19T15:58:00Z");
        List<String> gaps = run.findings().stream().filter(f -> f.contains("error [cadence-gap]")).toList();
        assertEquals(List.of("content/incidents/2026-11-19-mixed-answers.md:" + line
                + ":5: error [cadence-gap] 1h4m between updates at 14:54 and 15:58 while monitoring; the limit is 30m (policy.stableCadence)"), gaps);
    }
}
