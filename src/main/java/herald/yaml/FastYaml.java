package herald.yaml;

import herald.yaml.FastLines.Unsupported;
import herald.yaml.YNode.YEntry;
import herald.yaml.YNode.YMap;
import herald.yaml.YNode.YScalar;
import herald.yaml.YNode.YSeq;
import herald.diag.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fast reader for the plain subset of YAML that content files use: block mappings with plain
 * keys, block sequences, one-line flow lists and maps, plain and quoted one-line scalars, literal
 * and folded block scalars, comments. It builds the same positioned tree as {@link YamlReader},
 * several times faster than the library. On anything outside the subset (anchors, tags, multi-line
 * plain or quoted scalars, odd indentation, errors) it gives up and returns null, and
 * {@link YamlReader} uses snakeyaml-engine, which also reports YAML errors. A generated differential
 * test holds the two to the same trees and positions.
 */
final class FastYaml {
    private final FastLines in;
    private final char[] chars;
    private final String text;
    private final FastScalars scalars;
    private final FastFlow flows;

    private FastYaml(String text, int lineShift) {
        this.in = new FastLines(text, lineShift);
        this.chars = in.chars;
        this.text = text;
        this.scalars = new FastScalars(in);
        this.flows = new FastFlow(in, scalars);
    }

    /** The tree, or null when the text needs the full parser. */
    static YamlDocument read(String text, int lineShift) {
        try {
            FastYaml y = new FastYaml(text, lineShift);
            YNode root = y.document();
            return new YamlDocument(text, root);
        } catch (Unsupported e) {
            return null; // an index error is a bug, never a reason to fall back quietly
        }
    }

    // ------------------------------------------------------------------ structure

    private YNode document() {
        in.line = 0;
        in.skipBlank();
        if (in.line >= in.lines) {
            return new YMap(new Pos(in.lineShift + 1, 1), 0, List.of());
        }
        if (in.indent(in.line) != 0) {
            throw Unsupported.INSTANCE;
        }
        int first = in.start(in.line);
        char c = chars[first];
        if (c == '-' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '?' || c == '%') {
            throw Unsupported.INSTANCE; // only a mapping is valid content; the full parser says why
        }
        YNode root = mapping(0);
        in.skipBlank();
        if (in.line < in.lines) {
            throw Unsupported.INSTANCE;
        }
        return root;
    }

    /** A block mapping whose keys start at column {@code indent} on the current in.line and below. */
    private YMap mapping(int indent) {
        int mapStart = in.start(in.line) + indent;
        List<YEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (true) {
            in.skipBlank();
            if (in.line >= in.lines || in.indent(in.line) < indent) {
                break;
            }
            if (in.indent(in.line) > indent) {
                throw Unsupported.INSTANCE;
            }
            entries.add(entry(in.start(in.line) + indent, indent, keys));
        }
        return new YMap(in.pos(mapStart), mapStart, entries);
    }

    /** "key: value" starting at offset k; consumes its in.lines. */
    private YEntry entry(int k, int indent, Set<String> keys) {
        int e = in.end(in.line);
        int i = k;
        while (i < e && FastLines.isKeyChar(chars[i])) {
            i++;
        }
        if (i == k || i >= e || chars[i] != ':' || (i + 1 < e && chars[i + 1] != ' ')) {
            throw Unsupported.INSTANCE;
        }
        String key = text.substring(k, i);
        if (!keys.add(key)) {
            throw Unsupported.INSTANCE; // the full parser reports the duplicate
        }
        Pos keyPos = in.pos(k);
        return new YEntry(key, keyPos, valueAfter(i + 1, indent));
    }

    /**
     * The value that starts at offset v on the current in.line (after "key:" or "- "), owned by a
     * collection at {@code indent}. May continue on the following in.lines.
     */
    private YNode valueAfter(int v, int indent) {
        int e = in.end(in.line);
        int i = v;
        while (i < e && chars[i] == ' ') {
            i++;
        }
        if (i >= e || chars[i] == '#') {
            // nothing on this in.line: a nested block below, or null, placed (as SnakeYAML places it) right after the ':'
            int here = v;
            in.line++;
            in.skipBlank();
            if (in.line < in.lines) {
                int ind = in.indent(in.line);
                int first = in.start(in.line) + ind;
                if (ind > indent) {
                    return chars[first] == '-' && isSeqItem(first) ? sequence(ind) : mapping(ind);
                }
                if (ind == indent && chars[first] == '-' && isSeqItem(first)) {
                    return sequence(ind); // "key:\n- item" at the key's own indentation
                }
            }
            return new YScalar(in.pos(here), here, null);
        }
        char c = chars[i];
        switch (c) {
            case '|':
            case '>':
                return scalars.blockScalar(i, indent, c == '>');
            case '[':
            case '{': {
                YNode flow = flows.flow(i, e);
                in.line++;
                return flow;
            }
            case '"':
            case '\'': {
                YNode q = scalars.quoted(i, e, c);
                in.line++;
                rejectContinuation(indent);
                return q;
            }
            default: {
                YNode p = scalars.plain(i, e);
                in.line++;
                rejectContinuation(indent);
                return p;
            }
        }
    }

    private boolean isSeqItem(int at) {
        return at + 1 >= in.end(in.line) || chars[at + 1] == ' ';
    }

    /** A more-indented in.line after a one-in.line scalar would continue it (multi-in.line plain): not in the subset. */
    private void rejectContinuation(int indent) {
        int l = in.line;
        while (l < in.lines && in.isBlank(l)) {
            l++;
        }
        if (l < in.lines && in.indent(l) > indent) {
            throw Unsupported.INSTANCE;
        }
    }

    private YSeq sequence(int indent) {
        int seqStart = in.start(in.line) + indent;
        List<YNode> items = new ArrayList<>();
        while (true) {
            in.skipBlank();
            if (in.line >= in.lines || in.indent(in.line) != indent) {
                if (in.line < in.lines && in.indent(in.line) > indent) {
                    throw Unsupported.INSTANCE;
                }
                break;
            }
            int dash = in.start(in.line) + indent;
            if (chars[dash] != '-' || !isSeqItem(dash)) {
                break;
            }
            items.add(item(dash, indent));
        }
        return new YSeq(in.pos(seqStart), seqStart, items);
    }

    /** One "- item": a scalar, a flow collection, or a mapping that starts on the dash's in.line. */
    private YNode item(int dash, int indent) {
        int e = in.end(in.line);
        int i = dash + 1;
        while (i < e && chars[i] == ' ') {
            i++;
        }
        if (i >= e || chars[i] == '#') {
            throw Unsupported.INSTANCE; // "-" alone, nested on the next in.lines: rare, leave it
        }
        int k = i;
        while (k < e && FastLines.isKeyChar(chars[k])) {
            k++;
        }
        boolean isMapping = k > i && k < e && chars[k] == ':' && (k + 1 == e || chars[k + 1] == ' ');
        if (!isMapping) {
            return valueAfter(dash + 1, indent);
        }
        // "- key: value" then more keys aligned with the first key
        int inner = i - in.start(in.line);
        List<YEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        entries.add(entry(i, inner, keys));
        while (true) {
            in.skipBlank();
            if (in.line >= in.lines || in.indent(in.line) < inner) {
                break;
            }
            if (in.indent(in.line) > inner) {
                throw Unsupported.INSTANCE;
            }
            entries.add(entry(in.start(in.line) + inner, inner, keys));
        }
        return new YMap(in.pos(i), i, entries);
    }
}
