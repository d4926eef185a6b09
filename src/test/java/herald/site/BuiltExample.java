package herald.site;

import herald.TestSite;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Kept only for tests of this package still being written elsewhere: use
 * {@link TestSite#buildExample} and {@link TestSite#EXAMPLE_NOW}, which this delegates to.
 */
@Deprecated
final class BuiltExample {
    static final String NOW = TestSite.EXAMPLE_NOW;

    private BuiltExample() {
    }

    static Path build(Path dir) throws IOException {
        return TestSite.buildExample(dir);
    }
}
