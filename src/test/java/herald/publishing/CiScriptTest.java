package herald.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.Git;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .ci/run ends with the review steps of the pull request workflow that herald init writes, run on
 * this repository itself; each herald command in it runs, as written, in a clone of the example.
 */
class CiScriptTest {
    static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void ciRunsTheReviewStepsOnTheRepositoryItself() throws IOException {
        Path origin = tmp.resolve("origin");
        TestSite.copyTree(ROOT.resolve("content"), origin.resolve("content"));
        Git.init(origin);
        Git.ok(origin, "add", "-A");
        Git.ok(origin, "commit", "-q", "-m", "status site");
        Path work = tmp.resolve("work");
        Git.ok(tmp, "clone", "-q", origin.toString(), work.toString());
        List<String> commands = new ArrayList<>();
        for (List<String> argv : ShellWords.heraldCommands(Files.readString(ROOT.resolve(".ci/run")), name -> {
            throw new AssertionError(".ci/run: a herald command uses $" + name);
        })) {
            Run r = TestSite.run(work, argv.toArray(String[]::new));
            assertEquals(0, r.exitCode(), "herald " + String.join(" ", argv) + "\n" + r.out() + r.err());
            commands.add(String.join(" ", argv));
        }
        assertEquals(List.of("lint --format github", "diff"), commands);
    }
}
