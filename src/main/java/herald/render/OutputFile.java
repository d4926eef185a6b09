package herald.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One file of the built site: a '/'-separated path relative to the site root, and its bytes. */
public record OutputFile(String path, byte[] bytes) implements Comparable<OutputFile> {
    public OutputFile {
        Objects.requireNonNull(path);
        Objects.requireNonNull(bytes);
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.isEmpty()) {
            throw new IllegalArgumentException("output path must be relative and inside the site: " + path);
        }
    }

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public int compareTo(OutputFile o) {
        return path.compareTo(o.path);
    }
}
