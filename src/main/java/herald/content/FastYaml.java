package herald.content;

import herald.content.YNode.YEntry;
import herald.content.YNode.YMap;
import herald.content.YNode.YScalar;
import herald.content.YNode.YSeq;
import herald.model.Pos;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final int lineShift;
    private final int[] lineStart;
    private final int lines;
    private int line;
    private int[] tokens = new int[64];
    private int tokenCount;

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
        this.lineShift = lineShift;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            } else if (c == '\t' || c == '\r') {
                throw Unsupported.INSTANCE; // tabs: leave them (and their errors) to the full parser
            }
        }
        // a trailing newline does not start a line of content
        this.lines = (n > 1 && starts[n - 1] == text.length()) ? n - 1 : n;
        this.lineStart = Arrays.copyOf(starts, n);
    }

    /** The tree, or null when the text needs the full parser. */
    static YamlDocument read(String text, int lineShift) {
        try {
            FastYaml y = new FastYaml(text, lineShift);
            YNode root = y.document();
            return new YamlDocument(text, root, Arrays.copyOf(y.tokens, y.tokenCount), lineShift);
        } catch (Unsupported | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ lines

    private int start(int l) {
        return lineStart[l];
    }

    private int end(int l) {
        return l + 1 < lineStart.length ? lineStart[l + 1] - 1 : text.length();
    }

    private int indent(int l) {
        int i = start(l);
        int e = end(l);
        while (i < e && text.charAt(i) == ' ') {
            i++;
        }
        return i - start(l);
    }

    /** Blank or comment-only. */
    private boolean isBlank(int l) {
        int i = start(l) + indent(l);
        return i >= end(l) || text.charAt(i) == '#';
    }

    private void skipBlank() {
        while (line < lines && isBlank(line)) {
            line++;
        }
    }

    private Pos pos(int offset) {
        int l = Arrays.binarySearch(lineStart, 0, lineStart.length, offset);
        if (l < 0) {
            l = -l - 2;
        }
        return new Pos(l + 1 + lineShift, text.codePointCount(lineStart[l], offset) + 1);
    }

    private void token(int offset) {
        if (tokenCount == tokens.length) {
            tokens = Arrays.copyOf(tokens, tokenCount * 2);
        }
        tokens[tokenCount++] = offset;
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
        char c = text.charAt(first);
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
        while (i < e && isKeyChar(text.charAt(i))) {
            i++;
        }
        if (i == k || i >= e || text.charAt(i) != ':' || (i + 1 < e && text.charAt(i + 1) != ' ')) {
            throw Unsupported.INSTANCE;
        }
        String key = text.substring(k, i);
        if (!keys.add(key)) {
            throw Unsupported.INSTANCE; // the full parser reports the duplicate
        }
        token(k);
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
        while (i < e && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= e || text.charAt(i) == '#') {
            // nothing on this line: a nested block below, or null
            int here = i;
            line++;
            skipBlank();
            if (line < lines) {
                int ind = indent(line);
                int first = start(line) + ind;
                if (ind > indent) {
                    return text.charAt(first) == '-' && isSeqItem(first) ? sequence(ind) : mapping(ind);
                }
                if (ind == indent && text.charAt(first) == '-' && isSeqItem(first)) {
                    return sequence(ind); // "key:\n- item" at the key's own indentation
                }
            }
            token(here);
            return new YScalar(pos(here), here, null);
        }
        char c = text.charAt(i);
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
        return at + 1 >= end(line) || text.charAt(at + 1) == ' ';
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
            if (text.charAt(dash) != '-' || !isSeqItem(dash)) {
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
        while (i < e && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= e || text.charAt(i) == '#') {
            throw Unsupported.INSTANCE; // "-" alone, nested on the next lines: rare, leave it
        }
        int k = i;
        while (k < e && isKeyChar(text.charAt(k))) {
            k++;
        }
        boolean isMapping = k > i && k < e && text.charAt(k) == ':' && (k + 1 == e || text.charAt(k + 1) == ' ');
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
        char c = text.charAt(i);
        if ("-?:,]}#&*!|>%@`".indexOf(c) >= 0) {
            if (!((c == '-' || c == '?' || c == ':') && i + 1 < e && text.charAt(i + 1) != ' ')) {
                throw Unsupported.INSTANCE;
            }
        }
        int j = i;
        int last = i;
        while (j < e) {
            char x = text.charAt(j);
            if (x == '#' && text.charAt(j - 1) == ' ') {
                break;
            }
            if (x == ':' && (j + 1 == e || text.charAt(j + 1) == ' ')) {
                throw Unsupported.INSTANCE; // "a: b: c" is an error; the full parser explains it
            }
            if (x != ' ') {
                last = j + 1;
            }
            j++;
        }
        token(i);
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
            char x = text.charAt(j);
            if (x == quote) {
                if (quote == '\'' && j + 1 < e && text.charAt(j + 1) == '\'') {
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
        while (after < e && text.charAt(after) == ' ') {
            after++;
        }
        if (after < e && text.charAt(after) != '#') {
            throw Unsupported.INSTANCE;
        }
        token(i);
        return new YScalar(pos(i), i, sb.toString());
    }

    private int escape(int j, int e, StringBuilder sb) {
        if (j + 1 >= e) {
            throw Unsupported.INSTANCE;
        }
        char n = text.charAt(j + 1);
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
        if (j < e && (text.charAt(j) == '-' || text.charAt(j) == '+')) {
            chomp = text.charAt(j);
            j++;
        }
        while (j < e && text.charAt(j) == ' ') {
            j++;
        }
        if (j < e) {
            throw Unsupported.INSTANCE; // indentation indicator or a comment after the indicator
        }
        token(i);
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
        List<String> content = new ArrayList<>();
        while (line < lines) {
            int s = start(line);
            int en = end(line);
            int li = indent(line);
            boolean empty = li == en - s;
            if (!empty && li < ind) {
                break;
            }
            if (empty && li > ind) {
                throw Unsupported.INSTANCE; // whitespace-only line deeper than the content: keep exact rules
            }
            content.add(empty ? "" : text.substring(s + ind, en));
            line++;
        }
        // trailing empty lines belong to chomping, not content
        int trailing = 0;
        while (!content.isEmpty() && content.get(content.size() - 1).isEmpty()) {
            content.remove(content.size() - 1);
            trailing++;
        }
        StringBuilder sb = new StringBuilder();
        if (folded) {
            fold(content, sb);
        } else {
            for (int k = 0; k < content.size(); k++) {
                if (k > 0) {
                    sb.append('\n');
                }
                sb.append(content.get(k));
            }
        }
        if (chomp == 'c') {
            sb.append('\n');
        } else if (chomp == '+') {
            sb.append("\n".repeat(trailing + 1));
        }
        return new YScalar(p, i, sb.toString());
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
        char open = text.charAt(i);
        char close = open == '[' ? ']' : '}';
        token(i);
        Pos p = pos(i);
        int j = i + 1;
        List<YNode> items = new ArrayList<>();
        List<YEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        j = skipSpaces(j, e);
        if (j < e && text.charAt(j) == close) {
            j++;
        } else {
            while (true) {
                j = skipSpaces(j, e);
                if (j >= e) {
                    throw Unsupported.INSTANCE;
                }
                if (open == '{') {
                    int k = j;
                    while (k < e && isKeyChar(text.charAt(k))) {
                        k++;
                    }
                    if (k == j || k + 1 >= e || text.charAt(k) != ':' || text.charAt(k + 1) != ' ') {
                        throw Unsupported.INSTANCE;
                    }
                    String key = text.substring(j, k);
                    if (!keys.add(key)) {
                        throw Unsupported.INSTANCE;
                    }
                    token(j);
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
                char x = text.charAt(j);
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
        if (j < e && text.charAt(j) != '#') {
            throw Unsupported.INSTANCE;
        }
        token(j);
        return open == '[' ? new YSeq(p, i, items) : new YMap(p, i, entries);
    }

    private int skipSpaces(int j, int e) {
        while (j < e && text.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    /** A scalar inside a flow collection: quoted, or plain up to ',', ']', '}' or ": ". */
    private YNode flowScalar(int j, int e, int[] next) {
        if (j >= e) {
            throw Unsupported.INSTANCE;
        }
        char c = text.charAt(j);
        if (c == '"' || c == '\'') {
            StringBuilder sb = new StringBuilder();
            int k = j + 1;
            while (true) {
                if (k >= e) {
                    throw Unsupported.INSTANCE;
                }
                char x = text.charAt(k);
                if (x == c) {
                    if (c == '\'' && k + 1 < e && text.charAt(k + 1) == '\'') {
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
            token(j);
            next[0] = k + 1;
            return new YScalar(pos(j), j, sb.toString());
        }
        if ("[]{},#&*!|>'\"%@`".indexOf(c) >= 0 || ((c == '-' || c == '?' || c == ':') && (j + 1 >= e || text.charAt(j + 1) == ' '))) {
            throw Unsupported.INSTANCE;
        }
        int k = j;
        int last = j;
        while (k < e) {
            char x = text.charAt(k);
            if (x == ',' || x == ']' || x == '}' || x == '[' || x == '{') {
                break;
            }
            if (x == ':' && (k + 1 == e || text.charAt(k + 1) == ' ' || text.charAt(k + 1) == ',')) {
                throw Unsupported.INSTANCE;
            }
            if (x == '#' && text.charAt(k - 1) == ' ') {
                throw Unsupported.INSTANCE;
            }
            if (x != ' ') {
                last = k + 1;
            }
            k++;
        }
        token(j);
        next[0] = k;
        String s = text.substring(j, last);
        return new YScalar(pos(j), j, s.isEmpty() || isNull(s) ? null : s);
    }
}
