package herald.content;

import herald.diag.Pos;

/**
 * Splits a Markdown file into its YAML front matter (between the first two {@code ---} lines) and
 * its Markdown body, remembering on which file line each part starts.
 *
 * @param yaml the text between the fences
 * @param yamlLineShift file line of the opening fence (YAML line n is file line n + shift)
 * @param body the Markdown after the closing fence
 * @param bodyLine file line where the body starts
 */
record FrontMatter(String yaml, int yamlLineShift, String body, int bodyLine) {

    /** Thrown for a file without a well-formed front matter, with a position and a hint. */
    static final class Missing extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Pos pos;

        Missing(Pos pos, String message) {
            super(message, null, false, false);
            this.pos = pos;
        }

        Pos pos() {
            return pos;
        }
    }

    static FrontMatter split(String text) throws Missing {
        if (text.isBlank()) {
            throw new Missing(Pos.START, "the file is empty; an incident starts with a '---' line, its YAML front matter, and a closing '---' line");
        }
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (!isFenceAt(first, 0, first.length())) {
            throw new Missing(Pos.START, "the file does not start with '---'; did you forget the front matter fence? "
                    + "Put a '---' line before the YAML and another after it");
        }
        int start = firstEnd < 0 ? text.length() : firstEnd + 1;
        // find the closing fence: a line that is "---" (or "...") with optional trailing spaces
        int pos = start;
        int fenceLine = 2; // the line pos starts
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            int lineEnd = end < 0 ? text.length() : end;
            char c = text.charAt(pos);
            if ((c == '-' || c == '.') && isFenceAt(text, pos, lineEnd)) {
                String yaml = text.substring(start, pos);
                int bodyStart = end < 0 ? text.length() : end + 1;
                return new FrontMatter(yaml, 1, text.substring(bodyStart), fenceLine + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            fenceLine++;
        }
        int lastLine = countLines(text, 0, text.length()) + (text.endsWith("\n") ? 0 : 1);
        throw new Missing(new Pos(Math.max(2, lastLine), 1),
                "no closing '---' line after the front matter opened at line 1; add a '---' line after the YAML");
    }

    private static boolean isFenceAt(String text, int from, int to) {
        int end = to;
        while (end > from && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end - from == 3 && (text.startsWith("---", from) || text.startsWith("...", from));
    }

    private static int countLines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
