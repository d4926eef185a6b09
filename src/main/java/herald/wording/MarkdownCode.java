package herald.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Where a Markdown text holds code: inline code spans and fenced or indented code blocks, as the
 * page's own renderer (commonmark, no extensions) reads them. Code is quoted literally, so a
 * {@code `<project>.admin.datocms.com`} there is an example, not a placeholder left unfilled.
 * commonmark rather than a hand scanner: backtick runs of matching length, fences, the indent of
 * a code block and its interplay with lists are exactly the rules the renderer applies, and
 * source spans give the offsets. Texts without a backtick, a tilde fence or an indented line are
 * answered without parsing.
 */
public final class MarkdownCode {
    private MarkdownCode() {
    }

    /** A range [start, end) of a text. */
    public record Range(int start, int end) {
        public Range {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad range " + start + ".." + end);
            }
        }

        public boolean covers(int offset) {
            return offset >= start && offset < end;
        }
    }

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** The code ranges of a Markdown text, in order (a span's backticks and a block's fences included). */
    public static List<Range> ranges(String markdown) {
        if (markdown == null || !mayHoldCode(markdown)) {
            return List.of();
        }
        List<Range> out = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                add(code);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                add(block);
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                add(block);
            }

            private void add(Node node) {
                for (SourceSpan s : node.getSourceSpans()) {
                    out.add(new Range(s.getInputIndex(), s.getInputIndex() + s.getLength()));
                }
            }
        });
        out.sort(Comparator.comparingInt(Range::start));
        return List.copyOf(out);
    }

    /** Whether {@code offset} lies inside code. */
    public static boolean inCode(String markdown, int offset) {
        for (Range r : ranges(markdown)) {
            if (r.covers(offset)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with every code character turned into a space (line ends kept): same length, same
     * offsets and lines, so a check run on the mask reports positions in the original.
     */
    public static String mask(String markdown) {
        List<Range> ranges = ranges(markdown);
        if (ranges.isEmpty()) {
            return markdown;
        }
        char[] chars = markdown.toCharArray();
        for (Range r : ranges) {
            for (int i = r.start(); i < r.end(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** Code needs a backtick, a tilde fence, or a line indented by a tab or four spaces. */
    static boolean mayHoldCode(String text) {
        if (text.indexOf('`') >= 0 || text.contains("~~~")) {
            return true;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (i == 0 || text.charAt(i - 1) == '\n') {
                if (i < n && text.charAt(i) == '\t' || text.startsWith("    ", i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
