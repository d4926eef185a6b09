package herald.author;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Read, change and write one content file safely: under a lock (two people, or two terminals,
 * updating the same incident at once both land), through a temporary file and a rename (a failed
 * command leaves the file byte-identical), and only after the new text passed the caller's check.
 */
public final class FileEdit {
    /** Threads of this process queue here; other processes queue on a lock file outside the repository. */
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private FileEdit() {
    }

    /** A change from the old text to the new one; may refuse by throwing. */
    @FunctionalInterface
    public interface Change {
        String apply(String original) throws Exception;
    }

    /** Checks the new text before it is written; throws to refuse. */
    @FunctionalInterface
    public interface Check {
        void accept(String newText) throws Exception;
    }

    /**
     * Applies a change to an existing file (or creates it when {@code original} may be absent),
     * holding the lock from read to rename.
     */
    public static String edit(Path file, boolean mustExist, Change change, Check check) throws Exception {
        Path key = file.toAbsolutePath().normalize();
        ReentrantLock local = LOCKS.computeIfAbsent(key.getParent(), k -> new ReentrantLock());
        local.lock();
        try (FileChannel lockFile = FileChannel.open(lockPath(key), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = lockFile.lock()) {
            String original = null;
            if (Files.exists(key)) {
                original = Files.readString(key, StandardCharsets.UTF_8);
            } else if (mustExist) {
                throw new IOException(key + " does not exist");
            }
            String updated = change.apply(original);
            check.accept(updated);
            Files.createDirectories(key.getParent());
            Path temp = Files.createTempFile(key.getParent(), "." + key.getFileName(), ".tmp");
            try {
                Files.writeString(temp, updated, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, key, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, key, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return updated;
        } finally {
            local.unlock();
        }
    }

    /** One lock file per content folder, in the temp directory, so the repository stays clean. */
    private static Path lockPath(Path file) {
        String dir = file.getParent().toString();
        return Path.of(System.getProperty("java.io.tmpdir"), "herald-edit-" + Integer.toHexString(dir.hashCode()) + ".lock");
    }
}
