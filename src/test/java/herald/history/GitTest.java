package herald.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The one git runner: checked runs report git's stderr, both pipes drain, cat-file batches. */
class GitTest {
    @TempDir
    Path repo;

    @Test
    void aFailedCheckedRunCarriesGitsOwnMessage() throws IOException {
        herald.Git.init(repo);
        Git git = new Git(repo);
        assertFalse(git.hasCommits());
        IOException e = assertThrows(IOException.class, () -> git.ok("rev-parse", "--verify", "no-such-branch^{commit}"));
        assertTrue(e.getMessage().startsWith("git rev-parse --verify no-such-branch^{commit}: fatal:"), e.getMessage());
    }

    @Test
    @Timeout(30)
    void aLotOnStderrDoesNotStallTheRun() throws IOException {
        herald.Git.init(repo);
        // one "did not match" line per path: far more than a pipe buffer (64 KiB) on stderr, nothing on stdout
        String[] args = new String[2 + 5_000];
        args[0] = "ls-files";
        args[1] = "--error-unmatch";
        for (int i = 2; i < args.length; i++) {
            args[i] = "no-such-file-" + i;
        }
        Git.Result r = new Git(repo).run(args);
        assertTrue(r.code() != 0);
        assertEquals("", r.out());
        assertTrue(r.err().length() > 100_000, r.err().length() + "");
    }

    @Test
    void catFileAnswersManyObjectsInOneProcessAndSkipsMissingOnes(@TempDir Path into) throws IOException {
        herald.Git.init(repo);
        Files.writeString(repo.resolve("a.txt"), "alpha\n");
        Files.writeString(repo.resolve("b.txt"), "beta\n");
        herald.Git.ok(repo, "add", "-A");
        herald.Git.ok(repo, "commit", "-q", "-m", "two");
        Git git = new Git(repo);
        assertTrue(git.hasCommits());
        int before = git.started("cat-file");
        Map<String, byte[]> got = git.catFile(List.of("HEAD:a.txt", "HEAD:missing.txt", "HEAD:b.txt"));
        assertEquals(1, git.started("cat-file") - before);
        assertArrayEquals("alpha\n".getBytes(StandardCharsets.UTF_8), got.get("HEAD:a.txt"));
        assertArrayEquals("beta\n".getBytes(StandardCharsets.UTF_8), got.get("HEAD:b.txt"));
        assertFalse(got.containsKey("HEAD:missing.txt"));
        Path out = git.export("HEAD", "", into);
        assertEquals("beta\n", Files.readString(out.resolve("b.txt")));
    }

    @Test
    void oneQuestionSaysWhetherTheHistoryCanBeUsed(@TempDir Path plain) throws IOException {
        assertEquals(new Git.Repository(null, Git.NOT_A_REPOSITORY), new Git(plain).repository());
        herald.Git.init(repo);
        Git git = new Git(repo);
        assertEquals(new Git.Repository(null, "no commits yet"), git.repository());
        herald.Git.ok(repo, "commit", "-q", "--allow-empty", "-m", "first");
        assertEquals(new Git.Repository(repo.toRealPath().toString(), null), git.repository());
        assertEquals(2, git.started(), "one rev-parse each");
    }

    @Test
    void theDefaultBranchPrefersOriginsHeadThenMainThenMaster(@TempDir Path clone) throws IOException {
        herald.Git.ok(repo, "init", "-q", "-b", "master");
        herald.Git.ok(repo, "-c", "user.name=T", "-c", "user.email=t@x", "commit", "-q", "--allow-empty", "-m", "first");
        Git git = new Git(repo);
        assertEquals("master", git.defaultBranch());
        herald.Git.ok(repo, "branch", "main");
        assertEquals("main", git.defaultBranch());
        herald.Git.ok(clone, "clone", "-q", repo.toString(), "copy");
        Git copy = new Git(clone.resolve("copy"));
        assertEquals("origin/master", copy.defaultBranch());
        assertEquals(1, copy.started());
    }
}
