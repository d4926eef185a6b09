package herald.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authenticated v1 API over a real HTTP server on 127.0.0.1: two pages (one incident on both)
 * and the empty third page that ends the listing; the key comes from the named variable, as a header.
 */
class StatuspageV1Test {
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final String SITE = "title: Acme\nbaseUrl: https://status.acme.example/\ncomponents:\n  - id: api\n    name: API\n";

    @TempDir
    Path dir;
    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> keys = new CopyOnWriteArrayList<>();

    static String incident(String id, String name, String day) {
        return Sp.incident(id, name, "minor", day + "T10:00:00.000Z", day + "T10:30:00.000Z", List.of(Sp.component("c1", "API", 1)),
                Sp.update(id + "-1", "investigating", day + "T10:00:00.000Z", "Looking into " + name + ".", "c1:partial_outage"),
                Sp.update(id + "-2", "resolved", day + "T10:30:00.000Z", "Fixed.", "c1:operational"));
    }

    @BeforeEach
    void serve() throws IOException {
        Map<String, String> pages = Map.of("1", "[" + incident("aaa", "Slow API", "2026-01-01") + "," + incident("bbb", "Errors", "2026-01-02") + "]",
                "2", "[" + incident("bbb", "Errors", "2026-01-02") + "," + incident("ccc", "Timeouts", "2026-01-03") + "]");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/pages/pg1/incidents", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String query = exchange.getRequestURI().getQuery();
            String page = query.replaceAll(".*\\bpage=(\\d+).*", "$1");
            byte[] body = pages.getOrDefault(page, "[]").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/pages/pg1/incidents";
    }

    @Test
    void everyPageIsReadUntilAnEmptyOneAndEachIncidentImportedOnce() throws IOException {
        TestSite.put(dir, "content/site.yaml", SITE);
        Run run = TestSite.runAt(dir, NOW, Map.of("SP_KEY", "s3cret-key", "HERALD_TEST_ALLOW_LOOPBACK_HTTP", "1"),
                "import", "statuspage", "--api-key-env", "SP_KEY", url());
        assertEquals(List.of("/v1/pages/pg1/incidents?page=1&per_page=100&limit=100", "/v1/pages/pg1/incidents?page=2&per_page=100&limit=100",
                "/v1/pages/pg1/incidents?page=3&per_page=100&limit=100"), requests);
        assertEquals(List.of("OAuth s3cret-key", "OAuth s3cret-key", "OAuth s3cret-key"), keys);
        assertEquals(List.of("2026-01-01-slow-api.md", "2026-01-02-errors.md", "2026-01-03-timeouts.md"),
                Files.list(dir.resolve("content/incidents")).map(p -> p.getFileName().toString()).sorted().toList());
        assertTrue(run.err().contains("1 incident(s) listed on two pages, imported once"), run.err());
        assertFalse(run.out().contains("s3cret") || run.err().contains("s3cret"), "the key is never printed");
        assertTrue(Files.readString(dir.resolve("content/incidents/2026-01-02-errors.md")).contains("    state: {api: partial-outage}\n"));
    }

    @Test
    void plainHttpIsRefusedOutsideTheTestSeam() {
        Run run = TestSite.runAt(dir, NOW, Map.of("SP_KEY", "k"), "import", "statuspage", "--api-key-env", "SP_KEY", url());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(": only https:// URLs are read"), run.err());
        assertEquals(List.of(), requests);
    }

    @Test
    void theV1ApiNeedsTheKeyFromAnEnvironmentVariable() {
        Run none = TestSite.runAt(dir, NOW, Map.of("HERALD_TEST_ALLOW_LOOPBACK_HTTP", "1"), "import", "statuspage", url());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("the v1 API needs a key: put it in an environment variable and name it with --api-key-env"), none.err());
        Run unset = TestSite.runAt(dir, NOW, Map.of("HERALD_TEST_ALLOW_LOOPBACK_HTTP", "1"), "import", "statuspage", "--api-key-env",
                "SP_KEY", url());
        assertEquals("herald: --api-key-env SP_KEY: the environment variable SP_KEY is not set or empty\n", unset.err());
        assertEquals(List.of(), requests);
        assertFalse(Files.exists(dir.resolve("content")));
    }
}
