package herald.content;

import herald.yaml.YamlDocument;
import herald.yaml.YNode;
import herald.yaml.YNode.YEntry;
import herald.yaml.YNode.YMap;
import herald.yaml.YNode.YScalar;
import herald.yaml.YNode.YSeq;
import herald.diag.Diagnostics;
import herald.diag.Rule;
import herald.diag.Pos;
import herald.model.TextChars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses the characters {@link TextChars} rules out, anywhere in a content file: as typed (found
 * in the file's text, at their own line and column) and as written with a YAML escape such as
 * {@code "\u0007"} (found in the parsed values, at the value). Both are invalid-value errors, so
 * such a character never reaches a page, a feed or the API.
 */
final class CharFindings {
    private static final Pattern REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,9}));");
    /** A file full of them (a binary pasted in) gets this many findings, not thousands. */
    private static final int MAX_PER_FILE = 10;

    private CharFindings() {
    }

    /**
     * Reports the first refused character of each line of a file's text (LF line ends) and
     * returns the text with every one of them replaced by U+FFFD, so that parsing goes on and the
     * same run reports everything else too.
     */
    static String scanText(String text, String file, Diagnostics diagnostics) {
        if (text.indexOf("&#") >= 0) {
            scanReferences(text, file, diagnostics);
        }
        int i = TextChars.firstForbidden(text, 0);
        if (i < 0) {
            return text;
        }
        int line = 1;
        int counted = 0; // newlines before this offset are in line
        int reported = 0;
        while (i >= 0 && reported < MAX_PER_FILE) {
            for (int k = text.indexOf('\n', counted); k >= 0 && k < i; k = text.indexOf('\n', k + 1)) {
                line++;
                counted = k + 1;
            }
            int lineStart = text.lastIndexOf('\n', i - 1) + 1;
            diagnostics.report(file, line, text.codePointCount(lineStart, i) + 1, Rule.INVALID_VALUE,
                    TextChars.describe(text.codePointAt(i))
                    + " is not allowed in content: it never shows on a page and makes feeds unreadable; delete it");
            reported++;
            int nextLine = text.indexOf('\n', i);
            i = nextLine < 0 ? -1 : TextChars.firstForbidden(text, nextLine + 1);
        }
        return TextChars.replaceForbidden(text, false);
    }

    /**
     * Markdown turns a numeric character reference such as {@code &#7;} into the character itself,
     * so a reference to a refused character is refused where it is written.
     */
    private static void scanReferences(String text, String file, Diagnostics diagnostics) {
        Matcher m = REFERENCE.matcher(text);
        int reported = 0;
        while (m.find() && reported < MAX_PER_FILE) {
            int cp = m.group(1) != null ? (int) Math.min(Long.parseLong(m.group(1), 16), Integer.MAX_VALUE)
                    : (int) Math.min(Long.parseLong(m.group(2)), Integer.MAX_VALUE);
            if (cp == 0 || cp <= Character.MAX_CODE_POINT && !TextChars.allowed(cp)) {
                int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
                diagnostics.report(file, 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count(),
                        text.codePointCount(lineStart, m.start()) + 1, Rule.INVALID_VALUE, "the character reference " + m.group()
                        + " stands for " + TextChars.describe(cp) + ", which never shows on a page and makes feeds unreadable; delete it");
                reported++;
            }
        }
    }

    /** Reports every key and value of a parsed tree that holds a refused character (from an escape). */
    static void scanTree(YamlDocument doc, String file, Diagnostics diagnostics) {
        if (doc.text().indexOf('\\') >= 0) { // typed ones were replaced before parsing: only an escape makes one
            scan(doc.root(), new java.util.ArrayDeque<>(), file, diagnostics);
        }
    }

    /** {@code path} holds the keys and list positions down to the node; it is spelled out only for a finding. */
    private static void scan(YNode node, java.util.Deque<String> path, String file, Diagnostics diagnostics) {
        if (node instanceof YMap m) {
            for (YEntry e : m.entries()) {
                path.addLast(e.key());
                if (TextChars.firstForbidden(e.key(), 0) >= 0) {
                    report(e.key(), e.keyPos(), "the key \"" + printable(name(path)) + "\"", file, diagnostics);
                }
                scan(e.value(), path, file, diagnostics);
                path.removeLast();
            }
        } else if (node instanceof YSeq s) {
            for (int i = 0; i < s.items().size(); i++) {
                path.addLast("[" + (i + 1) + "]");
                scan(s.items().get(i), path, file, diagnostics);
                path.removeLast();
            }
        } else if (node instanceof YScalar s && s.text() != null && TextChars.firstForbidden(s.text(), 0) >= 0) {
            report(s.text(), s.pos(), "\"" + printable(name(path)) + "\"", file, diagnostics);
        }
    }

    private static String name(java.util.Deque<String> path) {
        StringBuilder sb = new StringBuilder();
        for (String p : path) {
            if (sb.length() > 0 && !p.startsWith("[")) {
                sb.append('.');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private static void report(String text, Pos pos, String what, String file, Diagnostics diagnostics) {
        int i = TextChars.firstForbidden(text, 0);
        diagnostics.report(file, pos.line(), pos.column(), Rule.INVALID_VALUE, what + " holds "
                + TextChars.describe(text.codePointAt(i)) + ", written as an escape; such characters never show on a page"
                + " and make feeds unreadable: remove the escape");
    }

    private static String printable(String s) {
        return TextChars.replaceForbidden(s, false);
    }
}
