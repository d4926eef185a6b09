package herald.yaml;

import herald.diag.Pos;

/**
 * The text FastYaml reads, by lines: the characters as an array (plain reads instead of
 * String.charAt checks on every character), where each line starts and ends, and the cursor (the
 * line being read) that {@link FastYaml}, {@link FastScalars} and {@link FastFlow} move on.
 */
final class FastLines {
    final String text;
    final char[] chars;
    final int lineShift;
    final LineIndex index;
    /** Lines of content: a trailing newline does not start one. */
    final int lines;
    int line;

    /** Signals "outside the subset": the caller falls back to the full parser. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    FastLines(String text, int lineShift) {
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


    int start(int l) {
        return index.start(l);
    }

    int end(int l) {
        return index.end(l);
    }

    int indent(int l) {
        int i = start(l);
        int e = end(l);
        while (i < e && chars[i] == ' ') {
            i++;
        }
        return i - start(l);
    }

    /** Blank or comment-only. */
    boolean isBlank(int l) {
        int i = start(l) + indent(l);
        return i >= end(l) || chars[i] == '#';
    }

    void skipBlank() {
        while (line < lines && isBlank(line)) {
            line++;
        }
    }

    Pos pos(int offset) {
        return index.pos(offset);
    }

    static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
    }

    static boolean isNull(String s) {
        return s.equals("~") || s.equals("null") || s.equals("Null") || s.equals("NULL");
    }

    static int skipSpaces(char[] chars, int j, int e) {
        while (j < e && chars[j] == ' ') {
            j++;
        }
        return j;
    }
}
