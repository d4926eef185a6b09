package herald.yaml;

import herald.diag.Pos;
import java.util.List;

/** A YAML value with the position where it starts in the file. */
public sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {
    Pos pos();

    /** Offset of the value's first char in the YAML text (for raw spans). */
    int offset();

    /** A short name of the node's kind for messages: "a mapping", "a list", "a text" (or "empty"). */
    default String kind() {
        if (this instanceof YMap) {
            return "a mapping";
        }
        if (this instanceof YSeq) {
            return "a list";
        }
        return ((YScalar) this).isNull() ? "empty" : "a text";
    }

    record YEntry(String key, Pos keyPos, YNode value) {
    }

    record YMap(Pos pos, int offset, List<YEntry> entries) implements YNode {
        public YMap {
            entries = List.copyOf(entries);
        }
    }

    record YSeq(Pos pos, int offset, List<YNode> items) implements YNode {
        public YSeq {
            items = List.copyOf(items);
        }
    }

    /** A scalar; {@code text} is null for YAML null ({@code ~}, {@code null} or nothing). */
    record YScalar(Pos pos, int offset, String text) implements YNode {
        public boolean isNull() {
            return text == null;
        }
    }
}
