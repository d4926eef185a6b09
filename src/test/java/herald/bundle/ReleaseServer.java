package herald.bundle;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A GitHub release on 127.0.0.1 for the install tests: serves the files it is given under
 * /releases/download/vVERSION/ (and any path it is told to answer; anything else is 404) and
 * records every request ("PATH" for a GET, "METHOD PATH" otherwise).
 */
final class ReleaseServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    ReleaseServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requests.add(exchange.getRequestMethod().equals("GET") ? path : exchange.getRequestMethod() + " " + path);
                exchange.getRequestBody().readAllBytes();
                byte[] body = files.get(path);
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    /** A release of the bundle that package wrote, with its checksum file, as the release workflow publishes it. */
    static ReleaseServer ofTheBundle() throws IOException {
        ReleaseServer release = new ReleaseServer();
        String version = Bundle.version();
        release.serve(version, "herald-" + version + ".tar.gz", java.nio.file.Files.readAllBytes(Bundle.archive()));
        release.serve(version, "herald-" + version + ".tar.gz.sha256", java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of(Bundle.archive() + ".sha256")));
        return release;
    }

    /** The download URL of a release: http://127.0.0.1:PORT/releases/download/vVERSION */
    String url(String version) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/releases/download/v" + version;
    }

    void serve(String version, String name, byte[] bytes) {
        files.put("/releases/download/v" + version + "/" + name, bytes);
    }

    /** Answers 200 with an empty JSON object at {@code path}, for any method (a stand-in API endpoint). */
    void answer(String path) {
        files.put(path, "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
