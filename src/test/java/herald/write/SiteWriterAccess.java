package herald.write;

import java.io.IOException;
import java.nio.file.Path;

/** Test access to the writer's tree deletion (for re-blessing golden files). */
public final class SiteWriterAccess {
    private SiteWriterAccess() {
    }

    public static void deleteTree(Path p) throws IOException {
        TreeDeletion.delete(p);
    }
}
