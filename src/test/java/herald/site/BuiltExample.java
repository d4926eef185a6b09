package herald.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.file.Path;

/** The bundled example built once per test class into a temp folder, at its reference time. */
final class BuiltExample {
    static final String NOW = "2026-11-27T14:30:00Z";

    private BuiltExample() {
    }

    static Path build(Path dir) throws IOException {
        TestSite.copyTree(Path.of("content"), dir.resolve("content"));
        Run run = TestSite.build(dir, NOW);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return dir.resolve("site");
    }
}
