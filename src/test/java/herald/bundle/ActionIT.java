package herald.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.bundle.CompositeAction.Run;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action (action.yml), its steps run as the runner runs a composite action, against a
 * GitHub release on 127.0.0.1 that holds the real bundle: it installs the version of
 * .herald-version from the release of the repository the action comes from, caches it, sets up
 * Java only when there is none, and runs the command with its arguments.
 */
class ActionIT {
    static final String REPOSITORY = "herald-status/herald";

    @TempDir
    Path tmp;
    Bundle bundle;
    ReleaseServer release;
    LocalGithub github;
    Path repo;
    String version;

    @BeforeEach
    void aStatusRepositoryAndARelease() throws IOException {
        bundle = Bundle.unpack(tmp);
        version = Bundle.version();
        release = ReleaseServer.ofTheBundle();
        github = new LocalGithub(bundle, release, REPOSITORY);
        Map<String, String> env = new LinkedHashMap<>(bundle.environment(Bundle.currentJava(), tmp.resolve("home")));
        env.put("HERALD_ARCHIVE", "off");
        assertEquals(0, bundle.herald(tmp, env, "init", "status", "--title", "Initech Status", "--base-url", "https://status.initech.example/",
                "--components", "API").code());
        repo = tmp.resolve("status");
    }

    @AfterEach
    void stop() throws IOException {
        release.close();
        bundle.close();
    }

    /** The runner's environment: Java (unless {@code withJava} is false) and the system tools, not Herald. */
    private Map<String, String> runner(boolean withJava) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", (withJava ? Bundle.currentJava().resolve("bin") + File.pathSeparator : "") + bundle.tools);
        env.put("HOME", tmp.resolve("home").toString());
        env.put("HERALD_ARCHIVE", "off");
        return env;
    }

    private CompositeAction action(Path actionDir, String actionRepository) {
        return new CompositeAction(bundle, actionDir, Map.of("github.action_repository", actionRepository,
                "runner.tool_cache", tmp.resolve("hostedtoolcache").toString(), "runner.os", "Linux", "runner.arch", "X64"));
    }

    private String download(String file) {
        return "https://github.com/" + REPOSITORY + "/releases/download/v" + version + "/" + file;
    }

    @Test
    void installsTheVersionOfTheRepositoryFromTheActionsReleaseAndRunsTheCommand() throws IOException {
        Run run = action(CompositeAction.REPOSITORY, REPOSITORY).run(repo, Map.of("command", "lint", "args", "--format github"), runner(true));
        assertEquals(0, run.code(), run.output());
        assertTrue(run.output().contains("0 errors, 0 warnings in 1 file"), run.output());
        assertEquals(List.of("actions/cache@v4"), run.used(), "Java is there: no setup-java");
        Path bin = tmp.resolve("hostedtoolcache/herald/" + version + "/bin");
        assertEquals(List.of(bin.toString()), run.path(), "herald is on PATH for the next steps");
        assertEquals(Map.of("version", version, "path", bin.toString()), run.outputs());
        assertEquals(List.of(download("herald-" + version + ".tar.gz"), download("herald-" + version + ".tar.gz.sha256")), github.asked());

        Run again = action(CompositeAction.REPOSITORY, REPOSITORY).run(repo, Map.of("command", "lint"), runner(true));
        assertEquals(0, again.code(), again.output());
        assertTrue(again.output().contains("(cached)"), again.output());
        assertEquals(2, github.asked().size(), "the cached install is used");
    }

    @Test
    void argumentsAreShellWords() throws IOException {
        Run run = action(CompositeAction.REPOSITORY, REPOSITORY).run(repo, Map.of("command", "build", "args", "--out 'public site'"), runner(true));
        assertEquals(0, run.code(), run.output());
        assertTrue(Files.isRegularFile(repo.resolve("public site/index.html")));
    }

    @Test
    void withoutJavaOnTheRunnerJavaIsSetUpFirst() throws IOException {
        Run run = action(CompositeAction.REPOSITORY, REPOSITORY).run(repo, Map.of(), runner(false));
        assertEquals(0, run.code(), run.output());
        assertEquals(List.of("actions/setup-java@v4", "actions/cache@v4"), run.used());
    }

    @Test
    void aMirrorThroughDownloadUrl() throws IOException {
        Run run = action(CompositeAction.REPOSITORY, REPOSITORY).run(repo, Map.of("download-url", release.url(version), "command", "lint"),
                runner(true));
        assertEquals(0, run.code(), run.output());
        assertEquals(List.of(), github.asked(), "not from GitHub");
        assertEquals(2, release.requests.size());
    }

    @Test
    void anInputVersionWinsOverTheFile() throws IOException {
        Files.writeString(repo.resolve(".herald-version"), "9.9.9\n");
        Run run = action(CompositeAction.REPOSITORY, REPOSITORY).run(repo, Map.of("version", version), runner(true));
        assertEquals(0, run.code(), run.output());
        assertEquals(version, run.outputs().get("version"));
    }

    @Test
    void withoutHeraldVersionItSaysWhatToDo() throws IOException {
        Files.delete(repo.resolve(".herald-version"));
        Run run = action(CompositeAction.REPOSITORY, REPOSITORY).run(repo, Map.of("command", "lint"), runner(true));
        assertEquals(1, run.code());
        assertEquals("::error::no .herald-version in " + repo + ": check out the status repository first, or set the input version\n",
                run.output());
    }

    @Test
    void whenTheRunnerLeavesTheActionRepositoryEmptyItIsReadFromTheActionsFolder() throws IOException {
        // the runner checks an action out to .../_actions/OWNER/REPOSITORY/REF
        Path checkout = Files.createDirectories(tmp.resolve("_actions/" + REPOSITORY + "/v" + version));
        Files.copy(CompositeAction.REPOSITORY.resolve("action.yml"), checkout.resolve("action.yml"));
        Files.createDirectories(checkout.resolve("ci"));
        Files.copy(CompositeAction.REPOSITORY.resolve("ci/install.sh"), checkout.resolve("ci/install.sh"));
        Run run = action(checkout, "").run(repo, Map.of("command", "lint"), runner(true));
        assertEquals(0, run.code(), run.output());
        assertEquals(download("herald-" + version + ".tar.gz"), github.asked().get(0));
    }
}
