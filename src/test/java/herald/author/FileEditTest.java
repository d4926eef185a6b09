package herald.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defect 8, last part: every authoring edit left a zero-byte herald-edit-&lt;hash&gt;.lock
 * in the system temp folder, never removed. The lock file now goes when the edit is done, and
 * edits from several processes at once still all land.
 */
class FileEditTest {
    @TempDir
    Path dir;

    /** Where FileEdit keeps the lock for files in {@code folder}. */
    private static Path lockFor(Path folder) {
        String key = folder.toAbsolutePath().normalize().toString();
        return Path.of(System.getProperty("java.io.tmpdir"), "herald-edit-" + Integer.toHexString(key.hashCode()) + ".lock");
    }

    @Test
    void noLockFileOutlivesAnAuthoringCommand() throws Exception {
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE);
        Path lock = lockFor(dir.resolve("content/incidents"));
        Run opened = TestSite.run(dir, "new", "Slow answers", "--severity", "S3", "--components", "answers-api");
        assertEquals(0, opened.exitCode(), opened.out() + opened.err());
        assertFalse(Files.exists(lock), "the lock file of new is gone: " + lock);
        Run refused = TestSite.run(dir, "new", "Other answers", "--severity", "S3", "--components", "no-such-component");
        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertFalse(Files.exists(lock), "a refused edit removes it too");
    }

    @Test
    void editsFromSeveralProcessesAtOnceAllLand() throws Exception {
        Path file = dir.resolve("notes/log.txt");
        Files.createDirectories(file.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path release = dir.resolve("go");
        List<Process> processes = new ArrayList<>();
        List<Path> ready = new ArrayList<>();
        int perProcess = 40;
        try {
            for (String name : List.of("a", "b", "c")) {
                Path r = dir.resolve("ready-" + name);
                ready.add(r);
                processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FileEditStress.class.getName(),
                        file.toString(), name, Integer.toString(perProcess), r.toString(), release.toString())
                        .redirectErrorStream(true).redirectOutput(dir.resolve("out-" + name).toFile()).start());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!ready.stream().allMatch(Files::exists)) {
                assertTrue(System.nanoTime() < deadline, "the processes never got ready");
                Thread.sleep(10);
            }
            Files.writeString(release, "go\n");
            for (Process p : processes) {
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "a process did not finish");
                assertEquals(0, p.exitValue());
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(3 * perProcess, lines.size(), "an edit was lost");
        for (String name : List.of("a", "b", "c")) {
            List<String> own = lines.stream().filter(l -> l.startsWith(name + " ")).toList();
            assertEquals(perProcess, own.size(), name);
            for (int i = 0; i < perProcess; i++) {
                assertEquals(name + " " + i, own.get(i), "each process's edits land in order");
            }
        }
        assertFalse(Files.exists(lockFor(file.getParent())), "no lock file is left");
    }
}
