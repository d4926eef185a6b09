package herald.markdown;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of sanitized HTML with its block structure kept: a blank line between paragraphs,
 * headings, quotes and code blocks, a line end between list items and at a hard break, white
 * space inside a block collapsed to one space (code blocks keep theirs).
 */
final class PlainText {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol",
            "hr", "div", "table");
    private static final Set<String> LINES = Set.of("li", "tr");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\f\\r\\u00A0]+");

    private PlainText() {
    }

    static String of(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int[] pending = {0}; // line ends owed before the next text
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    boolean code = t.parentNode() instanceof Element p && (p.nameIs("pre") || p.parent() != null && p.parent().nameIs("pre"));
                    String text = code ? t.getWholeText() : SPACES.matcher(t.getWholeText()).replaceAll(" ");
                    if (text.isBlank() && (pending[0] > 0 || out.length() == 0)) {
                        return; // white space between blocks
                    }
                    if (pending[0] > 0 && out.length() > 0) {
                        out.append("\n".repeat(pending[0]));
                    }
                    pending[0] = 0;
                    out.append(text);
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        out.append('\n');
                    }
                    breakAt(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    breakAt(e);
                }
            }

            private void breakAt(Element e) {
                if (BLOCKS.contains(e.normalName())) {
                    pending[0] = 2;
                } else if (LINES.contains(e.normalName())) {
                    pending[0] = Math.max(pending[0], 1);
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        StringBuilder clean = new StringBuilder(out.length());
        for (String line : out.toString().split("\n", -1)) {
            clean.append(line.strip()).append('\n');
        }
        return clean.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
