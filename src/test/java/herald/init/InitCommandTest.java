package herald.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Git;
import herald.TestSite;
import herald.TestSite.Run;
import herald.cli.Environment;
import herald.cli.Main;
import herald.cli.Terminal;
import herald.content.ContentLoader;
import herald.content.Loaded;
import herald.model.Component;
import herald.model.Policy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** herald init, in-process: what it writes, that it lints and builds at once, what it refuses, when it asks. */
class InitCommandTest {
    static final String[] FLAGS = {"init", "initech", "--title", "Initech Status", "--base-url", "https://status.initech.example",
        "--components", "API, Dashboard, Platform/Webhooks", "--timezone", "America/New_York", "--host", "github-pages"};

    @TempDir
    Path dir;

    private Path repo() {
        return dir.resolve("initech");
    }

    private static List<String> files(Path root) throws IOException {
        return new ArrayList<>(TestSite.files(root).keySet());
    }

    @Test
    void flagsOnlyWriteTheWholeRepository() throws IOException {
        Run run = TestSite.run(dir, FLAGS);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(List.of(".githooks/pre-commit", ".github/workflows/status-publish.yml", ".github/workflows/status-review.yml",
                ".github/workflows/status-schedule.yml", ".gitignore", ".herald-version", ".pre-commit-config.yaml", "README.md",
                "content/incidents/.gitkeep", "content/maintenance/.gitkeep", "content/site.yaml"), files(repo()));
        assertTrue(run.out().startsWith("wrote 11 files to initech/:\n"), run.out());
        assertTrue(run.out().contains("\nlint: 0 errors, 0 warnings in 1 file\n"), run.out());
        assertFalse(run.out().contains("defaults used"), "every value was given: " + run.out());
        assertEquals(Release.current().version() + "\n", Files.readString(repo().resolve(".herald-version")));
        assertTrue(Files.isExecutable(repo().resolve(".githooks/pre-commit")));
    }

    @Test
    void theSiteYamlHoldsTheValuesAndTheDefaultPolicyWrittenOut() throws Exception {
        assertEquals(0, TestSite.run(dir, FLAGS).exitCode());
        Loaded loaded = ContentLoader.load(repo().resolve("content"), repo(), new herald.diag.Work());
        var site = loaded.model().orElseThrow().site();
        assertEquals("Initech Status", site.title());
        assertEquals("https://status.initech.example/", site.baseUrl(), "a slash is added");
        assertEquals("America/New_York", site.timezone().getId());
        assertEquals(List.of("api API null", "dashboard Dashboard null", "webhooks Webhooks Platform"),
                site.components().stream().map((Component c) -> c.id() + " " + c.name() + " " + c.group()).toList());
        Policy p = site.policy();
        Policy d = Policy.DEFAULT;
        assertEquals(List.of(d.firstUpdateWithin(), d.activeCadence(), d.stableCadence(), d.checkpointGrace(), d.postmortemWithin(),
                d.publishTolerance()), List.of(p.firstUpdateWithin(), p.activeCadence(), p.stableCadence(), p.checkpointGrace(),
                p.postmortemWithin(), p.publishTolerance()));
        assertEquals(List.of(d.bannerMaxChars(), d.historyDays()), List.of(p.bannerMaxChars(), p.historyDays()));
        String yaml = Files.readString(repo().resolve("content/site.yaml"));
        assertTrue(yaml.contains("  activeCadence: 20m       # while investigating or identified: an update at least every 20 minutes\n"), yaml);
    }

    @Test
    void theNewRepositoryBuildsAtOnce() throws IOException {
        assertEquals(0, TestSite.run(dir, FLAGS).exitCode());
        Run build = TestSite.build(repo(), "2026-11-27T14:30:00Z");
        assertEquals(0, build.exitCode(), build.out() + build.err());
        for (String page : List.of("index.html", "components/api/index.html", "components/webhooks/index.html", "history/index.html",
                "banner.json", "feed.xml", "api/v2/summary.json", "assets/style.css")) {
            assertTrue(Files.isRegularFile(repo().resolve("site").resolve(page)), page);
        }
    }

    @Test
    void theGitignoreHidesTheSiteButNotAFolderNamedSiteDeeperDown() throws IOException {
        assertEquals(0, TestSite.run(dir, FLAGS).exitCode());
        Git.init(repo());
        TestSite.put(repo(), "site/index.html", "built");
        TestSite.put(repo(), "tools/site/notes.md", "kept");
        assertEquals(0, Git.run(repo(), Map.of(), "check-ignore", "-q", "site/index.html").code(), "the built site is ignored");
        assertEquals(1, Git.run(repo(), Map.of(), "check-ignore", "-q", "tools/site/notes.md").code(), "only the top-level site/");
        assertEquals("/site/\n", Files.readString(repo().resolve(".gitignore")).lines().filter(l -> !l.startsWith("#")).findFirst().orElse("") + "\n");
        Git.ok(repo(), "add", "-A");
        String tracked = Git.ok(repo(), "ls-files");
        assertTrue(tracked.contains("content/incidents/.gitkeep\n") && tracked.contains("content/maintenance/.gitkeep\n"), tracked);
    }

    @Test
    void gitlabPagesGetsTheGitlabPipelineInstead() throws IOException {
        Run run = TestSite.run(dir, "init", "initech", "--title", "Initech Status", "--base-url", "https://initech.gitlab.io/status/",
                "--components", "API", "--timezone", "UTC", "--host", "gitlab-pages");
        assertEquals(0, run.exitCode(), run.err());
        List<String> files = files(repo());
        assertTrue(files.contains(".gitlab-ci.yml") && files.stream().noneMatch(f -> f.startsWith(".github/")), files.toString());
        String ci = Files.readString(repo().resolve(".gitlab-ci.yml"));
        assertTrue(ci.contains("  - remote: \"" + StatusRepository.gitlabTemplate(Release.current()) + "\"\n"), ci);
        assertTrue(Files.readString(repo().resolve(".gitignore")).contains("\n/public/\n/.herald/\n"));
        assertTrue(Files.readString(repo().resolve("README.md")).contains("merge request"));
    }

    @Test
    void eachGithubHostDeploysItsOwnWay() throws IOException {
        Map<String, String> deploy = Map.of("github-pages", "actions/deploy-pages@v4", "netlify", "netlify-cli",
                "cloudflare-pages", "wrangler", "s3", "aws s3 sync site/");
        for (var e : deploy.entrySet()) {
            Path to = dir.resolve(e.getKey());
            Run run = TestSite.run(dir, "init", e.getKey(), "--host", e.getKey(), "--title", "T", "--base-url", "https://s.example/",
                    "--components", "API", "--timezone", "UTC");
            assertEquals(0, run.exitCode(), run.err());
            String publish = Files.readString(to.resolve(".github/workflows/status-publish.yml"));
            assertTrue(publish.contains(e.getValue()), e.getKey() + ":\n" + publish);
            for (String other : deploy.values()) {
                assertTrue(other.equals(e.getValue()) || !publish.contains(other), e.getKey() + " also has " + other);
            }
            assertFalse(publish.contains("mvn") || publish.contains("./herald"), "never Maven, never a source launcher");
        }
    }

    @Test
    void existingFilesAreListedAndNothingIsWrittenUnlessForced() throws IOException {
        TestSite.put(repo(), "content/site.yaml", "title: Mine\n");
        TestSite.put(repo(), "README.md", "mine\n");
        Run run = TestSite.run(dir, FLAGS);
        assertEquals(1, run.exitCode());
        assertEquals("initech/README.md\ninitech/content/site.yaml\n", run.out());
        assertEquals("herald: refusing to overwrite 2 file(s) in initech (listed above); pass --force to replace them\n", run.err());
        assertEquals(List.of("README.md", "content/site.yaml"), files(repo()), "nothing else written");
        assertEquals("title: Mine\n", Files.readString(repo().resolve("content/site.yaml")));

        List<String> forced = new ArrayList<>(List.of(FLAGS));
        forced.add("--force");
        assertEquals(0, TestSite.run(dir, forced.toArray(String[]::new)).exitCode());
        assertTrue(Files.readString(repo().resolve("content/site.yaml")).contains("title: Initech Status"));
    }

    @Test
    void badValuesAreExitStatus2WithTheFix() {
        assertEquals("herald: --base-url \"status.initech.example\" is not an absolute https:// URL; write where the page will be served,"
                + " e.g. https://status.example.com/\n", initWith("--base-url", "status.initech.example").err());
        assertEquals("herald: --timezone \"Mars/Olympus\" is not an IANA time zone; write e.g. UTC, Europe/Berlin or America/New_York\n",
                initWith("--timezone", "Mars/Olympus").err());
        assertEquals("herald: --timezone \"+01:00\" is not an IANA time zone; write e.g. UTC, Europe/Berlin or America/New_York\n",
                initWith("--timezone", "+01:00").err());
        assertEquals("herald: --host \"heroku\" is not a host Herald writes pipelines for; use one of github-pages, gitlab-pages, netlify,"
                + " cloudflare-pages, s3\n", initWith("--host", "heroku").err());
        assertEquals("herald: components \"API\" and \"api\" would both get the id \"api\"; give them different names\n",
                initWith("--components", "API, api").err());
        assertEquals(2, initWith("--components", " , ").exitCode());
        assertFalse(Files.exists(repo()), "nothing written");
    }

    private Run initWith(String flag, String value) {
        List<String> args = new ArrayList<>(List.of(FLAGS));
        args.set(args.indexOf(flag) + 1, value);
        return TestSite.run(dir, args.toArray(String[]::new));
    }

    @Test
    void withoutATerminalMissingFlagsTakeTheDefaultsAndSaySo() throws IOException {
        Run run = TestSite.run(dir, "init", "initech-status");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("defaults used for --title, --base-url, --components, --timezone, --host: change them in"
                + " initech-status/content/site.yaml (--host: run init again with --force)\n"), run.out());
        String yaml = Files.readString(dir.resolve("initech-status/content/site.yaml"));
        assertTrue(yaml.contains("title: Initech Status\nbaseUrl: https://status.example.com/\n"), yaml);
        assertTrue(yaml.contains("  - id: website\n    name: Website\n"), yaml);
    }

    /** A terminal that gives scripted answers (an empty one takes the default, as at a real prompt) and records the questions. */
    private record Scripted(Deque<String> answers, List<String> asked) implements Terminal {
        @Override
        public String ask(String question, String defaultValue) {
            asked.add(question + " [" + defaultValue + "]");
            if (answers.isEmpty()) {
                return null;
            }
            String answer = answers.pop();
            return answer.isEmpty() ? defaultValue : answer;
        }
    }

    @Test
    void atATerminalItAsksForWhatTheFlagsDoNotSayAndAsksAgainAfterABadAnswer() throws IOException {
        Scripted terminal = new Scripted(new ArrayDeque<>(List.of("Initech Status", "https://status.initech.example/", "API, Platform/Webhooks",
                "Mars/Olympus", "Europe/Berlin", "")), new ArrayList<>());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(dir, Map.of(), Clock.fixed(Instant.parse("2026-11-27T14:30:00Z"), ZoneOffset.UTC), terminal);
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), env, "init", "initech");
        assertEquals(0, code, out + "\n" + err);
        assertEquals(List.of("Title of the status page [Initech Status]", "URL the page will be served from [https://status.example.com/]",
                "Components, comma-separated (Group/Name for a group) [Website]", "Time zone of the page (IANA) [UTC]",
                "Time zone of the page (IANA) [UTC]", "Published to (github-pages, gitlab-pages, netlify, cloudflare-pages, s3) [github-pages]"),
                terminal.asked());
        assertEquals("herald: --timezone \"Mars/Olympus\" is not an IANA time zone; write e.g. UTC, Europe/Berlin or America/New_York\n",
                err.toString());
        String yaml = Files.readString(repo().resolve("content/site.yaml"));
        assertTrue(yaml.contains("timezone: Europe/Berlin") && yaml.contains("    group: Platform\n"), yaml);
        assertTrue(Files.exists(repo().resolve(".github/workflows/status-publish.yml")), "the empty answer took the default host");
        assertFalse(out.toString().contains("defaults used"), out.toString());
    }

    @Test
    void atATerminalGivenFlagsAreNotAskedFor() {
        Scripted terminal = new Scripted(new ArrayDeque<>(), new ArrayList<>());
        Environment env = new Environment(dir, Map.of(), Clock.fixed(Instant.parse("2026-11-27T14:30:00Z"), ZoneOffset.UTC), terminal);
        StringWriter sink = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(sink), new PrintWriter(sink), env, FLAGS), sink.toString());
        assertEquals(List.of(), terminal.asked());
    }

    @Test
    void inputThatEndsWritesNothing() {
        Scripted terminal = new Scripted(new ArrayDeque<>(List.of("Initech Status")), new ArrayList<>());
        Environment env = new Environment(dir, Map.of(), Clock.fixed(Instant.parse("2026-11-27T14:30:00Z"), ZoneOffset.UTC), terminal);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new PrintWriter(out), new PrintWriter(err), env, "init", "initech"));
        assertEquals("herald: no answer for --base-url (input ended); nothing was written\n", err.toString());
        assertFalse(Files.exists(repo()));
    }

    @Test
    void aFolderNameGivesTheDefaultTitle() {
        assertEquals("Initech Status", InitSettings.titleFor("initech-status"));
        assertEquals("Acme Status", InitSettings.titleFor("acme"));
        assertEquals("Status", InitSettings.titleFor("status"));
        assertEquals("Big Co Status", InitSettings.titleFor("big_co"));
    }
}
