package herald.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Statuspage's update bodies (plain text with an HTML subset: p, br, ul/ol/li, strong/b, em/i, a,
 * code, pre) as Markdown, read with jsoup: paragraph breaks are kept (a blank line in the text,
 * {@code <p>}, two {@code <br>}), lists nest, links keep their http(s)/mailto targets, and any other
 * element is reduced to its text. Text is escaped, so nothing the old page showed as text turns
 * into markup (or raw HTML) here.
 */
final class HtmlToMarkdown {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
            "article", "header", "footer", "table", "tr", "dl", "dt", "dd", "hr", "figure", "address");
    private static final Set<String> DROPPED = Set.of("script", "style", "head", "template", "noscript");
    private static final Pattern LINE_START = Pattern.compile("(?m)^( {0,3})(?:([#=+-])|(\\d{1,9})([.)]))");
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)^(https?://|mailto:)\\S+$");

    private HtmlToMarkdown() {
    }

    /** The Markdown for a body; literal "\r\n" (escaped twice in some archives) counts as a line break. */
    static String convert(String html) {
        String text = html.replace("\\r\\n", "\n").replace("\r\n", "\n").replace('\r', '\n');
        Blocks out = new Blocks();
        for (Node n : Jsoup.parseBodyFragment(text).body().childNodes()) {
            walk(n, out);
        }
        return out.text("\n\n");
    }

    /** The blocks of one container (the body, a list item): paragraphs in progress and finished blocks. */
    private static final class Blocks {
        final List<String> done = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean pendingBreak;

        void inline(String s) {
            if (s.isEmpty()) {
                return;
            }
            if (pendingBreak) {
                trimEnd();
                if (line.length() > 0) {
                    line.append("\\\n");
                }
                pendingBreak = false;
                s = s.stripLeading();
                if (s.isEmpty()) {
                    return;
                }
            }
            if (line.length() == 0 || line.charAt(line.length() - 1) == '\n') {
                s = s.stripLeading();
            }
            if (s.startsWith(" ") && line.length() > 0 && line.charAt(line.length() - 1) == ' ') {
                s = s.substring(1);
            }
            line.append(s);
        }

        void lineBreak() {
            if (pendingBreak) {
                paragraph();
            } else if (line.length() > 0) {
                pendingBreak = true;
            }
        }

        private void trimEnd() {
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            line.setLength(end);
        }

        void paragraph() {
            pendingBreak = false;
            trimEnd();
            String p = line.toString().strip();
            if (!p.isEmpty()) {
                done.add(LINE_START.matcher(p).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                        + (m.group(2) != null ? "\\" + m.group(2) : m.group(3) + "\\" + m.group(4)))));
            }
            line = new StringBuilder();
        }

        void block(String b) {
            paragraph();
            if (!b.isBlank()) {
                done.add(b);
            }
        }

        String text(String separator) {
            paragraph();
            return String.join(separator, done);
        }
    }

    private static void walk(Node node, Blocks out) {
        if (node instanceof TextNode t) {
            text(t.getWholeText(), out);
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (DROPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "br" -> out.lineBreak();
            case "strong", "b" -> wrap(e, "**", out);
            case "em", "i" -> wrap(e, "*", out);
            case "code", "tt", "kbd", "samp" -> out.inline(codeSpan(e.wholeText()));
            case "a" -> link(e, out);
            case "pre" -> out.block(fence(e.wholeText()));
            case "ul", "ol" -> out.block(list(e, tag.equals("ol")));
            case "img" -> out.inline(escape(e.attr("alt")));
            default -> {
                boolean block = BLOCKS.contains(tag) || tag.equals("li");
                if (block) {
                    out.paragraph();
                }
                e.childNodes().forEach(c -> walk(c, out));
                if (block) {
                    out.paragraph();
                }
            }
        }
    }

    /** Text as HTML shows it (runs of spaces are one), except that a blank line in the text is a new paragraph and a line end a line break. */
    private static void text(String raw, Blocks out) {
        String[] paragraphs = raw.split("\n[ \t\u000B\f]*\n\\s*", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.paragraph();
            }
            String[] lines = paragraphs[p].split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) {
                    out.lineBreak();
                }
                out.inline(escape(lines[l].replaceAll("[ \t\u000B\f]+", " ")));
            }
        }
    }

    /** Emphasis around the element's text, with its outer spaces moved outside the markers (as CommonMark needs). */
    private static void wrap(Element e, String marker, Blocks out) {
        String inner = inlineText(e);
        String core = inner.strip();
        if (core.isEmpty()) {
            out.inline(inner.isEmpty() ? "" : " ");
            return;
        }
        String lead = inner.startsWith(" ") ? " " : "";
        String trail = inner.endsWith(" ") ? " " : "";
        out.inline(lead + marker + core + marker + trail);
    }

    private static void link(Element e, Blocks out) {
        String href = e.attr("href").strip();
        String inner = inlineText(e).strip();
        if (!SAFE_LINK.matcher(href).matches()) {
            out.inline(inner);
            return;
        }
        String target = href.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
        out.inline(inner.isEmpty() ? "<" + target + ">" : "[" + inner + "](" + target + ")");
    }

    /** The element's content as one line of inline Markdown (nested blocks become spaces). */
    private static String inlineText(Element e) {
        Blocks inner = new Blocks();
        e.childNodes().forEach(c -> walk(c, inner));
        String text = inner.text(" ").replace("\\\n", " ").replace('\n', ' ');
        String raw = e.wholeText();
        String lead = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) ? " " : "";
        String trail = !raw.isEmpty() && Character.isWhitespace(raw.charAt(raw.length() - 1)) ? " " : "";
        return text.isEmpty() ? lead : lead + text + trail;
    }

    private static String list(Element list, boolean ordered) {
        List<String> items = new ArrayList<>();
        int number = 1;
        for (Element li : list.children()) {
            Blocks inner = new Blocks();
            if (li.normalName().equals("li")) {
                li.childNodes().forEach(c -> walk(c, inner));
            } else {
                walk(li, inner);
            }
            String body = itemText(inner);
            if (body.isBlank()) {
                continue;
            }
            String marker = ordered ? (number++) + ". " : "- ";
            String indent = " ".repeat(marker.length());
            items.add(marker + body.replace("\n", "\n" + indent).replaceAll("(?m)^ +$", ""));
        }
        return String.join("\n", items);
    }

    /** A list item's blocks: a nested list follows its text directly (a tight list), a second paragraph after a blank line. */
    private static String itemText(Blocks inner) {
        inner.paragraph();
        StringBuilder sb = new StringBuilder();
        for (String b : inner.done) {
            if (sb.length() > 0) {
                sb.append(b.startsWith("- ") || b.matches("(?s)\\d+\\. .*") ? "\n" : "\n\n");
            }
            sb.append(b);
        }
        return sb.toString();
    }

    private static String codeSpan(String code) {
        String c = code.replace('\n', ' ');
        if (c.isBlank()) {
            return "";
        }
        int longest = longestRun(c, '`');
        String ticks = "`".repeat(longest + 1);
        String pad = c.startsWith("`") || c.endsWith("`") ? " " : "";
        return ticks + pad + c + pad + ticks;
    }

    private static String fence(String code) {
        String c = code.replaceAll("^\n", "").stripTrailing();
        if (c.isBlank()) {
            return "";
        }
        String ticks = "`".repeat(Math.max(3, longestRun(c, '`') + 1));
        return ticks + "\n" + c + "\n" + ticks;
    }

    private static int longestRun(String s, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /** Text that reads back as itself: CommonMark's inline punctuation escaped. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>&~|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
