package herald.diag;

/**
 * Where a value starts in its file and how it is written there (plain, quoted, a literal block
 * with its indentation, the Markdown body), so a finding inside a multi-line text can point at
 * the exact line and column of the offending words without keeping the file's text in memory.
 */
public record Span(Pos start, Style style, int indent) {
    /** How a value is laid out in the file, relative to {@link #start}. */
    public enum Style {
        /** On one line from the start: a plain scalar. */
        PLAIN,
        /** On one line after an opening quote. */
        QUOTED,
        /** A literal block ("|"): value line k is file line start+1+k, indented by {@code indent}. */
        LITERAL,
        /** The Markdown body after the front matter: value line k is file line start+k. */
        BODY,
        /** Anything else (folded blocks, multi-line scalars): findings point at the start. */
        OTHER
    }

    public static Span at(Pos pos) {
        return new Span(pos, Style.OTHER, 0);
    }

    /**
     * The position of {@code needle} inside {@code value} as it sits in the file; the value's start
     * when the layout does not allow an exact answer.
     */
    public Pos locate(String value, String needle) {
        if (value == null || style == Style.OTHER) {
            return start;
        }
        int[] hit = TextSearch.find(value, needle);
        return hit == null ? start : locate(value, hit[0]);
    }

    /**
     * The position of {@code value.charAt(offset)} as it sits in the file: for a detector that
     * reports offsets, so a finding lands on the very copy it found even when the words recur.
     */
    public Pos locate(String value, int offset) {
        if (value == null || style == Style.OTHER || offset < 0 || offset > value.length()) {
            return start;
        }
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (value.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = value.codePointCount(lineStart, offset);
        return switch (style) {
            case PLAIN -> line == 0 ? new Pos(start.line(), start.column() + column) : start;
            case QUOTED -> line == 0 ? new Pos(start.line(), start.column() + 1 + column) : start;
            case LITERAL -> new Pos(start.line() + 1 + line, indent + column + 1);
            case BODY -> new Pos(start.line() + line, column + 1);
            default -> start;
        };
    }
}
