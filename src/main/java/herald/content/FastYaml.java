package herald.content;

import herald.content.YNode.YEntry;
import herald.content.YNode.YMap;
import herald.content.YNode.YScalar;
import herald.content.YNode.YSeq;
import herald.model.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fast reader for the plain subset of YAML that content files use: block mappings with plain
 * keys, block sequences, one-line flow lists and maps, plain and quoted one-line scalars, literal
 * and folded block scalars, comments. It builds the same positioned tree as {@link YamlReader},
 * several times faster than SnakeYAML. On anything outside the subset (anchors, tags, multi-line
 * plain or quoted scalars, odd indentation, errors) it gives up and returns null, and the caller
 * uses {@link YamlReader}, which also reports YAML errors. A differential test holds the two to
 * the same trees.
 */
final class FastYaml {
    private final String text;
    /** The text as an array: plain reads instead of String.charAt checks on every character. */
    private final char[] chars;
    private final int lineShift;
    private final LineIndex index;
    /** Lines of content: a trailing newline does not start one. */
    private final int lines;
    private int line;

    /** Signals "outside the subset": the caller falls back to the full parser. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    private FastYaml(String text, int lineShift) {
        this.text = text;
        this.chars = text.toCharArray();
        this.lineShift = lineShift;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c >= 0xFFFE) {
                // tabs (and their errors), characters YAML does not allow or reads as line breaks: the full parser's
                throw Unsupported.INSTANCE;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == chars.length || !Character.isLowSurrogate(chars[i + 1])) {
                    throw Unsupported.INSTANCE; // half a pair
                }
                i++; // an emoji, say: one code point, as columns count them
            }
        }
        this.index = new LineIndex(text, chars, lineShift);
        int n = index.lineCount();
        this.lines = (n > 1 && index.start(n - 1) == text.length()) ? n - 1 : n;
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

    // ------------------------------------------------------------------ lines

    private int start(int l) {
        return index.start(l);
    }

    private int end(int l) {
        return index.end(l);
    }

    private int indent(int l) {
        int i = start(l);
        int e = end(l);
        while (i < e && chars[i] == ' ') {
            i++;
        }
        return i - start(l);
    }

    /** Blank or comment-only. */
    private boolean isBlank(int l) {
        int i = start(l) + indent(l);
        return i >= end(l) || chars[i] == '#';
    }

    private void skipBlank() {
        while (line < lines && isBlank(line)) {
            line++;
        }
    }

    private Pos pos(int offset) {
        return index.pos(offset);
    }

    // ------------------------------------------------------------------ structure

    private YNode document() {
        line = 0;
        skipBlank();
        if (line >= lines) {
            return new YMap(new Pos(lineShift + 1, 1), 0, List.of());
        }
        if (indent(line) != 0) {
            throw Unsupported.INSTANCE;
        }
        int first = start(line);
        char c = chars[first];
        if (c == '-' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '?' || c == '%') {
            throw Unsupported.INSTANCE; // only a mapping is valid content; the full parser says why
        }
        YNode root = mapping(0);
        skipBlank();
        if (line < lines) {
            throw Unsupported.INSTANCE;
        }
        return root;
    }

    /** A block mapping whose keys start at column {@code indent} on the current line and below. */
    private YMap mapping(int indent) {
        int mapStart = start(line) + indent;
        List<YEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (true) {
            skipBlank();
            if (line >= lines || indent(line) < indent) {
                break;
            }
            if (indent(line) > indent) {
                throw Unsupported.INSTANCE;
            }
            entries.add(entry(start(line) + indent, indent, keys));
        }
        return new YMap(pos(mapStart), mapStart, entries);
    }

    /** "key: value" starting at offset k; consumes its lines. */
    private YEntry entry(int k, int indent, Set<String> keys) {
        int e = end(line);
        int i = k;
        while (i < e && isKeyChar(chars[i])) {
            i++;
        }
        if (i == k || i >= e || chars[i] != ':' || (i + 1 < e && chars[i + 1] != ' ')) {
            throw Unsupported.INSTANCE;
        }
        String key = text.substring(k, i);
        if (!keys.add(key)) {
            throw Unsupported.INSTANCE; // the full parser reports the duplicate
        }
        Pos keyPos = pos(k);
        return new YEntry(key, keyPos, valueAfter(i + 1, indent));
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
    }

    /**
     * The value that starts at offset v on the current line (after "key:" or "- "), owned by a
     * collection at {@code indent}. May continue on the following lines.
     */
    private YNode valueAfter(int v, int indent) {
        int e = end(line);
        int i = v;
        while (i < e && chars[i] == ' ') {
            i++;
        }
        if (i >= e || chars[i] == '#') {
            // nothing on this line: a nested block below, or null, placed (as SnakeYAML places it) right after the ':'
            int here = v;
            line++;
            skipBlank();
            if (line < lines) {
                int ind = indent(line);
                int first = start(line) + ind;
                if (ind > indent) {
                    return chars[first] == '-' && isSeqItem(first) ? sequence(ind) : mapping(ind);
                }
                if (ind == indent && chars[first] == '-' && isSeqItem(first)) {
                    return sequence(ind); // "key:\n- item" at the key's own indentation
                }
            }
            return new YScalar(pos(here), here, null);
        }
        char c = chars[i];
        switch (c) {
            case '|':
            case '>':
                return blockScalar(i, indent, c == '>');
            case '[':
            case '{': {
                YNode flow = flow(i, e);
                line++;
                return flow;
            }
            case '"':
            case '\'': {
                YNode q = quoted(i, e, c);
                line++;
                rejectContinuation(indent);
                return q;
            }
            default: {
                YNode p = plain(i, e);
                line++;
                rejectContinuation(indent);
                return p;
            }
        }
    }

    private boolean isSeqItem(int at) {
        return at + 1 >= end(line) || chars[at + 1] == ' ';
    }

    /** A more-indented line after a one-line scalar would continue it (multi-line plain): not in the subset. */
    private void rejectContinuation(int indent) {
        int l = line;
        while (l < lines && isBlank(l)) {
            l++;
        }
        if (l < lines && indent(l) > indent) {
            throw Unsupported.INSTANCE;
        }
    }

    private YSeq sequence(int indent) {
        int seqStart = start(line) + indent;
        List<YNode> items = new ArrayList<>();
        while (true) {
            skipBlank();
            if (line >= lines || indent(line) != indent) {
                if (line < lines && indent(line) > indent) {
                    throw Unsupported.INSTANCE;
                }
                break;
            }
            int dash = start(line) + indent;
            if (chars[dash] != '-' || !isSeqItem(dash)) {
                break;
            }
            items.add(item(dash, indent));
        }
        return new YSeq(pos(seqStart), seqStart, items);
    }

    /** One "- item": a scalar, a flow collection, or a mapping that starts on the dash's line. */
    private YNode item(int dash, int indent) {
        int e = end(line);
        int i = dash + 1;
        while (i < e && chars[i] == ' ') {
            i++;
        }
        if (i >= e || chars[i] == '#') {
            throw Unsupported.INSTANCE; // "-" alone, nested on the next lines: rare, leave it
        }
        int k = i;
        while (k < e && isKeyChar(chars[k])) {
            k++;
        }
        boolean isMapping = k > i && k < e && chars[k] == ':' && (k + 1 == e || chars[k + 1] == ' ');
        if (!isMapping) {
            return valueAfter(dash + 1, indent);
        }
        // "- key: value" then more keys aligned with the first key
        int inner = i - start(line);
        List<YEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        entries.add(entry(i, inner, keys));
        while (true) {
            skipBlank();
            if (line >= lines || indent(line) < inner) {
                break;
            }
            if (indent(line) > inner) {
                throw Unsupported.INSTANCE;
            }
            entries.add(entry(start(line) + inner, inner, keys));
        }
        return new YMap(pos(i), i, entries);
    }

    // ------------------------------------------------------------------ scalars

    /** A plain one-line scalar from i to the end of line or a " #" comment. */
    private YNode plain(int i, int e) {
        char c = chars[i];
        if ("-?:,]}#&*!|>%@`".indexOf(c) >= 0) {
            if (!((c == '-' || c == '?' || c == ':') && i + 1 < e && chars[i + 1] != ' ')) {
                throw Unsupported.INSTANCE;
            }
        }
        int j = i;
        int last = i;
        while (j < e) {
            char x = chars[j];
            if (x == '#' && chars[j - 1] == ' ') {
                break;
            }
            if (x == ':' && (j + 1 == e || chars[j + 1] == ' ')) {
                throw Unsupported.INSTANCE; // "a: b: c" is an error; the full parser explains it
            }
            if (x != ' ') {
                last = j + 1;
            }
            j++;
        }
        String s = text.substring(i, last);
        return new YScalar(pos(i), i, isNull(s) ? null : s);
    }

    private static boolean isNull(String s) {
        return s.equals("~") || s.equals("null") || s.equals("Null") || s.equals("NULL");
    }

    /** A one-line quoted scalar; the rest of the line may only hold a comment. */
    private YNode quoted(int i, int e, char quote) {
        StringBuilder sb = new StringBuilder();
        int j = i + 1;
        while (true) {
            if (j >= e) {
                throw Unsupported.INSTANCE; // multi-line quoted scalar
            }
            char x = chars[j];
            if (x == quote) {
                if (quote == '\'' && j + 1 < e && chars[j + 1] == '\'') {
                    sb.append('\'');
                    j += 2;
                    continue;
                }
                break;
            }
            if (quote == '"' && x == '\\') {
                j = escape(j, e, sb);
                continue;
            }
            sb.append(x);
            j++;
        }
        int after = j + 1;
        while (after < e && chars[after] == ' ') {
            after++;
        }
        if (after < e && chars[after] != '#') {
            throw Unsupported.INSTANCE;
        }
        return new YScalar(pos(i), i, sb.toString());
    }

    private int escape(int j, int e, StringBuilder sb) {
        if (j + 1 >= e) {
            throw Unsupported.INSTANCE;
        }
        char n = chars[j + 1];
        switch (n) {
            case '"', '\\', '/' -> sb.append(n);
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case '0' -> sb.append('\0');
            case ' ' -> sb.append(' ');
            case 'u' -> {
                if (j + 6 > e) {
                    throw Unsupported.INSTANCE;
                }
                try {
                    sb.append((char) Integer.parseInt(text.substring(j + 2, j + 6), 16));
                } catch (NumberFormatException x) {
                    throw Unsupported.INSTANCE;
                }
                return j + 6;
            }
            default -> throw Unsupported.INSTANCE;
        }
        return j + 2;
    }

    /** "|" or ">" with optional chomping indicator; content lines more indented than the owner. */
    private YNode blockScalar(int i, int ownerIndent, boolean folded) {
        int e = end(line);
        int j = i + 1;
        char chomp = 'c';
        if (j < e && (chars[j] == '-' || chars[j] == '+')) {
            chomp = chars[j];
            j++;
        }
        while (j < e && chars[j] == ' ') {
            j++;
        }
        if (j < e) {
            throw Unsupported.INSTANCE; // indentation indicator or a comment after the indicator
        }
        Pos p = pos(i);
        line++;
        // the content indent is that of the first non-empty line
        int l = line;
        while (l < lines && indent(l) == end(l) - start(l)) {
            l++;
        }
        if (l >= lines || indent(l) <= ownerIndent) {
            throw Unsupported.INSTANCE; // empty block scalar: keep the exact rules with the full parser
        }
        int ind = indent(l);
        int first = line;
        while (line < lines) {
            int li = indent(line);
            boolean empty = li == end(line) - start(line);
            if (!empty && li < ind) {
                break;
            }
            if (empty && li > ind) {
                throw Unsupported.INSTANCE; // whitespace-only line deeper than the content: keep exact rules
            }
            line++;
        }
        if (end(line - 1) == text.length()) {
            throw Unsupported.INSTANCE; // the text ends inside the block, without a line break: chomping rules differ
        }
        // trailing empty lines belong to chomping, not content
        int last = line;
        int trailing = 0;
        while (last > first && indent(last - 1) == end(last - 1) - start(last - 1)) {
            last--;
            trailing++;
        }
        String value;
        if (folded) {
            List<String> content = new ArrayList<>();
            for (int k = first; k < last; k++) {
                int li = indent(k);
                content.add(li == end(k) - start(k) ? "" : text.substring(start(k) + ind, end(k)));
            }
            StringBuilder sb = new StringBuilder();
            fold(content, sb);
            value = sb.toString();
        } else {
            // copied straight from the source array into one buffer: a body is the bulk of a file
            char[] out = new char[(last > first ? end(last - 1) - start(first) : 0) + trailing + 2];
            int n = 0;
            for (int k = first; k < last; k++) {
                if (k > first) {
                    out[n++] = '\n';
                }
                int from = start(k) + ind;
                int len = end(k) - from;
                if (len > 0) {
                    System.arraycopy(chars, from, out, n, len);
                    n += len;
                }
            }
            int breaks = chomp == 'c' ? 1 : chomp == '+' ? trailing + 1 : 0;
            for (int k = 0; k < breaks; k++) {
                out[n++] = '\n';
            }
            value = new String(out, 0, n);
        }
        if (folded && chomp != '-') {
            value = value + "\n".repeat(chomp == 'c' ? 1 : trailing + 1);
        }
        return new YScalar(p, i, value);
    }

    /** Folding: a single break between text lines becomes a space, n empty lines become n breaks. */
    private static void fold(List<String> content, StringBuilder sb) {
        boolean previousText = false;
        int empties = 0;
        for (String s : content) {
            if (s.isEmpty()) {
                empties++;
                continue;
            }
            if (s.charAt(0) == ' ') {
                throw Unsupported.INSTANCE; // more-indented lines keep their breaks: exact rules in the full parser
            }
            if (previousText) {
                sb.append(empties == 0 ? " " : "\n".repeat(empties));
            } else if (empties > 0) {
                sb.append("\n".repeat(empties));
            }
            sb.append(s);
            previousText = true;
            empties = 0;
        }
    }

    // ------------------------------------------------------------------ flow (one line, one level)

    private YNode flow(int i, int e) {
        char open = chars[i];
        char close = open == '[' ? ']' : '}';
        Pos p = pos(i);
        int j = i + 1;
        List<YNode> items = new ArrayList<>();
        List<YEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        j = skipSpaces(j, e);
        if (j < e && chars[j] == close) {
            j++;
        } else {
            while (true) {
                j = skipSpaces(j, e);
                if (j >= e) {
                    throw Unsupported.INSTANCE;
                }
                if (open == '{') {
                    int k = j;
                    while (k < e && isKeyChar(chars[k])) {
                        k++;
                    }
                    if (k == j || k + 1 >= e || chars[k] != ':' || chars[k + 1] != ' ') {
                        throw Unsupported.INSTANCE;
                    }
                    String key = text.substring(j, k);
                    if (!keys.add(key)) {
                        throw Unsupported.INSTANCE;
                    }
                    Pos keyPos = pos(j);
                    j = skipSpaces(k + 1, e);
                    int[] next = new int[1];
                    YNode v = flowScalar(j, e, next);
                    entries.add(new YEntry(key, keyPos, v));
                    j = next[0];
                } else {
                    int[] next = new int[1];
                    items.add(flowScalar(j, e, next));
                    j = next[0];
                }
                j = skipSpaces(j, e);
                if (j >= e) {
                    throw Unsupported.INSTANCE;
                }
                char x = chars[j];
                if (x == ',') {
                    j++;
                    continue;
                }
                if (x == close) {
                    j++;
                    break;
                }
                throw Unsupported.INSTANCE;
            }
        }
        j = skipSpaces(j, e);
        if (j < e && chars[j] != '#') {
            throw Unsupported.INSTANCE;
        }
        return open == '[' ? new YSeq(p, i, items) : new YMap(p, i, entries);
    }

    private int skipSpaces(int j, int e) {
        while (j < e && chars[j] == ' ') {
            j++;
        }
        return j;
    }

    /** A scalar inside a flow collection: quoted, or plain up to ',', ']', '}' or ": ". */
    private YNode flowScalar(int j, int e, int[] next) {
        if (j >= e) {
            throw Unsupported.INSTANCE;
        }
        char c = chars[j];
        if (c == '"' || c == '\'') {
            StringBuilder sb = new StringBuilder();
            int k = j + 1;
            while (true) {
                if (k >= e) {
                    throw Unsupported.INSTANCE;
                }
                char x = chars[k];
                if (x == c) {
                    if (c == '\'' && k + 1 < e && chars[k + 1] == '\'') {
                        sb.append('\'');
                        k += 2;
                        continue;
                    }
                    break;
                }
                if (c == '"' && x == '\\') {
                    k = escape(k, e, sb);
                    continue;
                }
                sb.append(x);
                k++;
            }
            next[0] = k + 1;
            return new YScalar(pos(j), j, sb.toString());
        }
        if ("[]{},#&*!|>'\"%@`".indexOf(c) >= 0 || ((c == '-' || c == '?' || c == ':') && (j + 1 >= e || chars[j + 1] == ' '))) {
            throw Unsupported.INSTANCE;
        }
        int k = j;
        int last = j;
        while (k < e) {
            char x = chars[k];
            if (x == ',' || x == ']' || x == '}' || x == '[' || x == '{') {
                break;
            }
            if (x == ':' && (k + 1 == e || " ,[]{}".indexOf(chars[k + 1]) >= 0) || x == '?') {
                throw Unsupported.INSTANCE; // SnakeYAML ends a plain scalar there in a flow collection
            }
            if (x == '#' && chars[k - 1] == ' ') {
                throw Unsupported.INSTANCE;
            }
            if (x != ' ') {
                last = k + 1;
            }
            k++;
        }
        next[0] = k;
        String s = text.substring(j, last);
        return new YScalar(pos(j), j, s.isEmpty() || isNull(s) ? null : s);
    }
}
