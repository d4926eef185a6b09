package herald.write;

import herald.render.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the site into a staging folder next to the target, then swaps it in with renames. If
 * anything fails before the swap, the previous site is untouched; after a successful swap no file
 * of an earlier build survives, and the previous site is deleted before the command returns. Top-level
 * dot-entries of the previous folder (a {@code .git} of a gh-pages worktree, a {@code .gitignore})
 * are carried over: they are not build output. Only a folder {@link OutputFolder} allows is replaced,
 * and every site gets its {@link OutputFolder#MARKER}.
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
            staging.commit();
        }
    }

    /** Starts a new site next to {@code target}; nothing is visible until {@link Staging#commit}. */
    public static Staging begin(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        OutputFolder.requireReplaceable(abs, abs.toString());
        Files.createDirectories(abs.getParent());
        StagingArea area = StagingArea.open(abs.getParent());
        try {
            Path fresh = area.workFolder(abs.getFileName().toString(), "new");
            Files.createDirectories(fresh);
            Files.write(fresh.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
            Path previous = Files.isRegularFile(abs.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS) ? abs : null;
            return new Staging(abs, area, fresh, previous);
        } catch (IOException | RuntimeException e) {
            area.closeIfUnused();
            throw e;
        }
    }

    /** A site being written. Closing it without a commit throws the new files away. */
    public static final class Staging implements AutoCloseable {
        private final Path target;
        private final StagingArea area;
        private final Path fresh;
        private final Path previous;
        private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
        private boolean committed;

        private Staging(Path target, StagingArea area, Path fresh, Path previous) {
            this.target = target;
            this.area = area;
            this.fresh = fresh;
            this.previous = previous;
            dirs.add(fresh);
        }

        /**
         * Writes one file; thread-safe. I/O errors surface as UncheckedIOException. A file whose
         * bytes the previous site (one Herald wrote) already holds is linked to it instead: it
         * keeps its time, so a deploy that compares times (rsync) sends only what changed.
         */
        public void write(OutputFile f) {
            Path p = fresh.resolve(f.path());
            try {
                Path dir = p.getParent();
                if (!dirs.contains(dir)) {
                    Files.createDirectories(dir);
                    dirs.add(dir);
                }
                if (previous != null && linkedUnchanged(previous.resolve(f.path()), p, f.bytes())) {
                    return;
                }
                try (OutputStream out = Files.newOutputStream(p)) {
                    out.write(f.bytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Swaps the new site in and deletes the previous one (in this process, before returning). */
        public void commit() throws IOException {
            OutputFolder.requireReplaceable(target, target.toString()); // again: the folder may have changed meanwhile
            if (!Files.isDirectory(target)) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(target + " exists and is not a folder");
                }
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
                committed = true;
                return;
            }
            Path old = area.workFolder(target.getFileName().toString(), "old");
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
            deleteQuietly(old); // what cannot be deleted now, the next build's start removes
        }

        @Override
        public void close() {
            if (!committed) {
                deleteQuietly(fresh);
            }
            area.closeIfUnused();
        }
    }

    /** Links {@code fresh} to {@code old} when old is a plain file with exactly these bytes; false otherwise. */
    private static boolean linkedUnchanged(Path old, Path fresh, byte[] bytes) {
        try {
            BasicFileAttributes a = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != bytes.length || !Arrays.equals(Files.readAllBytes(old), bytes)) {
                return false;
            }
            Files.createLink(fresh, old);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // missing, unreadable, or a file system without hard links: write it
        }
    }

    private static List<Path> carryOverDotEntries(Path from, Path to) throws IOException {
        List<Path> moved = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from, ".*")) {
            for (Path e : entries) {
                Path dest = to.resolve(e.getFileName());
                if (!Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
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
            TreeDeletion.delete(p);
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder: the next build (or the system) removes what is left
        }
    }
}
