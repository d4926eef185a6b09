package herald.write;

import herald.render.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes the site into a temporary folder next to the target, then swaps it in with renames. If
 * anything fails before the swap, the previous site is untouched; after a successful swap no file
 * of an earlier build survives. Top-level dot-entries of the previous folder (a {@code .git} of a
 * gh-pages worktree, a {@code .gitignore}) are carried over: they are not build output.
 *
 * <p>Files can be written while they are rendered ({@link #begin}), so a large site never has to
 * fit in memory at once.
 */
public final class SiteWriter {
    private SiteWriter() {
    }

    /** Writes all files and swaps them in. */
    public static void replace(Path target, List<OutputFile> files) throws IOException {
        try (Staging staging = begin(target)) {
            try {
                files.parallelStream().forEach(staging::write);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            staging.commit(false);
        }
    }

    /** Starts a new site next to {@code target}; nothing is visible until {@link Staging#commit}. */
    public static Staging begin(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path fresh = parent.resolve("." + abs.getFileName() + ".herald-new");
        deleteTree(fresh);
        Files.createDirectories(fresh);
        return new Staging(abs, fresh);
    }

    /** A site being written. Closing it without a commit throws the new files away. */
    public static final class Staging implements AutoCloseable {
        private final Path target;
        private final Path fresh;
        private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
        private boolean committed;

        private Staging(Path target, Path fresh) {
            this.target = target;
            this.fresh = fresh;
            dirs.add(fresh);
        }

        /** Writes one file; thread-safe. I/O errors surface as UncheckedIOException. */
        public void write(OutputFile f) {
            Path p = fresh.resolve(f.path());
            try {
                Path dir = p.getParent();
                if (!dirs.contains(dir)) {
                    Files.createDirectories(dir);
                    dirs.add(dir);
                }
                try (OutputStream out = Files.newOutputStream(p)) {
                    out.write(f.bytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Swaps the new site in. With {@code detachedCleanup} the previous site is deleted by a
         * separate {@code rm -rf} process that outlives this one (deleting thousands of files is
         * the slowest step and nothing waits for it); otherwise it is deleted before returning.
         */
        public void commit(boolean detachedCleanup) throws IOException {
            if (Files.isDirectory(target)) {
                Path old = target.resolveSibling("." + target.getFileName() + ".herald-old-" + ProcessHandle.current().pid()
                        + "-" + System.nanoTime());
                List<Path> moved = carryOverDotEntries(target, fresh);
                try {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    for (Path m : moved) {
                        Files.move(fresh.resolve(m.getFileName()), m);
                    }
                    throw e;
                }
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
                committed = true;
                if (!detachedCleanup || !deleteDetached(old)) {
                    deleteTree(old);
                }
            } else {
                if (Files.exists(target)) {
                    throw new IOException(target + " exists and is not a folder");
                }
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
                committed = true;
            }
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(fresh);
            }
        }
    }

    private static boolean deleteDetached(Path old) {
        Path rm = Path.of("/bin/rm");
        if (!Files.isExecutable(rm)) {
            return false;
        }
        try {
            new ProcessBuilder(rm.toString(), "-rf", "--", old.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> carryOverDotEntries(Path from, Path to) throws IOException {
        List<Path> moved = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from, ".*")) {
            for (Path e : entries) {
                Path dest = to.resolve(e.getFileName());
                if (!Files.exists(dest)) {
                    Files.move(e, dest);
                    moved.add(e);
                }
            }
        }
        return moved;
    }

    /** Deletes a temporary folder, ignoring what cannot be deleted. */
    public static void deleteQuietly(Path p) {
        try {
            deleteTree(p);
        } catch (IOException ignored) {
            // a temporary folder: the system cleans it eventually
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
