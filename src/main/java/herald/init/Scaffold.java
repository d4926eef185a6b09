package herald.init;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * New files to write into a folder (what `herald init` and `herald theme eject` create): by
 * '/'-separated path, with the ones that must be executable. Writing never replaces a file unless
 * asked to: the caller lists {@link #existing} first and refuses.
 */
public record Scaffold(SortedMap<String, byte[]> files, Set<String> executable) {
    public Scaffold {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        executable = Set.copyOf(executable);
    }

    /** The paths that already exist under {@code dir} (as a file, a folder or a link), sorted. */
    public List<String> existing(Path dir) {
        List<String> out = new ArrayList<>();
        for (String path : files.keySet()) {
            if (Files.exists(dir.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                out.add(path);
            }
        }
        return out;
    }

    /** Writes every file under {@code dir}, creating folders, replacing a file of the same path. */
    public void write(Path dir) throws IOException {
        for (var e : files.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
            if (executable.contains(e.getKey())) {
                PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
                if (posix != null) {
                    posix.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }
}
