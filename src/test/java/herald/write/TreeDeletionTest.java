package herald.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The previous site is deleted many entries at a time; links are removed, never followed. */
class TreeDeletionTest {
    @TempDir
    Path dir;

    @Test
    void aLargeTreeIsDeletedWholeWithoutFollowingLinks() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "not in the tree");
        Path outsideFolder = Files.createDirectories(dir.resolve("outside-folder"));
        Files.writeString(outsideFolder.resolve("kept.txt"), "kept");
        Path root = dir.resolve("site");
        for (int i = 0; i < 300; i++) {
            Path page = Files.createDirectories(root.resolve("incidents/" + i + "/deeper"));
            Files.writeString(page.getParent().resolve("index.html"), "page " + i);
            Files.writeString(page.resolve("x.json"), "{}");
        }
        Files.createSymbolicLink(root.resolve("link-to-file"), outside);
        Files.createSymbolicLink(root.resolve("incidents/7/link-to-folder"), outsideFolder);

        TreeDeletion.delete(root);

        assertFalse(Files.exists(root), "the whole tree is gone");
        assertEquals("not in the tree", Files.readString(outside), "a linked file survives");
        assertEquals("kept", Files.readString(outsideFolder.resolve("kept.txt")), "a linked folder's files survive");
    }

    @Test
    void aSmallTreeAndAMissingOneAreFine() throws IOException {
        Path root = Files.createDirectories(dir.resolve("small/a"));
        Files.writeString(root.resolve("f"), "x");
        TreeDeletion.delete(dir.resolve("small"));
        assertFalse(Files.exists(dir.resolve("small")));
        TreeDeletion.delete(dir.resolve("never-there"));
        assertTrue(Files.isDirectory(dir), "nothing else is touched");
    }
}
