package herald.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads a folder of files that ships inside Herald: from the jar when Herald runs from one, from
 * target/classes when it runs from the build (tests). Paths are '/'-separated and relative to the
 * folder, in sorted order.
 */
public final class JarFolder {
    private JarFolder() {
    }

    /** Every file under {@code folder} (e.g. "herald/theme/default"), path to bytes. */
    public static SortedMap<String, byte[]> read(String folder) throws IOException {
        URL url = JarFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IOException("Herald's jar has no " + folder + "/ (a broken build?)");
        }
        try {
            return switch (url.getProtocol()) {
                case "file" -> fromDirectory(Path.of(url.toURI()));
                case "jar" -> fromJar(url, folder);
                default -> throw new IOException("cannot list " + url);
            };
        } catch (URISyntaxException e) {
            throw new IOException("cannot list " + url + ": " + e.getMessage());
        }
    }

    private static SortedMap<String, byte[]> fromDirectory(Path dir) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Collections.unmodifiableSortedMap(out);
    }

    private static SortedMap<String, byte[]> fromJar(URL url, String folder) throws IOException, URISyntaxException {
        // jar:file:/…/herald.jar!/herald/theme/default
        String spec = url.toString();
        Path jar = Path.of(new java.net.URI(spec.substring("jar:".length(), spec.indexOf("!/"))));
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        out.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                    }
                }
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
