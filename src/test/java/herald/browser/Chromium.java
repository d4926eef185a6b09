package herald.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium driven over the DevTools protocol, with nothing but the JDK's
 * WebSocket client: no downloaded browser, no driver dependency. One page, one session.
 */
public final class Chromium implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    /** What failed since the last {@link #open}: responses of 400 or more, requests that failed, console errors. */
    private final java.util.List<String> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    public static Chromium start() throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("herald-chromium");
        // the flags the machine notes ask for: no sandbox as root, and no background network traffic
        Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IOException("chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String ws = null;
        for (JsonNode t : targets) {
            if (t.path("type").asText().equals("page")) {
                ws = t.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (ws == null) {
            p.destroyForcibly();
            throw new IOException("no page target in " + targets);
        }
        Chromium[] self = new Chromium[1];
        Listener listener = new Listener(() -> self[0]);
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), listener).join();
        self[0] = new Chromium(p, profile, socket);
        self[0].send("Page.enable", JSON.createObjectNode());
        self[0].send("Runtime.enable", JSON.createObjectNode());
        self[0].send("Network.enable", JSON.createObjectNode());
        self[0].send("Log.enable", JSON.createObjectNode());
        return self[0];
    }

    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Supplier<Chromium> owner;
        private final StringBuilder buffer = new StringBuilder();

        Listener(java.util.function.Supplier<Chromium> owner) {
            this.owner = owner;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    JsonNode msg = JSON.readTree(text);
                    Chromium c = owner.get();
                    if (c != null) {
                        if (msg.has("id")) {
                            CompletableFuture<JsonNode> f = c.pending.remove(msg.get("id").asInt());
                            if (f != null) {
                                f.complete(msg);
                            }
                        } else {
                            c.record(msg);
                            c.events.add(msg);
                        }
                    }
                } catch (IOException e) {
                    // not JSON: ignore
                }
            }
            ws.request(1);
            return null;
        }
    }

    private void record(JsonNode msg) {
        JsonNode p = msg.path("params");
        switch (msg.path("method").asText()) {
            case "Network.responseReceived" -> {
                int status = p.path("response").path("status").asInt();
                if (status >= 400) {
                    failures.add(status + " " + p.path("response").path("url").asText());
                }
            }
            case "Network.loadingFailed" -> failures.add("failed " + p.path("errorText").asText() + " " + p.path("type").asText());
            case "Log.entryAdded" -> {
                if (p.path("entry").path("level").asText().equals("error")) {
                    failures.add("console " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
                }
            }
            default -> {
            }
        }
    }

    /** The failed requests and console errors since the last {@link #open}. */
    public java.util.List<String> failures() {
        synchronized (failures) {
            return java.util.List.copyOf(failures);
        }
    }

    public JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", params);
        socket.sendText(msg.toString(), true).join();
        try {
            JsonNode reply = f.get(30, TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IllegalStateException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + ": " + e.getMessage(), e);
        }
    }

    public void viewport(int width, int height, boolean mobile) {
        ObjectNode p = JSON.createObjectNode();
        p.put("width", width);
        p.put("height", height);
        p.put("deviceScaleFactor", 1);
        p.put("mobile", mobile);
        send("Emulation.setDeviceMetricsOverride", p);
    }

    public void javascript(boolean enabled) {
        ObjectNode p = JSON.createObjectNode();
        p.put("value", !enabled);
        send("Emulation.setScriptExecutionDisabled", p);
    }

    /** Navigates and waits for the load event. */
    public void open(String url) throws InterruptedException {
        events.clear();
        failures.clear();
        ObjectNode p = JSON.createObjectNode();
        p.put("url", url);
        send("Page.navigate", p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonNode e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && e.path("method").asText().equals("Page.loadEventFired")) {
                return;
            }
        }
        throw new IllegalStateException("page did not load: " + url);
    }

    /** Evaluates a JavaScript expression (promises awaited) and returns its value as text. */
    public String eval(String expression) {
        ObjectNode p = JSON.createObjectNode();
        p.put("expression", expression);
        p.put("returnByValue", true);
        p.put("awaitPromise", true);
        JsonNode r = send("Runtime.evaluate", p);
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value").asText();
    }

    public void screenshot(Path file) throws IOException {
        ObjectNode p = JSON.createObjectNode();
        p.put("format", "png");
        p.put("captureBeyondViewport", true);
        JsonNode r = send("Page.captureScreenshot", p);
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(r.path("data").asText()));
    }

    @Override
    public void close() throws IOException {
        try {
            socket.abort();
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            // best effort: a renderer may still be flushing its profile as it exits
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    herald.write.SiteWriterAccess.deleteTree(profile);
                    break;
                } catch (IOException e) {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
    }
}
