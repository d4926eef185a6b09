package herald.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.cli.Environment;
import herald.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** herald serve, as an author uses it: edit, see the change; break the YAML, see the error; fix it. */
class ServeTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Polls until the page satisfies the condition; returns how long it took. */
    private Duration waitFor(String url, Predicate<String> condition, Duration limit) throws Exception {
        long start = System.nanoTime();
        while (true) {
            String page = get(url);
            if (condition.test(page)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() - start > limit.toNanos()) {
                throw new AssertionError("not within " + limit + ": " + page.substring(0, Math.min(400, page.length())));
            }
            Thread.sleep(50);
        }
    }

    /** herald serve running in a thread of this JVM, with the address it printed. */
    private record Serving(Thread thread, StringWriter out, int[] exit, String base) {
        static Serving start(Environment env) throws InterruptedException {
            StringWriter out = new StringWriter();
            PrintWriter writer = new PrintWriter(out, true);
            int[] exit = {-1};
            Thread serve = new Thread(() -> exit[0] = Main.run(writer, writer, env, "serve", "--port", "0"));
            serve.start();
            String base = null;
            for (int i = 0; i < 200 && base == null; i++) {
                Matcher m = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)").matcher(out.toString());
                base = m.find() ? m.group(1) : null;
                Thread.sleep(50);
            }
            if (base == null) {
                serve.interrupt(); // do not leave a server running behind a failed test
            }
            assertTrue(base != null, out.toString());
            return new Serving(serve, out, exit, base);
        }

        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(5000);
        }
    }

    @Test
    void editBreakAndFixWhileServing() throws Exception {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Environment env = new Environment(dir, Map.of(), Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
        Serving serving = Serving.start(env);
        StringWriter out = serving.out();
        try {
            String base = serving.base();
            String page = base + "incidents/2026-11-20-slow-answers/";
            assertTrue(get(page).contains("<h1>Slow and incomplete AI answers</h1>"));
            assertTrue(get(page).contains("/__herald/version"), "pages get the reload script");

            Path file = dir.resolve(Fixtures.INCIDENT_PATH);
            Files.writeString(file, Fixtures.INCIDENT.replace("title: Slow and incomplete AI answers", "title: Answers are slow (edited)"));
            Duration seen = waitFor(page, p -> p.contains("<h1>Answers are slow (edited)</h1>"), Duration.ofSeconds(2));
            assertTrue(seen.toMillis() < 2000);

            Files.writeString(file, Fixtures.INCIDENT.replace("severity: S2", "severity: [S2"));
            waitFor(page, p -> p.contains("The site is not built") && p.contains("[yaml-syntax]"), Duration.ofSeconds(2));
            assertTrue(get(base).contains("The site is not built"), "every page shows the errors, not a stale site");

            Files.writeString(file, Fixtures.INCIDENT);
            waitFor(page, p -> p.contains("<h1>Slow and incomplete AI answers</h1>"), Duration.ofSeconds(2));
        } finally {
            serving.stop();
        }
        assertEquals(0, serving.exit()[0], out.toString());
        assertTrue(out.toString().contains("stopped"), out.toString());
    }

    @Test
    void withoutNowThePreviewTakesSourceDateEpochLikeTheBuild() throws Exception {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        // the clock says 2026-11-27; SOURCE_DATE_EPOCH says 2026-11-20T15:00:00Z, before the resolved update at 15:04
        Environment env = new Environment(dir, Map.of("SOURCE_DATE_EPOCH", "1795186800"),
                Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
        Serving serving = Serving.start(env);
        StringWriter out = serving.out();
        try {
            String base = serving.base();
            String page = get(base);
            assertTrue(page.contains("The site is not built") && page.contains("[future-update]"), page);
        } finally {
            serving.stop();
        }
        assertEquals(0, serving.exit()[0], out.toString());
    }

    @Test
    void aThemeFileLinkedFromOutsideIsNeverServed(@TempDir Path outside) throws Exception {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Files.writeString(outside.resolve("secrets.env"), "db_password=hunter2\n");
        Files.createDirectories(dir.resolve("themes/default/assets"));
        Files.createSymbolicLink(dir.resolve("themes/default/assets/secrets.txt"), outside.resolve("secrets.env"));
        Environment env = new Environment(dir, Map.of(), Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
        Serving serving = Serving.start(env);
        try {
            String secret = get(serving.base() + "assets/secrets.txt");
            assertTrue(!secret.contains("hunter2"), secret);
            assertTrue(secret.contains("The site is not built") && secret.contains("theme file themes/default/assets/secrets.txt is a symbolic link to "),
                    secret);
            assertTrue(get(serving.base()).contains("outside the theme folder themes/default"), "every page shows why");

            Files.delete(dir.resolve("themes/default/assets/secrets.txt"));
            waitFor(serving.base(), p -> p.contains("<title>Test Status</title>"), Duration.ofSeconds(3));
            String gone = get(serving.base() + "assets/secrets.txt");
            assertTrue(!gone.contains("hunter2") && gone.contains("<title>"), "the 404 page: " + gone);
        } finally {
            serving.stop();
        }
        assertTrue(serving.out().toString().contains("not built: theme file themes/default/assets/secrets.txt is a symbolic link"),
                serving.out().toString());
    }

    @Test
    void aThemeFolderEditedWhileServingIsPickedUp() throws Exception {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Environment env = new Environment(dir, Map.of(), Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
        Serving serving = Serving.start(env);
        try {
            String css = serving.base() + "assets/style.css";
            assertTrue(get(css).contains(":root {"), "the built-in stylesheet");
            TestSite.put(dir, "themes/default/assets/style.css", "/* the team's own */\n");
            waitFor(css, p -> p.equals("/* the team's own */\n"), Duration.ofSeconds(3));
        } finally {
            serving.stop();
        }
    }
}
