package herald.serve;

import herald.model.SitePaths;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import herald.diag.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the latest preview build from memory on 127.0.0.1. HTML pages get a small script that
 * polls {@code /__herald/version} and reloads when a new build is in; while the content does not
 * lint, every page is the list of errors instead of a stale site.
 */
public final class PreviewServer implements AutoCloseable {
    static final String VERSION_PATH = "/__herald/version";
    private static final String RELOAD = "<script>(function(){var v=null;function poll(){fetch('" + VERSION_PATH
            + "',{cache:'no-store'}).then(function(r){return r.text();}).then(function(t){if(v!==null&&t!==v){location.reload();}v=t;})"
            + ".catch(function(){}).finally(function(){setTimeout(poll,400);});}poll();})();</script>";

    /**
     * Seconds a client has to send its request (headers included) and to take the response, for
     * the JDK's server (its {@code sun.net.httpserver.*} settings, read once per process, before its
     * first server starts): a connection that stalls is closed, instead of being waited on forever.
     */
    static final Map<String, String> SLOW_CLIENT_LIMITS = Map.of(
            "sun.net.httpserver.maxReqTime", "5",
            "sun.net.httpserver.maxRspTime", "30");

    private final HttpServer server;
    private final ExecutorService handlers;
    private final AtomicReference<PreviewBuild> current = new AtomicReference<>();
    private volatile long version;

    /**
     * A server on host:port. Requests are handled each on its own thread (virtual on Java 21 and
     * later, else from a pool that grows as needed), so a client that opens connections and never
     * finishes its request ties up nothing that others need; the limits above then close it.
     */
    public PreviewServer(String host, int port) throws IOException {
        SLOW_CLIENT_LIMITS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value); // a user's own -D setting wins
            }
        });
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        handlers = handlerThreads();
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
    }

    /** A virtual thread per request where the JDK has them (21+), else a cached pool of daemon threads. */
    static ExecutorService handlerThreads() {
        try {
            MethodHandle virtual = MethodHandles.publicLookup().findStatic(Executors.class, "newVirtualThreadPerTaskExecutor",
                    MethodType.methodType(ExecutorService.class));
            return (ExecutorService) virtual.invoke();
        } catch (Throwable olderJdk) { // Java 17 to 20: no (final) virtual threads
            return Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "herald-serve");
                t.setDaemon(true);
                return t;
            });
        }
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Publishes a new build; open pages reload within half a second. */
    public void publish(PreviewBuild build) {
        current.set(build);
        version++;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(VERSION_PATH)) {
                send(exchange, 200, "text/plain; charset=utf-8", Long.toString(version).getBytes(StandardCharsets.UTF_8));
                return;
            }
            PreviewBuild build = current.get();
            if (build == null || !build.ok()) {
                send(exchange, 200, "text/html; charset=utf-8", errorPage(build).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String key = path.startsWith("/") ? path.substring(1) : path;
            if (key.isEmpty() || key.endsWith("/")) {
                key = key + SitePaths.INDEX;
            }
            byte[] body = build.files().get(key);
            if (body == null && build.files().containsKey(key + "/" + SitePaths.INDEX)) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/plain", new byte[0]);
                return;
            }
            int status = 200;
            if (body == null) {
                status = 404;
                key = "404.html";
                body = build.files().getOrDefault(key, "not found".getBytes(StandardCharsets.UTF_8));
            }
            String type = contentType(key);
            if (type.startsWith("text/html")) {
                body = withReload(body);
            }
            send(exchange, status, type, body);
        }
    }

    static byte[] withReload(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int end = s.lastIndexOf("</body>");
        s = end < 0 ? s + RELOAD : s.substring(0, end) + RELOAD + s.substring(end);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String errorPage(PreviewBuild build) {
        StringBuilder sb = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Herald: lint errors</title>"
                + "<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;background:#fff5f5;color:#1f2328}"
                + "h1{color:#cf222e}pre{white-space:pre-wrap;background:#fff;border:1px solid #d1d9e0;padding:1rem}</style></head><body>"
                + "<h1>The site is not built: fix these and save</h1><pre>");
        if (build == null) {
            sb.append("building…");
        } else if (build.problem() != null) {
            sb.append(escape(build.problem()));
        } else {
            for (Diagnostic d : build.errors()) {
                sb.append(escape(d.toText())).append('\n');
            }
        }
        return sb.append("</pre>").append(RELOAD).append("</body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String contentType(String path) {
        if (path.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (path.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (path.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (path.endsWith(".json")) {
            return "application/json";
        }
        if (path.endsWith(".xml")) {
            return "application/xml";
        }
        if (path.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (path.endsWith(".ics")) {
            return "text/calendar; charset=utf-8";
        }
        return "text/plain; charset=utf-8";
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
