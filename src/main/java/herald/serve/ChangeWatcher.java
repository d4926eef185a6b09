package herald.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Notices changes under the watched folders by polling (portable, and a few hundred files stat in
 * milliseconds). A file whose time changed but whose bytes did not is no change: saving without
 * editing does not rebuild.
 */
public final class ChangeWatcher {
    private final List<Path> roots;
    private Map<String, String> stamps = new TreeMap<>();
    private Map<String, String> hashes = new TreeMap<>();

    public ChangeWatcher(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** True when some file was added, removed or its content changed since the last call. */
    public boolean changed() throws IOException {
        Map<String, String> newStamps = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.toList()) {
                    BasicFileAttributes a;
                    try {
                        a = Files.readAttributes(p, BasicFileAttributes.class);
                    } catch (IOException gone) {
                        continue;
                    }
                    if (a.isRegularFile()) {
                        newStamps.put(p.toString(), a.size() + ":" + a.lastModifiedTime().toMillis());
                    }
                }
            }
        }
        if (newStamps.equals(stamps)) {
            return false;
        }
        Map<String, String> newHashes = new TreeMap<>();
        for (Map.Entry<String, String> e : newStamps.entrySet()) {
            String old = stamps.get(e.getKey());
            newHashes.put(e.getKey(), e.getValue().equals(old) ? hashes.get(e.getKey()) : hash(Path.of(e.getKey())));
        }
        stamps = newStamps;
        boolean contentChanged = !newHashes.equals(hashes);
        hashes = newHashes;
        return contentChanged;
    }

    private static String hash(Path p) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
            return java.util.HexFormat.of().formatHex(d);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable";
        }
    }
}
