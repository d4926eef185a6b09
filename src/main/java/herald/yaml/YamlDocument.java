package herald.yaml;

import herald.diag.Pos;
import herald.diag.Span;

/**
 * A parsed YAML fragment: its source text and root node. Each node keeps its start offset in the
 * text, from which {@link #span} tells how the value is written (plain, quoted, literal block).
 */
public record YamlDocument(String text, YNode root) {

    /** How a value is laid out in the source, for locating words inside multi-line text. */
    public Span span(YNode node) {
        return spanFrom(node.pos(), node.offset());
    }

    /** The layout of the value that starts at offset: plain, quoted, or a literal block and its indent. */
    public Span spanFrom(Pos pos, int offset) {
        if (offset >= text.length()) {
            return Span.at(pos);
        }
        char c = text.charAt(offset);
        if (c == '"' || c == '\'') {
            return new Span(pos, Span.Style.QUOTED, 0);
        }
        if (c == '>' || c == '[' || c == '{') {
            return Span.at(pos);
        }
        if (c == '|') {
            int lineEnd = text.indexOf('\n', offset);
            // the content indent is that of the first non-blank line of the block
            int i = lineEnd + 1;
            while (lineEnd >= 0 && i < text.length()) {
                int indent = 0;
                while (i + indent < text.length() && text.charAt(i + indent) == ' ') {
                    indent++;
                }
                if (i + indent < text.length() && text.charAt(i + indent) != '\n') {
                    return new Span(pos, Span.Style.LITERAL, indent);
                }
                int next = text.indexOf('\n', i);
                if (next < 0) {
                    break;
                }
                i = next + 1;
            }
            return Span.at(pos);
        }
        return new Span(pos, Span.Style.PLAIN, 0);
    }
}
