package herald.announce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP receiver on 127.0.0.1 (the JDK's server): records every request with the time it
 * arrived, and answers from a script (then 200 "ok", what Slack answers).
 */
public final class Receiver implements AutoCloseable {
    /** One request as it arrived; {@code arrivedNanos} is System.nanoTime() on arrival. */
    public record Request(String method, String pathAndQuery, Map<String, List<String>> headers, String body, long arrivedNanos) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** A scripted answer; {@code hang} never answers. */
    public record Answer(int status, Map<String, String> headers, String body, boolean hangs) {
        public static Answer of(int status, String body) {
            return new Answer(status, Map.of(), body, false);
        }

        public static Answer hang() {
            return new Answer(0, Map.of(), "", true);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "receiver");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private final Answer otherwise;

    private Receiver(Answer otherwise, List<Answer> answers) throws IOException {
        this.otherwise = otherwise;
        script.addAll(answers);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Answers the script in order, then {@code 200 ok}. */
    public static Receiver answering(Answer... answers) throws IOException {
        return new Receiver(Answer.of(200, "ok"), List.of(answers));
    }

    /** Always the same answer (202 for Teams, 404 for "gone", hang for "never answers"). */
    public static Receiver always(Answer answer) throws IOException {
        return new Receiver(answer, List.of());
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<String> bodies() {
        return requests().stream().map(Request::body).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Answer answer;
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), body, arrived));
            answer = script.isEmpty() ? otherwise : script.poll();
        }
        if (answer.hangs()) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
