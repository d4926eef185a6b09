package herald.markdown;

import herald.model.TextChars;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown to safe HTML, safe by construction: commonmark escapes every raw HTML block and inline
 * tag of the content, link targets must be http, https or mailto (anything else, javascript: in any
 * spelling included, becomes an empty link), and images are rendered as their alt text because an
 * image would be a third-party request. So only the few tags commonmark itself writes can appear.
 * Configured once, thread-safe.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .nodeRendererFactory(ImageAsText::new)
            .build();

    private Markdown() {
    }

    /** Sanitized HTML for a Markdown text; empty for null. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String plain = plainParagraphs(markdown);
        if (plain != null) {
            return plain;
        }
        return commonmark(markdown);
    }

    /** The library path alone (commonmark, no plain-paragraph shortcut): for the measurement of issue 13. */
    static String commonmark(String markdown) {
        return RENDERER.render(PARSER.parse(markdown)).strip();
    }

    /** Characters that may start Markdown syntax anywhere in a line (a lookup table: this runs per char). */
    private static final boolean[] INLINE_SYNTAX = new boolean[128];

    static {
        for (char c : "*_`[]!<>&\\#~=+|\t".toCharArray()) {
            INLINE_SYNTAX[c] = true;
        }
    }

    /**
     * Most status updates are plain sentences: for them the HTML commonmark would produce is just
     * paragraphs of escaped text ("\n" between lines), so it is written directly. Returns null
     * when the text holds anything commonmark could read as syntax; a test holds both paths to the
     * same output on real and synthetic text.
     */
    static String plainParagraphs(String text) {
        // a character TextChars refuses gives null too (refused by the loader anyway; jsoup and
        // commonmark treat such characters differently): checked in the same pass as the syntax,
        // since every character but the spaces around a line's text passes the loop below
        StringBuilder out = new StringBuilder(text.length() + 32);
        boolean inParagraph = false;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            int indent = 0;
            while (i + indent < end && text.charAt(i + indent) == ' ') {
                indent++;
            }
            int from = i + indent;
            int to = end;
            while (to > from && text.charAt(to - 1) == ' ') {
                to--;
            }
            if (to < end - 1) {
                return null; // two trailing spaces: a hard line break
            }
            if (from == to) {
                if (inParagraph) {
                    out.append("</p>\n");
                    inParagraph = false;
                }
            } else {
                if (!inParagraph && indent >= 4) {
                    return null; // an indented code block
                }
                char first = text.charAt(from);
                if (first == '-' || Character.isDigit(first) && startsOrderedItem(text, from, to)) {
                    return null; // lists, thematic breaks, setext underlines
                }
                for (int k = from; k < to; k++) {
                    char c = text.charAt(k);
                    if (c < 128) {
                        if (INLINE_SYNTAX[c] || c < 0x20 || c == 0x7F) {
                            return null;
                        }
                    } else if (Character.isHighSurrogate(c) && k + 1 < to && Character.isLowSurrogate(text.charAt(k + 1))) {
                        if (!TextChars.allowed(text.codePointAt(k))) {
                            return null;
                        }
                        k++; // the pair's second half
                    } else if (!TextChars.allowed(c)) {
                        return null;
                    }
                }
                if (inParagraph) {
                    out.append('\n');
                } else {
                    out.append("<p>");
                    inParagraph = true;
                }
                for (int k = from; k < to; k++) {
                    char c = text.charAt(k);
                    if (c == '"') {
                        out.append("&quot;");
                    } else {
                        out.append(c);
                    }
                }
            }
            i = end + 1;
        }
        if (inParagraph) {
            out.append("</p>");
        }
        return out.toString().strip();
    }

    private static boolean startsOrderedItem(String text, int from, int to) {
        int k = from;
        while (k < to && k - from < 10 && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k < to && (text.charAt(k) == '.' || text.charAt(k) == ')');
    }

    /**
     * The text users read, without markup: for the plain-text parts of feeds, the calendar and the
     * Statuspage API. Paragraphs (and other blocks) stay apart with a blank line, list items and
     * hard breaks with a line end; inside a block, white space collapses to one space.
     */
    public static String toPlainText(String markdown) {
        return toPlainText(markdown, Markdown::toHtml);
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n[ \t]*\n\\s*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** {@link #toPlainText(String)}, reading the HTML of a text that needs it from {@code toHtml} (a {@link MarkdownMemo}). */
    static String toPlainText(String markdown, UnaryOperator<String> toHtml) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        // jsoup counts a no-break space as white space (and collapses it), the \s of the shortcut does not
        if (markdown.indexOf('\u00A0') < 0 && plainParagraphs(markdown) != null) {
            // plain sentences already: just the words of each paragraph, as the HTML route would give them
            StringBuilder out = new StringBuilder(markdown.length());
            for (String paragraph : PARAGRAPH_BREAK.split(markdown.strip())) {
                out.append(out.length() == 0 ? "" : "\n\n").append(WHITE_SPACE.matcher(paragraph.strip()).replaceAll(" "));
            }
            return out.toString();
        }
        return PlainText.of(toHtml.apply(markdown));
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Renders ![alt](src) as the escaped alt text: no image is ever loaded from content. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlWriter html;

        ImageAsText(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder alt = new StringBuilder();
            collectText(node, alt);
            html.text(alt.toString());
        }

        private static void collectText(Node node, StringBuilder out) {
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text t) {
                    out.append(t.getLiteral());
                } else {
                    collectText(c, out);
                }
            }
        }
    }
}
