package herald.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.cli.Environment;
import herald.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

    /** Opens connections that send the start of a request header and then nothing more. */
    private static List<Socket> stall(int port, int count) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket s = new Socket("127.0.0.1", port);
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: sl".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            sockets.add(s);
        }
        return sockets;
    }

    /** A request that may take as long as the generous test timeout: it must complete, not be quick. */
    private String patientGet(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Issue 12, defect 7: four connections holding an unfinished header stalled every request; eight made serve unusable. */
    @Test
    void eightConnectionsHoldingAnUnfinishedHeaderDoNotBlockOtherRequests() throws Exception {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Environment env = new Environment(dir, Map.of(), Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
        Serving serving = Serving.start(env);
        List<Socket> stalled = stall(Integer.parseInt(serving.base().replaceAll(".*:(\\d+)/$", "$1")), 8);
        try {
            for (int i = 0; i < 3; i++) {
                assertTrue(patientGet(serving.base() + "incidents/2026-11-20-slow-answers/").contains("<h1>Slow and incomplete AI answers</h1>"));
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
            serving.stop();
        }
    }

    /**
     * herald serve as a user starts it (its own JVM, so the JDK server reads Herald's limits at its
     * start): a connection that never finishes its request is closed by the server, and meanwhile
     * eight of them do not keep a normal request from being answered.
     */
    @Test
    void theServerClosesAConnectionThatNeverFinishesItsRequest() throws Exception {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "herald.cli.Main",
                "serve", "--port", "0", "--now", "2026-11-27T00:00:00Z", "--theme", TestSite.THEME.toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String base = null;
            while (base == null) {
                String line = lines.readLine();
                if (line == null) {
                    break;
                }
                Matcher m = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
                base = m.find() ? m.group(1) : null;
            }
            assertTrue(base != null, "herald serve did not start");
            int port = Integer.parseInt(base.replaceAll(".*:(\\d+)/$", "$1"));
            List<Socket> stalled = stall(port, 8);
            try {
                assertTrue(patientGet(base).contains("Test Status"));
                Socket first = stalled.get(0);
                first.setSoTimeout(30_000); // generous: the server's own limit is a few seconds
                int read;
                try {
                    read = first.getInputStream().read();
                } catch (java.net.SocketException reset) {
                    read = -1; // closed by the server while we were sending: as good as an end of stream
                }
                assertEquals(-1, read, "the server closed the stalled connection");
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
        } finally {
            serve.destroy();
            if (!serve.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
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
