package herald.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where builds stage: one hidden folder, {@value #NAME}, beside the output folder (renames into
 * place need the same file system), that exists only while a build runs. It holds a {@code .gitignore}
 * (so git never shows it) and a README saying what it is. Each build works in its own subfolder named
 * after its process; a build that was killed leaves its subfolder behind, and the next build removes
 * every subfolder whose process is gone. Nothing else in the folder is ever touched.
 */
final class StagingArea {
    static final String NAME = ".herald-staging";
    private static final Set<String> OWN_FILES = Set.of(".gitignore", "README.txt");
    private static final String README = "Herald (herald build) writes the site here, then swaps it in; this folder is removed when\n"
            + "the build ends. If you see it, a build was stopped before it could clean up: the next build\n"
            + "removes what it left, or delete the folder yourself.\n";
    /** name.new|old.pid.start.nanos: the process (pid and start time) tells whether a work folder is stale. */
    private static final Pattern WORK = Pattern.compile("(.+)\\.(new|old)\\.(\\d+)\\.(\\d+)\\.(\\d+)");

    private final Path dir;

    private StagingArea(Path dir) {
        this.dir = dir;
    }

    /** Creates the area beside a target (or opens it) and removes what killed builds left there. */
    static StagingArea open(Path parent) throws IOException {
        Path dir = parent.resolve(NAME);
        Files.createDirectories(dir);
        writeIfMissing(dir.resolve(".gitignore"), "*\n");
        writeIfMissing(dir.resolve("README.txt"), README);
        StagingArea area = new StagingArea(dir);
        area.removeStale();
        return area;
    }

    private static void writeIfMissing(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    /** A fresh name for this process's work folder ("new": the site being written, "old": the site being deleted). */
    Path workFolder(String target, String role) {
        ProcessHandle self = ProcessHandle.current();
        return dir.resolve(target + "." + role + "." + self.pid() + "." + startMillis(self) + "." + Math.abs(System.nanoTime()));
    }

    private static long startMillis(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private void removeStale() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                Matcher m = WORK.matcher(e.getFileName().toString());
                if (m.matches() && !running(Long.parseLong(m.group(3)), Long.parseLong(m.group(4)))) {
                    SiteWriter.deleteQuietly(e);
                }
            }
        }
    }

    /** Whether the process that made a work folder still runs (the same pid, started at the same time). */
    private static boolean running(long pid, long start) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> start == 0 || startMillis(p) == start).orElse(false);
    }

    /** Removes the area when no build uses it any more, so a finished build leaves nothing beside the site. */
    void closeIfUnused() {
        try {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path e : entries) {
                    if (!OWN_FILES.contains(e.getFileName().toString())) {
                        return; // another build is staging here (or something not ours: leave it)
                    }
                }
            }
            for (String own : OWN_FILES) {
                Files.deleteIfExists(dir.resolve(own));
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // another build started staging meanwhile: it removes the area when it ends
        }
    }
}
