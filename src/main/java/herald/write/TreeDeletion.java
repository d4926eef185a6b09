package herald.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Deletes a tree without following links, many entries at a time. Removing a folder waits on the
 * disk more than on the CPU (on a file system mounted with {@code discard} each freed block is
 * trimmed as the journal commits), so a site of 10,000 incident folders took seconds one
 * {@code rmdir} after the other; several in flight overlap those waits. Files go first, then the
 * folders level by level, deepest first, so a folder is empty when its turn comes.
 */
final class TreeDeletion {
    /** More than the cores: the threads mostly wait on the disk. */
    private static final int IN_FLIGHT = 8;
    /** Below this many entries a plain loop is cheaper than starting threads. */
    private static final int SMALL = 64;

    private TreeDeletion() {
    }

    /** Deletes {@code root} and all below it without following links; nothing when it does not exist. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        TreeMap<Integer, List<Path>> foldersByDepth = new TreeMap<>();
        // the walk's own attributes tell folders from the rest: no second stat per entry; links are not followed
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                foldersByDepth.computeIfAbsent(dir.getNameCount(), d -> new ArrayList<>()).add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        if (files.size() + foldersByDepth.values().stream().mapToInt(List::size).sum() < SMALL) {
            deleteEach(files);
            for (List<Path> level : foldersByDepth.descendingMap().values()) {
                deleteEach(level);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT, r -> {
            Thread t = new Thread(r, "herald-delete");
            t.setDaemon(true);
            return t;
        });
        try {
            inParallel(pool, files);
            for (List<Path> level : foldersByDepth.descendingMap().values()) {
                inParallel(pool, level);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void inParallel(ExecutorService pool, List<Path> paths) throws IOException {
        int chunk = Math.max(1, (paths.size() + IN_FLIGHT - 1) / IN_FLIGHT);
        List<Future<?>> running = new ArrayList<>();
        for (int from = 0; from < paths.size(); from += chunk) {
            List<Path> part = paths.subList(from, Math.min(paths.size(), from + chunk));
            running.add(pool.submit(() -> {
                deleteEach(part);
                return null;
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while deleting " + paths.get(0).getParent(), e);
            }
        }
    }

    private static void deleteEach(List<Path> paths) throws IOException {
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
