package herald.bench;

import herald.serve.ChangeWatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * What `herald serve` does every 250 ms when nothing changed, and when a file is saved without
 * changes, timed on a site: the nothing-changed rebuild costs only this check.
 * Usage: java -cp … herald.bench.WatchCheck SITE_FOLDER
 */
public final class WatchCheck {
    private WatchCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).resolve("content");
        ChangeWatcher w = new ChangeWatcher(List.of(content));
        w.changed();
        for (int i = 0; i < 5; i++) {
            w.changed(); // warm up
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            if (w.changed()) {
                throw new IllegalStateException("nothing changed, but the watcher says it did");
            }
            best = Math.min(best, System.nanoTime() - t);
        }
        Path any;
        try (var s = Files.list(content.resolve("incidents"))) {
            any = s.findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(any, FileTime.fromMillis(System.currentTimeMillis() + 1000));
        long t = System.nanoTime();
        boolean changed = w.changed();
        long touched = System.nanoTime() - t;
        System.out.printf("no-change check %.1f ms; saved-without-changes check %.1f ms (rebuild: %s)%n",
                best / 1e6, touched / 1e6, changed ? "yes" : "no");
    }
}
