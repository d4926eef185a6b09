package herald.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Reads a stream to its end on its own thread, so neither pipe of a process can fill up and stall it. */
final class GitOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Thread thread;
    private IOException failure;

    private GitOutput(InputStream in) {
        thread = new Thread(() -> {
            try (in) {
                in.transferTo(bytes);
            } catch (IOException e) {
                failure = e;
            }
        }, "git output");
        thread.setDaemon(true);
        thread.start();
    }

    static GitOutput of(InputStream in) {
        return new GitOutput(in);
    }

    /** Everything read, once the stream has ended (bounded by the run's timeout). */
    String text() throws IOException {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(Git.TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        if (thread.isAlive()) {
            throw new IOException("git output did not end");
        }
        if (failure != null) {
            throw failure;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** One line of a stream of bytes (git cat-file headers), or null at its end. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.write(c);
        }
        return c == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }
}
