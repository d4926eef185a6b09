package herald.content;

import java.util.Arrays;

/** Converts between char offsets and 1-based line/column (columns count code points, as YAML does). */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** Char offset of a 1-based line and column; clamped to the text. */
    int offsetOf(int line, int column) {
        int l = Math.min(Math.max(line, 1), lineStarts.length) - 1;
        int offset = lineStarts[l];
        int end = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length();
        for (int c = 1; c < column && offset < end; c++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return Math.min(offset, text.length());
    }

    /** 1-based line of a char offset. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column (in code points) of a char offset. */
    int columnOf(int offset) {
        int start = lineStarts[lineOf(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }
}
