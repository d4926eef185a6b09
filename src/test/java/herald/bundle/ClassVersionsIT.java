package herald.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar in the bundle holds no class older than Java 6: the JVM's start-up archives skip those,
 * and picocli is compiled for Java 5, so the build lifts them (src/build/LiftClassVersions.java).
 * The lifted classes run: every bundle test runs picocli's.
 */
class ClassVersionsIT {
    @TempDir
    Path tmp;

    @Test
    void everyClassInTheBundlesJarCanBeArchived() throws IOException {
        Bundle bundle = Bundle.unpack(tmp);
        List<String> old = new ArrayList<>();
        int picocli = 0;
        try (ZipFile jar = new ZipFile(bundle.home.resolve("lib/herald.jar").toFile())) {
            for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                picocli += entry.getName().startsWith("picocli/") ? 1 : 0;
                try (InputStream in = jar.getInputStream(entry)) {
                    byte[] head = in.readNBytes(8);
                    int major = ((head[6] & 0xff) << 8) | (head[7] & 0xff);
                    if (major < 50) {
                        old.add(entry.getName() + " (" + major + ")");
                    }
                }
            }
        }
        assertTrue(picocli > 100, "picocli is in the jar: " + picocli + " classes");
        assertEquals(List.of(), old);
    }
}
