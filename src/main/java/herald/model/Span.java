package herald.model;

/**
 * Where a value starts in its file, and the raw source text from there to the next YAML token
 * (so a finding inside a multi-line text can point at the exact line of the offending words).
 */
public record Span(Pos start, String raw) {
    public static final Span UNKNOWN = new Span(Pos.START, "");

    public Span {
        raw = raw == null ? "" : raw;
    }

    public static Span at(Pos pos) {
        return new Span(pos, "");
    }

    /**
     * The position of {@code needle} inside this value's source, matching any run of
     * whitespace (YAML folds and indents lines); the value's start when it cannot be found
     * (escapes in a quoted string, for example).
     */
    public Pos locate(String needle) {
        int[] hit = TextSearch.find(raw, needle);
        if (hit == null) {
            return start;
        }
        int line = start.line();
        int column = start.column();
        for (int i = 0; i < hit[0]; ) {
            int cp = raw.codePointAt(i);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(cp);
        }
        return new Pos(line, column);
    }
}
