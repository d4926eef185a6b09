package herald.importer;

import herald.yaml.YNode.YMap;
import herald.yaml.YamlProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The entries already in the content folder: which ids are taken (file names across incidents/
 * and maintenance/), and which files came from an import, by source and original id.
 */
final class ContentIndex {
    static final List<String> FOLDERS = List.of("incidents", "maintenance");

    /** A file that an import wrote (it still has {@code imported:}), with its text as it is now. */
    record Existing(Path file, String text, String importedAt) {
    }

    private final Set<String> ids = new HashSet<>();
    private final Map<String, Existing> imported = new HashMap<>();

    static ContentIndex read(Path contentDir) throws IOException {
        ContentIndex index = new ContentIndex();
        for (String folder : FOLDERS) {
            Path dir = contentDir.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                index.ids.add(name.substring(0, name.length() - 3));
                if (Files.isRegularFile(f)) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    index.note(f, text);
                }
            }
        }
        return index;
    }

    private void note(Path file, String text) {
        YMap block = importedBlock(text);
        if (block == null) {
            return;
        }
        String from = scalar(block, "from");
        String id = scalar(block, "id");
        if (from != null && id != null) {
            imported.putIfAbsent(key(from, id), new Existing(file, text, scalar(block, "at")));
        }
    }

    /** The {@code imported:} mapping of a file's front matter, or null (no front matter, not YAML, no block). */
    private static YMap importedBlock(String text) {
        try {
            YamlLookup.Front front = YamlLookup.front(text);
            return front == null ? null : YamlLookup.map(front.yaml(), "imported");
        } catch (YamlProblem broken) {
            return null; // not ours to judge: the lint reports it
        }
    }

    private static String scalar(YMap map, String key) {
        return YamlLookup.scalar(map, key);
    }

    static String key(String from, String id) {
        return from + "\u0000" + id;
    }

    Existing imported(String from, String id) {
        return imported.get(key(from, id));
    }

    /** A file name not taken yet in either folder, {@code base}, {@code base-2}, …; it is taken from now on. */
    String fresh(String base) {
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        ids.add(id);
        return id;
    }
}
