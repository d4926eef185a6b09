package herald.content;

import herald.model.Pos;
import herald.model.Span;
import java.util.Arrays;

/**
 * A parsed YAML fragment: its root node, and the start offsets of all its tokens so a value's
 * raw source can be cut out (from its start to the next token).
 */
record YamlDocument(String text, YNode root, int[] tokenOffsets, int lineShift) {

    /** The raw source of a value, for locating words inside multi-line text. */
    Span span(YNode node) {
        return spanFrom(node.pos(), node.offset());
    }

    Span spanFrom(Pos pos, int offset) {
        int i = Arrays.binarySearch(tokenOffsets, offset + 1);
        int next = i >= 0 ? i : -i - 1;
        int end = next < tokenOffsets.length ? tokenOffsets[next] : text.length();
        return new Span(pos, text, offset, end);
    }
}
