package herald.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import herald.bundle.Bundle.Result;
import herald.init.Release;
import herald.init.StatusRepository;
import herald.publishing.ShellWords;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every workflow and template that herald init writes, parsed, and every herald command in them run
 * as written with the bundle, in a clone of a status repository with a pull request branch: the
 * GitHub workflows through Herald's action (installing the bundle from a release on 127.0.0.1), the
 * GitLab jobs' scripts through bash as GitLab runs them, with the template they include.
 */
class PipelinesIT {
    @TempDir
    Path tmp;
    Bundle bundle;
    ReleaseServer release;
    LocalGithub github;
    Path work;
    String version;
    String baseSha;

    @BeforeEach
    void aRelease() throws IOException {
        bundle = Bundle.unpack(tmp);
        version = Bundle.version();
        release = ReleaseServer.ofTheBundle();
        github = new LocalGithub(bundle, release, Release.current().repository());
    }

    @AfterEach
    void stop() throws IOException {
        release.close();
        bundle.close();
    }

    private Map<String, String> user() {
        Map<String, String> env = new LinkedHashMap<>(bundle.environment(Bundle.currentJava(), tmp.resolve("home")));
        env.put("HERALD_ARCHIVE", "off");
        env.put("GIT_AUTHOR_NAME", "Dana");
        env.put("GIT_AUTHOR_EMAIL", "dana@initech.example");
        env.put("GIT_COMMITTER_NAME", "Dana");
        env.put("GIT_COMMITTER_EMAIL", "dana@initech.example");
        return env;
    }

    private void git(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(bundle.tools.resolve("git").toString()));
        command.addAll(List.of(args));
        Result r = Bundle.run(dir, user(), command, Duration.ofMinutes(1));
        assertEquals(0, r.code(), "git " + String.join(" ", args) + "\n" + r);
    }

    private Result herald(Path dir, String... args) throws IOException {
        Result r = bundle.herald(dir, user(), args);
        assertEquals(0, r.code(), "herald " + String.join(" ", args) + "\n" + r);
        return r;
    }

    /**
     * origin: what init wrote for {@code host}, with a maintenance window starting in 5 minutes, on
     * main; work: a clone with a pull request branch that opens an incident.
     */
    private void repositories(String host) throws IOException {
        Path origin = tmp.resolve("origin");
        herald(tmp, "init", "origin", "--title", "Initech Status", "--base-url", "https://status.initech.example/",
                "--components", "API, Dashboard", "--timezone", "UTC", "--host", host);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        herald(origin, "maintenance", "new", "Database upgrade", "--components", "api", "--start", now.plus(5, ChronoUnit.MINUTES).toString(),
                "--end", now.plus(65, ChronoUnit.MINUTES).toString());
        git(origin, "init", "-q", "-b", "main");
        git(origin, "add", "-A");
        git(origin, "commit", "-q", "-m", "Status page");
        baseSha = revParse(origin);
        work = tmp.resolve("work");
        git(tmp, "clone", "-q", origin.toString(), work.toString());
        git(work, "checkout", "-q", "-b", "incident/slow-api");
        herald(work, "new", "Slow API responses", "--severity", "S3", "--components", "api", "--effect", "API requests are slow");
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", "Open: slow API responses");
    }

    private String revParse(Path dir) throws IOException {
        return Bundle.run(dir, user(), List.of(bundle.tools.resolve("git").toString(), "rev-parse", "HEAD"), Duration.ofMinutes(1)).out().strip();
    }

    /** The environment of a runner: Java and the system tools, no Herald until the action installs it. */
    private Map<String, String> runner() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", Bundle.currentJava().resolve("bin") + File.pathSeparator + bundle.tools);
        env.put("HOME", tmp.resolve("runner-home").toString());
        env.put("HERALD_ARCHIVE", "off");
        return env;
    }

    /**
     * Runs a workflow's steps as the runner would for the herald parts: Herald's action through
     * {@link CompositeAction}, then every herald command of the run steps, as written (step env
     * expressions resolved from {@code context}), with the herald the action put on PATH. Returns
     * the commands run, and what the action steps ran.
     */
    private List<String> runWorkflow(String file, Map<String, String> context, List<Integer> allowed) throws IOException {
        JsonNode wf = new YAMLMapper().readTree(work.resolve(".github/workflows/" + file).toFile());
        String action = StatusRepository.action(Release.current());
        List<String> ran = new ArrayList<>();
        for (JsonNode job : wf.get("jobs")) {
            Map<String, String> env = runner();
            for (JsonNode step : job.path("steps")) {
                String uses = step.path("uses").asText("");
                if (uses.equals(action)) {
                    CompositeAction.Run run = new CompositeAction(bundle, CompositeAction.REPOSITORY, Map.of(
                            "github.action_repository", Release.current().repository(), "runner.tool_cache", tmp.resolve("toolcache").toString(),
                            "runner.os", "Linux", "runner.arch", "X64")).run(work, inputs(step), env);
                    assertEquals(0, run.code(), file + ": " + step + "\n" + run.output());
                    env.put("PATH", String.join(File.pathSeparator, run.path()) + File.pathSeparator + env.get("PATH"));
                    if (step.path("with").has("command")) {
                        ran.add((step.at("/with/command").asText() + " " + step.at("/with/args").asText("")).strip());
                    }
                } else if (!uses.isEmpty()) {
                    assertFalse(uses.startsWith(Release.current().repository()), "another version of Herald's action: " + uses);
                } else {
                    String script = step.get("run").asText();
                    assertFalse(script.contains("${{"), "expressions go through env:, never into run: " + script);
                    assertFalse(script.contains("mvn") || script.contains("./herald"), "never Maven, never a source launcher: " + script);
                    Map<String, String> stepEnv = new LinkedHashMap<>();
                    step.path("env").fields().forEachRemaining(e -> stepEnv.put(e.getKey(), resolve(e.getValue().asText(), context)));
                    for (List<String> argv : ShellWords.heraldCommands(script, name -> {
                        String v = stepEnv.get(name);
                        assertTrue(v != null, file + ": a herald command uses $" + name + ", not set by the step");
                        return v;
                    })) {
                        List<String> command = new ArrayList<>(List.of(bundle.tools.resolve("sh").toString(), "-c", "exec herald \"$@\"", "herald"));
                        command.addAll(argv);
                        Result r = Bundle.run(work, env, command, Duration.ofMinutes(3));
                        assertTrue(r.code() == 0 || allowed.contains(r.code()), file + ": herald " + String.join(" ", argv) + "\n" + r);
                        ran.add(String.join(" ", argv));
                    }
                }
            }
        }
        return ran;
    }

    private static Map<String, String> inputs(JsonNode step) {
        Map<String, String> in = new LinkedHashMap<>();
        step.path("with").fields().forEachRemaining(e -> in.put(e.getKey(), e.getValue().asText()));
        return in;
    }

    private static String resolve(String value, Map<String, String> context) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}").matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = context.get(m.group(1));
            assertTrue(v != null, "a step's env reads " + m.group(1) + ", unknown to this test");
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(v));
        }
        return m.appendTail(sb).toString();
    }

    /** What GitHub would give the expressions of the steps' env (secrets and variables: stand-ins). */
    static final Map<String, String> GITHUB = Map.ofEntries(Map.entry("github.base_ref", "main"), Map.entry("github.token", "token"),
            Map.entry("github.event.pull_request.number", "7"), Map.entry("secrets.NETLIFY_AUTH_TOKEN", "x"), Map.entry("vars.NETLIFY_SITE_ID", "x"),
            Map.entry("secrets.CLOUDFLARE_API_TOKEN", "x"), Map.entry("vars.CLOUDFLARE_ACCOUNT_ID", "x"),
            Map.entry("vars.CLOUDFLARE_PAGES_PROJECT", "x"), Map.entry("secrets.AWS_ACCESS_KEY_ID", "x"),
            Map.entry("secrets.AWS_SECRET_ACCESS_KEY", "x"), Map.entry("vars.AWS_REGION", "x"), Map.entry("vars.STATUS_BUCKET", "x"),
            Map.entry("vars.CDN_DISTRIBUTION", "x"));

    @ParameterizedTest
    @ValueSource(strings = {"github-pages", "netlify", "cloudflare-pages", "s3"})
    void theGithubWorkflowsRunWithTheBundle(String host) throws IOException {
        repositories(host);
        YAMLMapper yaml = new YAMLMapper();
        JsonNode review = yaml.readTree(work.resolve(".github/workflows/status-review.yml").toFile());
        assertTrue(review.get("on").has("pull_request"));
        assertEquals("write", review.at("/permissions/pull-requests").asText());
        assertEquals(0, review.at("/jobs/review/steps/0/with/fetch-depth").asInt(-1), "diff needs the history");
        assertEquals(List.of("lint --format github", "diff origin/main... --format md --out herald-diff.md"),
                runWorkflow("status-review.yml", GITHUB, List.of()));
        String comment = Files.readString(work.resolve("herald-diff.md"));
        assertTrue(comment.startsWith("## What the public will see change\n") && comment.contains("Slow API responses"), comment);

        JsonNode publish = yaml.readTree(work.resolve(".github/workflows/status-publish.yml").toFile());
        assertEquals("main", publish.at("/on/push/branches/0").asText());
        assertTrue(publish.get("on").has("workflow_dispatch"), "the schedule starts it");
        assertFalse(publish.get("on").has("schedule"), "a run that might not publish must not share the concurrency group");
        assertEquals("status-publish", publish.at("/concurrency/group").asText());
        List<String> published = runWorkflow("status-publish.yml", GITHUB, List.of());
        assertEquals(List.of("build", "check-links"), published.subList(0, 2));
        // the live manifest is kept before the deploy (this runner has no network: nothing kept), announced from after it
        assertTrue(published.get(2).matches("announce --previous https://\\S+ --save \\.herald-live"), published.toString());
        assertEquals(List.of("announce --previous .herald-live"), published.subList(3, published.size()));
        assertTrue(Files.isRegularFile(work.resolve("site/index.html")));

        JsonNode schedule = yaml.readTree(work.resolve(".github/workflows/status-schedule.yml").toFile());
        assertEquals("*/5 * * * *", schedule.at("/on/schedule/0/cron").asText());
        assertEquals("write", schedule.at("/permissions/actions").asText());
        assertEquals(List.of("maintenance pending --within 10m --check"), runWorkflow("status-schedule.yml", GITHUB, List.of()),
                "the window starting in 5 minutes is pending (exit 0)");
        assertTrue(schedule.at("/jobs/tick/steps/2/run").asText().contains("gh workflow run status-publish.yml"));
    }

    @Test
    void theGitlabPipelineRunsWithTheBundleThroughTheTemplate() throws Exception {
        repositories("gitlab-pages");
        JsonNode ci = new YAMLMapper().readTree(work.resolve(".gitlab-ci.yml").toFile());
        String remote = ci.at("/include/0/remote").asText();
        assertEquals("https://raw.githubusercontent.com/" + Release.current().repository() + "/v" + version + "/ci/herald.gitlab-ci.yml", remote);
        // the template at that tag is this repository's ci/herald.gitlab-ci.yml
        JsonNode template = new YAMLMapper().readTree(CompositeAction.REPOSITORY.resolve("ci/herald.gitlab-ci.yml").toFile());
        assertEquals(Release.current().repository(), template.at("/variables/HERALD_REPOSITORY").asText());
        assertEquals("0", template.at("/variables/GIT_DEPTH").asText());
        release.answer("/api/v4/projects/42/trigger/pipeline");

        Map<String, String> variables = new LinkedHashMap<>(runner());
        variables.put("CI_PROJECT_DIR", work.toString());
        variables.put("HERALD_REPOSITORY", template.at("/variables/HERALD_REPOSITORY").asText());
        variables.put("HERALD_HOME", work.resolve(".herald").toString());
        variables.put("CI_MERGE_REQUEST_DIFF_BASE_SHA", baseSha);
        variables.put("CI_API_V4_URL", release.base() + "/api/v4");
        variables.put("CI_PROJECT_ID", "42");
        variables.put("CI_JOB_TOKEN", "job-token");
        variables.put("CI_DEFAULT_BRANCH", "main");

        Result review = job(template, "status-review", variables);
        assertEquals(0, review.code(), review.toString());
        JsonNode report = new ObjectMapper().readTree(work.resolve("gl-code-quality-report.json").toFile());
        assertTrue(report.isArray(), report.toString());
        assertTrue(Files.readString(work.resolve("herald-diff.md")).contains("Slow API responses"));
        assertEquals(2, github.asked().size(), "the bundle came from the GitHub release: " + github.asked());

        Result pages = job(template, "pages", variables);
        assertEquals(0, pages.code(), pages.toString());
        assertTrue(Files.isRegularFile(work.resolve("public/index.html")));
        assertTrue(pages.err().contains("(cached)"), "the second job uses the cached install: " + pages);
        Result announce = job(template, "status-announce", variables);
        assertEquals(0, announce.code(), announce.toString());
        assertTrue(announce.out().contains("a first deploy, so nothing is sent"), announce.toString());

        Result tick = job(template, "maintenance-tick", variables);
        assertEquals(0, tick.code(), tick.toString());
        assertTrue(release.requests.contains("POST /api/v4/projects/42/trigger/pipeline"), "the window starting in 5 minutes starts a pipeline");
        assertTrue(template.at("/status-bucket/rules/0/if").asText().startsWith("$STATUS_BUCKET && "), "the bucket job only when configured");
    }

    /** A job's before_script and script (with those of the job it extends), run by bash as GitLab's shell runner does. */
    private Result job(JsonNode template, String name, Map<String, String> variables) throws IOException {
        JsonNode job = template.get(name);
        JsonNode base = job.has("extends") ? template.get(job.get("extends").asText()) : null;
        StringBuilder script = new StringBuilder();
        for (JsonNode part : List.of(base != null ? base.path("before_script") : job.path("before_script"), job.path("script"))) {
            for (JsonNode line : part) {
                String text = line.asText();
                assertFalse(text.contains("mvn") || text.contains("./herald"), "never Maven, never a source launcher: " + text);
                script.append(text).append('\n');
            }
        }
        Path file = Files.createTempFile(tmp, name, ".sh");
        Files.writeString(file, script.toString());
        return Bundle.run(work, variables, List.of(bundle.tools.resolve("bash").toString(), "-eo", "pipefail", file.toString()),
                Duration.ofMinutes(3));
    }

    @Test
    void theGitlabTemplateHoldsTheInstallScriptAsItIs() throws IOException {
        JsonNode template = new YAMLMapper().readTree(CompositeAction.REPOSITORY.resolve("ci/herald.gitlab-ci.yml").toFile());
        List<String> before = new ArrayList<>();
        template.at("/.herald/before_script").forEach(l -> before.add(l.asText()));
        assertTrue(before.contains(Files.readString(CompositeAction.REPOSITORY.resolve("ci/install.sh"))),
                "ci/herald.gitlab-ci.yml's .herald before_script must hold ci/install.sh unchanged");
    }
}
