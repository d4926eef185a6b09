package herald.write;

import herald.render.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the site into a temporary folder next to the target, then swaps it in with renames. If
 * anything fails before the swap, the previous site is untouched; after a successful swap no file
 * of an earlier build survives. Top-level dot-entries of the previous folder (a {@code .git} of a
 * gh-pages worktree, a {@code .gitignore}) are carried over: they are not build output.
 */
public final class SiteWriter {
    private SiteWriter() {
    }

    public static void replace(Path target, List<OutputFile> files) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path fresh = parent.resolve("." + abs.getFileName() + ".herald-new");
        Path old = parent.resolve("." + abs.getFileName() + ".herald-old");
        deleteTree(fresh);
        deleteTree(old);
        try {
            Files.createDirectories(fresh);
            java.util.Set<Path> dirs = new java.util.TreeSet<>();
            for (OutputFile f : files) {
                dirs.add(fresh.resolve(f.path()).getParent());
            }
            for (Path d : dirs) {
                Files.createDirectories(d);
            }
            // thousands of small files: two threads keep the disk busy while the other waits
            files.parallelStream().forEach(f -> {
                try (OutputStream out = Files.newOutputStream(fresh.resolve(f.path()))) {
                    out.write(f.bytes());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            deleteTree(fresh);
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            deleteTree(fresh);
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        if (Files.isDirectory(abs)) {
            List<Path> moved = carryOverDotEntries(abs, fresh);
            try {
                Files.move(abs, old, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                for (Path m : moved) {
                    Files.move(fresh.resolve(m.getFileName()), m);
                }
                deleteTree(fresh);
                throw e;
            }
            Files.move(fresh, abs, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } else {
            if (Files.exists(abs)) {
                deleteTree(fresh);
                throw new IOException(abs + " exists and is not a folder");
            }
            Files.move(fresh, abs, StandardCopyOption.ATOMIC_MOVE);
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
