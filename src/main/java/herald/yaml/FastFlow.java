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

/** FastYaml's one-line flow collections: {@code [a, b]} of scalars and {@code {key: value}} with plain keys. */
final class FastFlow {
    private final FastLines in;
    private final char[] chars;
    private final String text;
    private final FastScalars scalars;

    FastFlow(FastLines in, FastScalars scalars) {
        this.in = in;
        this.chars = in.chars;
        this.text = in.text;
        this.scalars = scalars;
    }

    YNode flow(int i, int e) {
        char open = chars[i];
        char close = open == '[' ? ']' : '}';
        Pos p = in.pos(i);
        int j = i + 1;
        List<YNode> items = new ArrayList<>();
        List<YEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        j = FastLines.skipSpaces(chars, j, e);
        if (j < e && chars[j] == close) {
            j++;
        } else {
            while (true) {
                j = FastLines.skipSpaces(chars, j, e);
                if (j >= e) {
                    throw Unsupported.INSTANCE;
                }
                if (open == '{') {
                    int k = j;
                    while (k < e && FastLines.isKeyChar(chars[k])) {
                        k++;
                    }
                    if (k == j || k + 1 >= e || chars[k] != ':' || chars[k + 1] != ' ') {
                        throw Unsupported.INSTANCE;
                    }
                    String key = text.substring(j, k);
                    if (!keys.add(key)) {
                        throw Unsupported.INSTANCE;
                    }
                    Pos keyPos = in.pos(j);
                    j = FastLines.skipSpaces(chars, k + 1, e);
                    int[] next = new int[1];
                    YNode v = flowScalar(j, e, next);
                    entries.add(new YEntry(key, keyPos, v));
                    j = next[0];
                } else {
                    int[] next = new int[1];
                    items.add(flowScalar(j, e, next));
                    j = next[0];
                }
                j = FastLines.skipSpaces(chars, j, e);
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
        j = FastLines.skipSpaces(chars, j, e);
        if (j < e && chars[j] != '#') {
            throw Unsupported.INSTANCE;
        }
        return open == '[' ? new YSeq(p, i, items) : new YMap(p, i, entries);
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
                    k = scalars.escape(k, e, sb);
                    continue;
                }
                sb.append(x);
                k++;
            }
            next[0] = k + 1;
            return new YScalar(in.pos(j), j, sb.toString());
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
        return new YScalar(in.pos(j), j, s.isEmpty() || FastLines.isNull(s) ? null : s);
    }}
