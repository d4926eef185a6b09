package herald.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny static file server on 127.0.0.1 and a free port, like any static host. */
public final class StaticServer implements AutoCloseable {
    private final HttpServer server;
    /** Every request, as "status path", in the order answered: a test can ask what failed. */
    private final java.util.List<String> served = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    public StaticServer(Path root) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                served.add("404 " + path);
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".json") ? "application/json" : name.endsWith(".xml") ? "application/xml"
                    : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".ico") ? "image/x-icon" : "application/octet-stream";
            byte[] body = Files.readAllBytes(file);
            served.add("200 " + path);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The requests answered so far, "status path" each. */
    public java.util.List<String> served() {
        synchronized (served) {
            return java.util.List.copyOf(served);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
