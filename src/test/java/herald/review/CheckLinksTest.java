package herald.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** herald check-links on built sites: the example resolves; broken files and anchors are named. */
class CheckLinksTest {
    @TempDir
    Path dir;

    HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theBuiltExampleHasNoBrokenLinks() throws IOException {
        TestSite.buildExample(dir);
        Run r = TestSite.run(dir, "check-links");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().matches("all links resolve: \\d+ pages, \\d+ links\n"), r.out());
        Run dotted = TestSite.run(dir, "check-links", "--site", "./site");
        assertEquals(r.out(), dotted.out(), "the same site however its path is written");
    }

    @Test
    void aTimeoutMustBeAboveZero() throws IOException {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        assertEquals(0, TestSite.build(dir, "2026-11-27T14:30:00Z").exitCode());
        Run r = TestSite.run(dir, "check-links", "--external", "--timeout", "0s");
        assertEquals(2, r.exitCode());
        assertEquals("herald: --timeout \"0s\": write a duration above zero, e.g. 5s or 1m\n", r.err());
    }

    @Test
    void aMissingPageAndAMissingAnchorAreReportedWithTheirPage() throws IOException {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT));
        assertEquals(0, TestSite.build(dir, "2026-11-27T14:30:00Z").exitCode());
        Path page = dir.resolve("site/incidents/2026-11-20-slow-answers/index.html");
        String html = Files.readString(page);
        Files.writeString(page, html.replace("</main>", "<a href=\"../gone/\">x</a><a href=\"../../index.html#nowhere\">y</a></main>"));
        Run r = TestSite.run(dir, "check-links");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("incidents/2026-11-20-slow-answers/index.html: ../gone/ (no such file)\n"), r.out());
        assertTrue(r.out().contains("incidents/2026-11-20-slow-answers/index.html: ../../index.html#nowhere (no element with id \"nowhere\")\n"), r.out());
        assertTrue(r.out().contains("2 broken: "), r.out());
    }

    @Test
    void withoutABuiltSiteItSaysWhatToDo() {
        Run r = TestSite.run(dir, "check-links");
        assertEquals(2, r.exitCode());
        assertEquals("herald: no built site at site; run herald build first\n", r.err());
    }

    @Test
    void externalUrlsAreCheckedWithinTheTimeout() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", x -> {
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.createContext("/head-refused", x -> {
            x.sendResponseHeaders(x.getRequestMethod().equals("HEAD") ? 405 : 200, -1);
            x.close();
        });
        server.createContext("/slow", x -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();

        // the postmortem link answers; the support URL is missing
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE + "supportUrl: " + base + "/missing\n"
                + "-- " + Fixtures.INCIDENT_PATH + " --\n" + Fixtures.INCIDENT.replace("https://tracker.test.example/PM-123", base + "/ok"));
        assertEquals(0, TestSite.build(dir, "2026-11-27T14:30:00Z").exitCode());
        Run r = TestSite.run(dir, "check-links", "--external", "--timeout", "1s");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().startsWith("content: " + base + "/missing (HTTP 404)\n1 broken: "), r.out());
        assertTrue(r.out().endsWith(", 2 outside URLs\n"), r.out());

        // HEAD refused (405) is retried with GET; a URL that does not answer in time is reported
        Path incident = dir.resolve(Fixtures.INCIDENT_PATH);
        Files.writeString(dir.resolve("content/site.yaml"), Fixtures.SITE + "supportUrl: " + base + "/head-refused\n");
        Files.writeString(incident, Files.readString(incident).replace(base + "/ok", base + "/slow"));
        r = TestSite.run(dir, "check-links", "--external", "--timeout", "1s");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().startsWith("content: " + base + "/slow (no answer within 1 s)\n1 broken: "), r.out());
    }

    @Test
    void aNormalBuildNeverReachesOut() throws IOException {
        // a postmortem URL nobody listens on: the build does not care, only check-links --external does
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT.replace("https://tracker.test.example/PM-123", "http://127.0.0.1:9/pm")));
        Run build = TestSite.build(dir, "2026-11-27T14:30:00Z");
        assertEquals(0, build.exitCode(), build.err());
        Run r = TestSite.run(dir, "check-links", "--external", "--timeout", "2s");
        assertEquals(1, r.exitCode());
        assertTrue(r.out().startsWith("content: http://127.0.0.1:9/pm (unreachable ("), r.out());
    }
}
