package herald.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import herald.Git;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example pipelines (examples/github-actions, examples/gitlab-ci.yml) and .ci/run: each is
 * valid YAML (or shell), and every herald command in them runs, as written, in a clone of a
 * repository holding the example content, with a pull request branch checked out.
 */
class PipelineExamplesTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final ObjectMapper YAML = new YAMLMapper();

    @TempDir
    static Path tmp;
    static Path work;
    static String baseSha;

    /** origin: the example content on main; work: a clone with a pull request branch. */
    @BeforeAll
    static void repositories() throws IOException {
        Path origin = tmp.resolve("origin");
        TestSite.copyTree(ROOT.resolve("content"), origin.resolve("content"));
        Git.init(origin);
        Git.ok(origin, "add", "-A");
        Git.ok(origin, "commit", "-q", "-m", "status site");
        baseSha = Git.ok(origin, "rev-parse", "HEAD").strip();
        work = tmp.resolve("work");
        Git.ok(tmp, "clone", "-q", origin.toString(), work.toString());
        Git.init(work);
        Git.ok(work, "checkout", "-q", "-b", "pr");
        Path file = work.resolve("content/site.yaml");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$", "title: Acme status"));
        Git.ok(work, "commit", "-q", "-am", "retitle");
    }

    /** The values the CI system would give the variables the commands use. */
    static final Map<String, String> VARIABLES = Map.of(
            "BASE_REF", "main",
            "CI_MERGE_REQUEST_DIFF_BASE_SHA", "<base>");

    /** Runs each herald command found in the shell text; returns them with their runs. */
    private static List<String> runAll(String where, List<String> shell, List<Run> runs) {
        List<String> commands = new ArrayList<>();
        for (String script : shell) {
            for (List<String> argv : ShellWords.heraldCommands(script, name -> {
                String v = VARIABLES.get(name);
                if (v == null) {
                    throw new AssertionError(where + ": a herald command uses $" + name + ", unknown to this test");
                }
                return v.equals("<base>") ? baseSha : v;
            })) {
                Run r = TestSite.run(work, argv.toArray(String[]::new));
                assertEquals(0, r.exitCode(), where + ": herald " + String.join(" ", argv) + "\n" + r.out() + r.err());
                commands.add(String.join(" ", argv));
                runs.add(r);
            }
        }
        return commands;
    }

    /** Every run: script of every step of every job. */
    private static List<String> githubRuns(JsonNode workflow) {
        List<String> out = new ArrayList<>();
        workflow.get("jobs").forEach(job -> {
            if (job.has("steps")) {
                job.get("steps").forEach(step -> {
                    if (step.has("run")) {
                        assertTrue(!step.get("run").asText().contains("${{"),
                                "pass expressions through env:, never into the script: " + step.get("run").asText());
                        out.add(step.get("run").asText());
                    }
                });
            }
        });
        return out;
    }

    private static JsonNode yaml(String path) throws IOException {
        return YAML.readTree(ROOT.resolve(path).toFile());
    }

    @Test
    void thePullRequestWorkflowLintsWithAnnotationsAndCommentsTheDiff() throws IOException {
        JsonNode wf = yaml("examples/github-actions/status-review.yml");
        assertTrue(wf.get("on").has("pull_request"));
        assertEquals("write", wf.at("/permissions/pull-requests").asText());
        assertEquals(0, wf.at("/jobs/review/steps/0/with/fetch-depth").asInt(-1), "diff needs the history");
        List<Run> runs = new ArrayList<>();
        List<String> commands = runAll("status-review.yml", githubRuns(wf), runs);
        assertEquals(List.of("lint --format github", "diff origin/main... --format md --out herald-diff.md"), commands);
        assertTrue(runs.get(0).out().matches("(?s).*\n0 errors, \\d+ warnings in \\d+ files\n"), runs.get(0).out());
        assertTrue(runs.get(0).out().lines().filter(l -> !l.contains(" in ")).allMatch(l -> l.startsWith("::warning file=content/")),
                runs.get(0).out());
        String comment = Files.readString(work.resolve("herald-diff.md"));
        assertTrue(comment.startsWith("## What the public will see change\n"), comment);
        assertTrue(comment.contains("### Lint of the changed files"), comment);
        String post = githubRuns(wf).get(2);
        assertTrue(post.contains("cat herald-diff.md") && post.contains("-F body=@comment.md") && post.contains("--body-file comment.md"),
                "the comment posts the file diff wrote, editing the earlier one: " + post);
    }

    @Test
    void thePublishWorkflowBuildsChecksAndDeploys() throws IOException {
        JsonNode wf = yaml("examples/github-actions/status-publish.yml");
        assertEquals("main", wf.at("/on/push/branches/0").asText());
        assertTrue(wf.get("on").has("workflow_dispatch"), "the schedule starts it");
        assertEquals(false, wf.get("on").has("schedule"), "a run that might not publish must not share the concurrency group");
        assertEquals("status-publish", wf.at("/concurrency/group").asText());
        assertEquals("actions/upload-pages-artifact@v3", wf.at("/jobs/build/steps/4/uses").asText());
        assertEquals("site", wf.at("/jobs/build/steps/4/with/path").asText());
        assertEquals("actions/deploy-pages@v4", wf.at("/jobs/pages/steps/0/uses").asText());
        List<Run> runs = new ArrayList<>();
        List<String> commands = runAll("status-publish.yml", githubRuns(wf), runs);
        assertEquals(List.of("build", "check-links"), commands);
        assertTrue(Files.isRegularFile(work.resolve("site/index.html")));
        assertTrue(runs.get(1).out().startsWith("all links resolve"), runs.get(1).out());
        String upload = githubRuns(wf).get(2);
        assertTrue(upload.contains("aws s3 sync site/"), upload);
    }

    @Test
    void theScheduleStartsThePublishWorkflowWhileMaintenanceIsPending() throws IOException {
        JsonNode wf = yaml("examples/github-actions/status-schedule.yml");
        assertEquals("*/5 * * * *", wf.at("/on/schedule/0/cron").asText());
        assertEquals("write", wf.at("/permissions/actions").asText());
        List<Run> runs = new ArrayList<>();
        List<String> commands = runAll("status-schedule.yml", githubRuns(wf), runs);
        assertEquals(List.of("maintenance pending --check"), commands);
        assertTrue(runs.get(0).out().contains("\tupcoming\t"), runs.get(0).out());
        String tick = githubRuns(wf).get(0);
        assertTrue(tick.contains("gh workflow run status-publish.yml"), tick);
        assertTrue(Files.isRegularFile(ROOT.resolve("examples/github-actions/status-publish.yml")));
    }

    @Test
    void theGitlabPipelineDoesTheSame() throws IOException {
        JsonNode ci = yaml("examples/gitlab-ci.yml");
        assertEquals("0", ci.at("/variables/GIT_DEPTH").asText());
        assertEquals("gl-code-quality-report.json", ci.at("/status-review/artifacts/reports/codequality").asText());
        assertEquals("public", ci.at("/pages/artifacts/paths/0").asText());
        List<String> shell = new ArrayList<>();
        for (String job : List.of("status-review", "maintenance-tick", "pages")) {
            ci.get(job).get("script").forEach(line -> shell.add(line.asText()));
        }
        List<Run> runs = new ArrayList<>();
        List<String> commands = runAll("gitlab-ci.yml", shell, runs);
        assertEquals(List.of("lint --format gitlab", "diff " + baseSha + " --format md --out herald-diff.md", "lint",
                "maintenance pending --check", "build --out public", "check-links --site public"), commands);
        JsonNode report = new ObjectMapper().readTree(runs.get(0).out());
        assertTrue(report.isArray() && report.size() == 2 && report.get(0).get("severity").asText().equals("minor"), runs.get(0).out());
        assertTrue(Files.readString(work.resolve("herald-diff.md")).startsWith("## What the public will see change\n"));
        assertTrue(Files.isRegularFile(work.resolve("public/index.html")));
    }

    /** .ci/run runs the same review steps as the pull request workflow, on this repository itself. */
    @Test
    void ciRunsTheReviewStepsOnTheRepositoryItself() throws IOException {
        List<Run> runs = new ArrayList<>();
        List<String> commands = runAll(".ci/run", List.of(Files.readString(ROOT.resolve(".ci/run"))), runs);
        assertEquals(List.of("lint --format github", "diff"), commands);
    }
}
