package herald.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.bundle.Bundle.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team adopting Herald, from the release bundle alone: unpacked outside this repository, its bin
 * first on PATH, no Maven and no source tree reachable; init (flags only), then the day-to-day
 * commands in a fresh git repository. Every step exits 0, the site has every page, and the status
 * repository holds no file of Herald's source.
 */
class EndToEndIT {
    @TempDir
    Path tmp;
    final List<String> steps = new ArrayList<>();

    @Test
    void aStatusRepositoryFromTheBundleAlone() throws Exception {
        try (Bundle bundle = Bundle.unpack(tmp)) {
            fromTheBundle(bundle);
        }
    }

    private void fromTheBundle(Bundle bundle) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Map<String, String> env = new LinkedHashMap<>(bundle.environment(Bundle.currentJava(), home));
        env.put("HERALD_ARCHIVE", "off"); // the start-up archive has its own test; here no background job outlives a step
        env.put("GIT_AUTHOR_NAME", "Dana");
        env.put("GIT_AUTHOR_EMAIL", "dana@initech.example");
        env.put("GIT_COMMITTER_NAME", "Dana");
        env.put("GIT_COMMITTER_EMAIL", "dana@initech.example");
        assertEquals(127, Bundle.run(tmp, env, List.of(bundle.tools.resolve("sh").toString(), "-c", "command -v mvn"),
                java.time.Duration.ofSeconds(10)).code(), "Maven is not reachable");

        Result init = step(bundle, tmp, env, "init", "initech-status", "--title", "Initech Status",
                "--base-url", "https://status.initech.example/", "--components", "API, Dashboard, Platform/Webhooks",
                "--timezone", "America/New_York", "--host", "github-pages");
        assertTrue(init.out().contains("lint: 0 errors, 0 warnings in 1 file"), init.out());
        Path repo = tmp.resolve("initech-status");
        git(bundle, env, repo, "init", "-q", "-b", "main");
        git(bundle, env, repo, "add", "-A");
        git(bundle, env, repo, "commit", "-q", "-m", "Status page");

        assertTrue(step(bundle, repo, env, "lint").out().contains("0 errors"));
        git(bundle, env, repo, "checkout", "-q", "-b", "incident/slow-api");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Result opened = step(bundle, repo, env, "new", "Slow API responses", "--severity", "S2", "--components", "api",
                "--triggered", now.minus(30, ChronoUnit.MINUTES).toString(), "--at", now.minus(25, ChronoUnit.MINUTES).toString(),
                "--effect", "API requests are slow");
        Matcher m = Pattern.compile("wrote content/incidents/([a-z0-9-]+)\\.md").matcher(opened.out());
        assertTrue(m.find(), opened.out());
        String id = m.group(1);
        step(bundle, repo, env, "update", id, "--status", "identified", "--at", now.minus(12, ChronoUnit.MINUTES).toString());
        step(bundle, repo, env, "resolve", id, "--cause", "A slow database query held up API requests.",
                "--at", now.minus(2, ChronoUnit.MINUTES).toString());
        Instant start = now.plus(3, ChronoUnit.DAYS);
        Result window = step(bundle, repo, env, "maintenance", "new", "Database upgrade", "--components", "api,webhooks",
                "--start", start.toString(), "--end", start.plus(1, ChronoUnit.HOURS).toString());
        Matcher w = Pattern.compile("wrote content/maintenance/([a-z0-9-]+)\\.md").matcher(window.out());
        assertTrue(w.find(), window.out());
        git(bundle, env, repo, "add", "-A");
        git(bundle, env, repo, "commit", "-q", "-m", "Slow API responses, resolved");

        Result build = step(bundle, repo, env, "build");
        assertTrue(build.out().contains("lint passed: 0 errors"), build.out());
        assertEveryPage(repo.resolve("site"), id, w.group(1), now);
        assertTrue(step(bundle, repo, env, "check-links").out().startsWith("all links resolve"));
        Result diff = step(bundle, repo, env, "diff");
        assertTrue(diff.out().contains("Slow API responses") && diff.out().contains("Database upgrade"), diff.out());
        assertEquals(List.of("init", "lint", "new", "update", "resolve", "maintenance", "build", "check-links", "diff"), steps);

        assertNoFileOfHeraldsSource(bundle, env, repo);
    }

    /** One step: herald ARGS through the bundle; it must exit 0 without an internal error, and is recorded by its command. */
    private Result step(Bundle bundle, Path cwd, Map<String, String> env, String... args) throws IOException {
        Result r = bundle.herald(cwd, env, args);
        assertEquals(0, r.code(), "herald " + String.join(" ", args) + "\n" + r);
        assertTrue(!r.err().contains("Exception") && !r.err().contains("internal error"), r.toString());
        steps.add(args[0]);
        return r;
    }

    private static void git(Bundle bundle, Map<String, String> env, Path repo, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(bundle.tools.resolve("git").toString()));
        command.addAll(List.of(args));
        Result r = Bundle.run(repo, env, command, java.time.Duration.ofMinutes(1));
        assertEquals(0, r.code(), "git " + String.join(" ", args) + "\n" + r);
    }

    private static void assertEveryPage(Path site, String incident, String maintenance, Instant now) {
        String month = now.atZone(java.time.ZoneId.of("America/New_York")).toLocalDate().toString().substring(0, 7);
        List<String> pages = new ArrayList<>(List.of("index.html", "404.html", "incidents/" + incident + "/index.html",
                "maintenance/" + maintenance + "/index.html", "history/index.html", "history/" + month + "/index.html",
                "banner.json", "banner.js", "feed.xml", "atom.xml", "sitemap.xml", "robots.txt", "badge.svg", "maintenance.ics",
                "schemas/banner.schema.json", "assets/style.css", "_headers", "api/v2/summary.json", "api/v2/status.json",
                "api/v2/components.json", "api/v2/incidents.json", "api/v2/incidents/unresolved.json", "api/v2/scheduled-maintenances.json",
                "api/v2/scheduled-maintenances/upcoming.json", "api/v2/scheduled-maintenances/active.json"));
        for (String component : List.of("api", "dashboard", "webhooks")) {
            for (String file : List.of("index.html", "feed.xml", "atom.xml", "badge.svg")) {
                pages.add("components/" + component + "/" + file);
            }
        }
        List<String> missing = pages.stream().filter(p -> !Files.isRegularFile(site.resolve(p))).toList();
        assertEquals(List.of(), missing);
    }

    /**
     * No file of the status repository (tracked or not, besides the built site) has the bytes of a
     * file of Herald's source, leaving out the templates of the files init writes
     * (src/main/resources/herald/init/: the hook, the pre-commit config and .gitignore are written
     * as they are there).
     */
    private static void assertNoFileOfHeraldsSource(Bundle bundle, Map<String, String> env, Path repo) throws Exception {
        Path source = Path.of("").toAbsolutePath();
        Result tracked = Bundle.run(source, Map.of("PATH", System.getenv("PATH")), List.of("git", "ls-files", "-z"), java.time.Duration.ofMinutes(1));
        assertEquals(0, tracked.code(), tracked.toString());
        Map<String, String> heraldFiles = new LinkedHashMap<>();
        for (String path : tracked.out().split("\0")) {
            Path p = source.resolve(path);
            if (!path.isEmpty() && !path.startsWith("src/main/resources/herald/init/") && Files.isRegularFile(p) && Files.size(p) > 0) {
                heraldFiles.put(sha256(Files.readAllBytes(p)), path);
            }
        }
        Set<String> copied = new TreeSet<>();
        try (var walk = Files.walk(repo)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = repo.relativize(p).toString();
                if (rel.startsWith(".git/") || rel.startsWith("site/") || Files.size(p) == 0) {
                    continue;
                }
                String from = heraldFiles.get(sha256(Files.readAllBytes(p)));
                if (from != null) {
                    copied.add(rel + " = " + from);
                }
                assertTrue(!rel.endsWith(".java") && !rel.equals("pom.xml") && !rel.endsWith(".jar") && !rel.endsWith(".ftlh"), rel);
            }
        }
        assertEquals(Set.of(), copied, "files of Herald's source in the status repository");
        assertTrue(heraldFiles.size() > 100, "the comparison saw Herald's source: " + heraldFiles.size() + " files");
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
