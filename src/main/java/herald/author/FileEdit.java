package herald.author;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
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
        Path lockFile = lockPath(key);
        ReentrantLock local = LOCKS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        local.lock();
        try (Held ignored = Held.lock(lockFile)) {
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

    /**
     * The lock between processes: an OS lock on a lock file, which its holder deletes when done, so
     * no lock file outlives an edit. Deleting a file others may wait on needs care: a waiter may get
     * the lock of the deleted file while a newcomer creates and locks a new one of the same name.
     * So a lock counts only when the name led to the same file (device, inode and change time, read
     * with stat, which opens nothing: closing another descriptor of the file would release a POSIX
     * lock) just before it was opened and just after it was locked; otherwise it is tried again.
     * Only the holder deletes the file, so from then on the name leads to the held file.
     */
    private static final class Held implements AutoCloseable {
        private final Path path;
        private final FileChannel channel;

        private Held(Path path, FileChannel channel) {
            this.path = path;
            this.channel = channel;
        }

        static Held lock(Path path) throws IOException {
            while (true) {
                Object before = identity(path);
                if (before == null) {
                    try {
                        Files.createFile(path);
                    } catch (FileAlreadyExistsException raced) {
                        // another process made it first: lock that one
                    }
                    continue;
                }
                FileChannel channel;
                try {
                    channel = FileChannel.open(path, StandardOpenOption.WRITE);
                } catch (NoSuchFileException deleted) {
                    continue;
                }
                try {
                    channel.lock();
                    if (before.equals(identity(path))) {
                        return new Held(path, channel);
                    }
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                channel.close(); // its holder deleted it meanwhile: lock the file that is there now
            }
        }

        /** Which file a name leads to, or null when there is none; stat only. */
        private static Object identity(Path path) throws IOException {
            try {
                try {
                    Map<String, Object> a = Files.readAttributes(path, "unix:dev,ino,ctime", LinkOption.NOFOLLOW_LINKS);
                    return List.of(a.get("dev"), a.get("ino"), a.get("ctime"));
                } catch (UnsupportedOperationException notUnix) {
                    BasicFileAttributes b = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    return java.util.Arrays.asList(b.fileKey(), b.creationTime());
                }
            } catch (NoSuchFileException e) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                Files.deleteIfExists(path); // while holding the lock: a waiter sees the change and tries again
            } catch (IOException cannot) {
                // e.g. a system that does not delete open files: the empty lock file stays, harmless
            } finally {
                channel.close(); // releases the lock
            }
        }
    }

    /** One lock file per content folder, in the temp directory, so the repository stays clean; removed after each edit. */
    private static Path lockPath(Path file) {
        String dir = file.getParent().toString();
        return Path.of(System.getProperty("java.io.tmpdir"), "herald-edit-" + Integer.toHexString(dir.hashCode()) + ".lock");
    }
}
