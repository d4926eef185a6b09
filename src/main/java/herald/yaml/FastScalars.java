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

/** FastYaml's scalars: plain and quoted one-line values, and literal and folded blocks. */
final class FastScalars {
    private final FastLines in;
    private final char[] chars;
    private final String text;

    FastScalars(FastLines in) {
        this.in = in;
        this.chars = in.chars;
        this.text = in.text;
    }

    /** A plain one-in.line scalar from i to the end of in.line or a " #" comment. */
    YNode plain(int i, int e) {
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
        return new YScalar(in.pos(i), i, FastLines.isNull(s) ? null : s);
    }

    /** A one-in.line quoted scalar; the rest of the in.line may only hold a comment. */
    YNode quoted(int i, int e, char quote) {
        StringBuilder sb = new StringBuilder();
        int j = i + 1;
        while (true) {
            if (j >= e) {
                throw Unsupported.INSTANCE; // multi-in.line quoted scalar
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
        return new YScalar(in.pos(i), i, sb.toString());
    }

    int escape(int j, int e, StringBuilder sb) {
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

    /** "|" or ">" with optional chomping indicator; content in.lines more indented than the owner. */
    YNode blockScalar(int i, int ownerIndent, boolean folded) {
        int e = in.end(in.line);
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
        Pos p = in.pos(i);
        in.line++;
        // the content indent is that of the first non-empty in.line
        int l = in.line;
        while (l < in.lines && in.indent(l) == in.end(l) - in.start(l)) {
            l++;
        }
        if (l >= in.lines || in.indent(l) <= ownerIndent) {
            throw Unsupported.INSTANCE; // empty block scalar: keep the exact rules with the full parser
        }
        int ind = in.indent(l);
        int first = in.line;
        while (in.line < in.lines) {
            int li = in.indent(in.line);
            boolean empty = li == in.end(in.line) - in.start(in.line);
            if (!empty && li < ind) {
                break;
            }
            if (empty && li > ind) {
                throw Unsupported.INSTANCE; // whitespace-only in.line deeper than the content: keep exact rules
            }
            in.line++;
        }
        if (in.end(in.line - 1) == text.length()) {
            throw Unsupported.INSTANCE; // the text ends inside the block, without a in.line break: chomping rules differ
        }
        // trailing empty in.lines belong to chomping, not content
        int last = in.line;
        int trailing = 0;
        while (last > first && in.indent(last - 1) == in.end(last - 1) - in.start(last - 1)) {
            last--;
            trailing++;
        }
        String value;
        if (folded) {
            List<String> content = new ArrayList<>();
            for (int k = first; k < last; k++) {
                int li = in.indent(k);
                content.add(li == in.end(k) - in.start(k) ? "" : text.substring(in.start(k) + ind, in.end(k)));
            }
            StringBuilder sb = new StringBuilder();
            fold(content, sb);
            value = sb.toString();
        } else {
            // copied straight from the source array into one buffer: a body is the bulk of a file
            char[] out = new char[(last > first ? in.end(last - 1) - in.start(first) : 0) + trailing + 2];
            int n = 0;
            for (int k = first; k < last; k++) {
                if (k > first) {
                    out[n++] = '\n';
                }
                int from = in.start(k) + ind;
                int len = in.end(k) - from;
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

    /** Folding: a single break between text in.lines becomes a space, n empty in.lines become n breaks. */
    private static void fold(List<String> content, StringBuilder sb) {
        boolean previousText = false;
        int empties = 0;
        for (String s : content) {
            if (s.isEmpty()) {
                empties++;
                continue;
            }
            if (s.charAt(0) == ' ') {
                throw Unsupported.INSTANCE; // more-indented in.lines keep their breaks: exact rules in the full parser
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
}
