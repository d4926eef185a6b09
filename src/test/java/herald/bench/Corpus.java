package herald.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sites the measurements of issue 13 point 4 run on: "example" is the bundled content/, a
 * number N is the synthetic site of N incidents (seed 42), generated once under
 * {@code -Dherald.corpus} (default target/corpus).
 */
public final class Corpus {
    private Corpus() {
    }

    /** The root of the named site (the folder holding content/). */
    public static Path root(String name) throws IOException {
        if (name.equals("example")) {
            return Path.of(System.getProperty("herald.root", ".")).toAbsolutePath();
        }
        Path dir = Path.of(System.getProperty("herald.corpus", "target/corpus")).toAbsolutePath().resolve("site-" + name);
        if (!Files.isDirectory(dir.resolve("content"))) {
            SyntheticSite.generate(dir, Integer.parseInt(name), 42);
        }
        return dir;
    }
}
