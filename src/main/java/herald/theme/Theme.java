package herald.theme;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A theme ready to render with, held in memory: every file by its path in the theme
 * ("templates/index.ftlh", "assets/style.css"), the built-in ones with a theme folder's files in
 * their place.
 */
public record Theme(SortedMap<String, byte[]> files) {
    public static final String TEMPLATES = "templates/";
    public static final String ASSETS = "assets/";

    public Theme {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The FreeMarker templates by name relative to templates/ ("index.ftlh"). */
    public SortedMap<String, String> templates() {
        SortedMap<String, String> out = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith(TEMPLATES)) {
                out.put(path.substring(TEMPLATES.length()), new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return out;
    }

    /** The files copied into the site as they are, by path relative to assets/ ("style.css"). */
    public SortedMap<String, byte[]> assets() {
        SortedMap<String, byte[]> out = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith(ASSETS)) {
                out.put(path.substring(ASSETS.length()), bytes);
            }
        });
        return out;
    }
}
