package herald.site;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages copy folders the way {@link BuiltExample} does. */
public final class BuiltExampleAccess {
    private BuiltExampleAccess() {
    }

    public static void copy(Path from, Path to) throws IOException {
        BuiltExample.copy(from, to);
    }
}
