package herald.model;

/**
 * Where a value starts in its file, and where its raw source text lies (from the value to the next
 * YAML token), so a finding inside a multi-line text can point at the exact line of the offending
 * words. The source is shared with the file, not copied.
 */
public record Span(Pos start, String source, int from, int to) {
    public static final Span UNKNOWN = new Span(Pos.START, "", 0, 0);

    public Span {
        source = source == null ? "" : source;
        from = Math.max(0, Math.min(from, source.length()));
        to = Math.max(from, Math.min(to, source.length()));
    }

    public static Span at(Pos pos) {
        return new Span(pos, "", 0, 0);
    }

    /** The raw source text of the value. */
    public String raw() {
        return source.substring(from, to);
    }

    /**
     * The position of {@code needle} inside this value's source, matching any run of
     * whitespace (YAML folds and indents lines); the value's start when it cannot be found
     * (escapes in a quoted string, for example).
     */
    public Pos locate(String needle) {
        String raw = raw();
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
