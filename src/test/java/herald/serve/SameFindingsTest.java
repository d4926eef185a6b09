package herald.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Git;
import herald.TestSite;
import herald.cli.Environment;
import herald.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve and build run the same pipeline, so they report the same findings for the same content:
 * the example content (its warnings) committed to git well after its updates claim to have been
 * published (so the git-based backdated-update rule warns too, which the preview used to skip),
 * built and served at the same time.
 */
class SameFindingsTest {
    @TempDir
    Path dir;

    private static final Pattern FINDING = Pattern.compile("(?m)^[^\\s:]+:\\d+:\\d+: (?:error|warning) \\[.*$");

    private static List<String> findings(String out) {
        Matcher m = FINDING.matcher(out);
        List<String> lines = new java.util.ArrayList<>();
        while (m.find()) {
            lines.add(m.group());
        }
        return lines;
    }

    @Test
    void serveReportsWhatBuildReportsWarningsIncluded() throws Exception {
        TestSite.copyTree(Path.of("content"), dir.resolve("content"));
        // judge every update of the example (its site.yaml starts the check after them, as imported history)
        TestSite.edit(dir.resolve("content/site.yaml"), "publishCheckFrom: 2026-11-28T00:00:00Z", "publishCheckFrom: 2026-11-27T00:00:00Z");
        Git.init(dir);
        Git.ok(dir, "add", "-A");
        Git.ok(dir, Map.of("GIT_AUTHOR_DATE", "2026-11-27T14:29:00Z", "GIT_COMMITTER_DATE", "2026-11-27T14:29:00Z"),
                "commit", "-q", "-m", "content");
        Instant now = Instant.parse(TestSite.EXAMPLE_NOW);
        TestSite.Run build = TestSite.runAt(dir, now, Map.of(), "build", "--now", TestSite.EXAMPLE_NOW);
        assertEquals(0, build.exitCode(), build.out() + build.err());
        List<String> built = findings(build.out());
        assertTrue(built.stream().anyMatch(l -> l.contains("warning [backdated-update]")), build.out());
        assertTrue(built.stream().anyMatch(l -> !l.contains("[backdated-update]")), "other warnings too: " + build.out());

        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out, true);
        Environment env = new Environment(dir, Map.of(), Clock.fixed(now, ZoneOffset.UTC));
        Thread serve = new Thread(() -> Main.run(writer, writer, env, "serve", "--port", "0", "--now", TestSite.EXAMPLE_NOW));
        serve.start();
        try {
            for (int i = 0; i < 400 && !out.toString().contains("serving http://127.0.0.1:"); i++) {
                Thread.sleep(50);
            }
            assertTrue(out.toString().contains("serving http://127.0.0.1:"), out.toString());
        } finally {
            serve.interrupt();
            serve.join(5000);
        }
        assertEquals(built, findings(out.toString()), "serve printed:\n" + out);
    }
}
