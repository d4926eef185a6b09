package herald.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** With --timings, prints how long each pipeline stage took (to stderr), to find regressions. */
final class StageTimer {
    private final PrintWriter err;
    private final boolean on;
    private long last = System.nanoTime();

    StageTimer(PrintWriter err, boolean on) {
        this.err = err;
        this.on = on;
    }

    void lap(String stage) {
        long now = System.nanoTime();
        if (on) {
            err.printf(Locale.ROOT, "timing: %-7s %6d ms%n", stage, (now - last) / 1_000_000);
            err.flush();
        }
        last = now;
    }
}
