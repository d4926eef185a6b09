package herald.yaml;

import herald.diag.Pos;
import java.util.Arrays;

/**
 * The line starts of a YAML fragment: converts between char offsets and lines and columns
 * (columns count code points, as YAML does). The fragment's first line is line
 * {@code lineShift + 1} of its file.
 */
final class LineIndex {
    private final String text;
    private final int lineShift;
    private final int[] lineStarts;

    LineIndex(String text, int lineShift) {
        this(text, text.toCharArray(), lineShift);
    }

    /** {@code chars} holds the text (a caller's copy: array reads are cheaper than String.charAt). */
    LineIndex(String text, char[] chars, int lineShift) {
        this.text = text;
        this.lineShift = lineShift;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** Lines in the text, counting the empty one after a trailing newline. */
    int lineCount() {
        return lineStarts.length;
    }

    /** Offset where the 0-based line {@code l} starts. */
    int start(int l) {
        return lineStarts[l];
    }

    /** Offset where the 0-based line {@code l} ends (its newline, or the end of the text). */
    int end(int l) {
        return l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : text.length();
    }

    /** Char offset of a 1-based line and column of the text (not the file); clamped to the text. */
    int offsetOf(int line, int column) {
        int l = Math.min(Math.max(line, 1), lineStarts.length) - 1;
        int offset = lineStarts[l];
        int end = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length();
        for (int c = 1; c < column && offset < end; c++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return Math.min(offset, text.length());
    }

    /** The position in the file of a char offset of the text. */
    Pos pos(int offset) {
        int l = Arrays.binarySearch(lineStarts, offset);
        if (l < 0) {
            l = -l - 2;
        }
        return new Pos(l + 1 + lineShift, text.codePointCount(lineStarts[l], offset) + 1);
    }
}
