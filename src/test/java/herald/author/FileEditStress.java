package herald.author;

import java.nio.file.Path;

/**
 * Test launcher for a separate JVM: appends COUNT numbered lines to FILE, one {@link FileEdit#edit}
 * each, after READY-FILE was written and RELEASE-FILE appeared (so several start at once).
 * Arguments: FILE NAME COUNT READY-FILE RELEASE-FILE.
 */
public final class FileEditStress {
    private FileEditStress() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[2]);
        java.nio.file.Files.writeString(Path.of(args[3]), "ready\n");
        while (!java.nio.file.Files.exists(Path.of(args[4]))) {
            Thread.sleep(1);
        }
        for (int i = 0; i < count; i++) {
            String line = args[1] + " " + i + "\n";
            FileEdit.edit(file, false, original -> (original == null ? "" : original) + line, text -> { });
        }
    }
}
