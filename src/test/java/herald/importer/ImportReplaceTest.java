package herald.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import writes a file only while it is still the text its plan was made from: an edit made meanwhile is never lost. */
class ImportReplaceTest {
    @TempDir
    Path dir;

    @Test
    void aFileChangedSinceThePlanIsLeftAsItIs() throws IOException {
        Path site = dir.resolve("content/site.yaml");
        Files.createDirectories(site.getParent());
        Files.writeString(site, "title: Edited meanwhile\n");
        IOException e = assertThrows(IOException.class, () -> ImportRun.replace(site, "title: Planned from\n", "title: Imported\n", dir));
        assertTrue(e.getMessage().startsWith("content/site.yaml changed while the import ran"), e.getMessage());
        assertEquals("title: Edited meanwhile\n", Files.readString(site));

        Path fresh = dir.resolve("content/incidents/2026-01-01-new.md");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, "written by someone else\n");
        assertThrows(IOException.class, () -> ImportRun.replace(fresh, null, "imported\n", dir));
        assertEquals("written by someone else\n", Files.readString(fresh));
    }

    @Test
    void aFileAsPlannedIsReplaced() throws IOException {
        Path site = dir.resolve("site.yaml");
        Files.writeString(site, "title: Planned from\n");
        ImportRun.replace(site, "title: Planned from\n", "title: Imported\n", dir);
        assertEquals("title: Imported\n", Files.readString(site));
        Path fresh = dir.resolve("new.md");
        ImportRun.replace(fresh, null, "imported\n", dir);
        assertEquals("imported\n", Files.readString(fresh));
    }
}
