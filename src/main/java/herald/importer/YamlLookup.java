package herald.importer;

import herald.yaml.YNode;
import herald.yaml.YNode.YEntry;
import herald.yaml.YNode.YMap;
import herald.yaml.YNode.YScalar;
import herald.yaml.YNode.YSeq;
import herald.yaml.YamlProblem;
import herald.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;

/** Reading values out of the positioned YAML tree (existing content, cState's files): by key, null when absent. */
final class YamlLookup {
    private YamlLookup() {
    }

    /** A file's front matter and body, split at its {@code ---} fences; null when it has none. */
    record Front(YMap yaml, String body, int bodyLine) {
    }

    static Front front(String text) throws YamlProblem {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = t.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return null;
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                YNode root = YamlReader.read(yaml.toString(), 1).root();
                List<String> rest = List.of(lines).subList(i + 1, lines.length);
                return root instanceof YMap m ? new Front(m, String.join("\n", rest), i + 2) : null;
            }
            yaml.append(lines[i]).append('\n');
        }
        return null;
    }

    static YNode value(YMap map, String key) {
        if (map == null) {
            return null;
        }
        for (YEntry e : map.entries()) {
            if (e.key().equals(key)) {
                return e.value();
            }
        }
        return null;
    }

    static String scalar(YMap map, String key) {
        return value(map, key) instanceof YScalar s && !s.isNull() ? s.text().strip() : null;
    }

    static YMap map(YMap map, String key) {
        return value(map, key) instanceof YMap m ? m : null;
    }

    /** The texts of a list (or of a single scalar, as Hugo allows for taxonomies). */
    static List<String> texts(YMap map, String key) {
        List<String> out = new ArrayList<>();
        YNode v = value(map, key);
        if (v instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YScalar s && !s.isNull() && !s.text().isBlank()) {
                    out.add(s.text().strip());
                }
            }
        } else if (v instanceof YScalar s && !s.isNull() && !s.text().isBlank()) {
            out.add(s.text().strip());
        }
        return out;
    }

    static List<YMap> maps(YMap map, String key) {
        List<YMap> out = new ArrayList<>();
        if (value(map, key) instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YMap m) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
