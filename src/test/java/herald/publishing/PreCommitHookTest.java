package herald.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import herald.Fixtures;
import herald.Git;
import herald.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook that herald init writes, installed as its README says (git config
 * core.hooksPath .githooks) in a real repository: a commit whose staged content has a lint error
 * is refused, a clean one goes through, and it is the staged version that counts.
 */
class PreCommitHookTest {
    @TempDir
    Path repo;
    @TempDir
    Path bin;

    /** SOURCE_DATE_EPOCH pins "now" for the lint (2026-11-27T14:30:00Z); HERALD runs this build's classes. */
    Map<String, String> env;

    static final String BROKEN = Fixtures.INCIDENT.replace("    next: 2026-11-20T14:25:00Z\n", "    next: 2026-11-20T15:30:00Z\n");

    @BeforeEach
    void repository() throws IOException {
        Path herald = bin.resolve("herald");
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.writeString(herald, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' herald.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(herald, PosixFilePermissions.fromString("rwxr-xr-x"));
        env = Map.of("HERALD", herald.toString(), "SOURCE_DATE_EPOCH", "1795789800");

        assertEquals(0, TestSite.run(repo, "init", "--title", "Test Status", "--base-url", "https://status.test.example/").exitCode());
        TestSite.write(repo, "-- content/site.yaml --\n" + Fixtures.SITE);
        Git.init(repo);
        Git.ok(repo, "add", "-A");
        Git.ok(repo, "commit", "-q", "-m", "site");
        Git.ok(repo, "config", "core.hooksPath", ".githooks");
    }

    private Git.Result commit() {
        return Git.run(repo, env, "commit", "-q", "-m", "incident");
    }

    private String head() {
        return Git.ok(repo, "rev-parse", "HEAD").strip();
    }

    private void stage(String incident) throws IOException {
        TestSite.put(repo, Fixtures.INCIDENT_PATH, incident);
        Git.ok(repo, "add", Fixtures.INCIDENT_PATH);
    }

    @Test
    void aCleanIncidentIsCommitted() throws IOException {
        String before = head();
        stage(Fixtures.INCIDENT);
        Git.Result r = commit();
        assertEquals(0, r.code(), r.out());
        assertTrue(!head().equals(before), "a new commit");
        assertTrue(r.out().contains("0 errors"), r.out());
    }

    @Test
    void aLintErrorBlocksTheCommitAndNamesTheLine() throws IOException {
        String before = head();
        stage(BROKEN);
        Git.Result r = commit();
        assertEquals(1, r.code(), r.out());
        int line = TestSite.lineOf(BROKEN, "next: 2026-11-20T15:30:00Z");
        assertTrue(r.out().contains(Fixtures.INCIDENT_PATH + ":" + line + ":11: error [checkpoint-too-far]"), r.out());
        assertTrue(r.out().contains("pre-commit: herald lint found errors in the staged content"), r.out());
        assertEquals(before, head(), "nothing committed");
    }

    @Test
    void theStagedVersionCountsNotTheWorkingTree() throws IOException {
        stage(BROKEN);
        TestSite.put(repo, Fixtures.INCIDENT_PATH, Fixtures.INCIDENT); // fixed on disk, not staged
        assertEquals(1, commit().code(), "the broken staged version is what would be committed");

        stage(Fixtures.INCIDENT);
        TestSite.put(repo, Fixtures.INCIDENT_PATH, BROKEN); // broken on disk, not staged
        Git.Result r = commit();
        assertEquals(0, r.code(), r.out());
        assertEquals(Fixtures.INCIDENT, Git.ok(repo, "show", "HEAD:" + Fixtures.INCIDENT_PATH));
    }

    @Test
    void commitsWithoutContentChangesAreNotLinted() throws IOException {
        TestSite.put(repo, "README.md", "notes\n");
        TestSite.put(repo, "content/incidents/broken-but-unstaged.md", BROKEN); // untracked: not part of the commit
        Git.ok(repo, "add", "README.md");
        Git.Result r = commit();
        assertEquals(0, r.code(), r.out());
        assertEquals("", r.out());
    }

    @Test
    void thePreCommitFrameworkConfigRunsTheSameHook() throws IOException {
        JsonNode hook = new YAMLMapper().readTree(repo.resolve(".pre-commit-config.yaml").toFile()).at("/repos/0/hooks/0");
        assertEquals(".githooks/pre-commit", hook.get("entry").asText());
        assertEquals("script", hook.get("language").asText());
        assertEquals(false, hook.get("pass_filenames").asBoolean());
        assertTrue(Files.isExecutable(repo.resolve(hook.get("entry").asText())));
        assertTrue("content/incidents/x.md".matches(hook.get("files").asText() + ".*"));
    }
}
