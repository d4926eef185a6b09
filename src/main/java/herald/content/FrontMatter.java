package herald.content;

import herald.model.Pos;

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
        if (!isFence(first)) {
            throw new Missing(Pos.START, "the file does not start with '---'; did you forget the front matter fence? "
                    + "Put a '---' line before the YAML and another after it");
        }
        int lineNo = 1;
        int start = firstEnd < 0 ? text.length() : firstEnd + 1;
        int pos = start;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            lineNo++;
            if (isFence(line) || line.stripTrailing().equals("...")) {
                String yaml = text.substring(start, pos);
                int bodyStart = end < 0 ? text.length() : end + 1;
                return new FrontMatter(yaml, 1, text.substring(bodyStart), lineNo + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        throw new Missing(new Pos(Math.max(2, lineNo), 1),
                "no closing '---' line after the front matter opened at line 1; add a '---' line after the YAML");
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
