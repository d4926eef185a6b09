package herald.yaml;

import herald.diag.Pos;
import java.util.List;

/** A YAML value with the position where it starts in the file. */
public sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {
    Pos pos();

    /** Offset of the value's first char in the YAML text (for raw spans). */
    int offset();

    /** A short name of the node's kind for messages: "a mapping", "a list", "a text". */
    String kind();

    record YEntry(String key, Pos keyPos, YNode value) {
    }

    record YMap(Pos pos, int offset, List<YEntry> entries) implements YNode {
        public YMap {
            entries = List.copyOf(entries);
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record YSeq(Pos pos, int offset, List<YNode> items) implements YNode {
        public YSeq {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A scalar; {@code text} is null for YAML null ({@code ~}, {@code null} or nothing). */
    record YScalar(Pos pos, int offset, String text) implements YNode {
        @Override
        public String kind() {
            return text == null ? "empty" : "a text";
        }

        public boolean isNull() {
            return text == null;
        }
    }
}
