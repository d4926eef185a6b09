package herald.render;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. commonmark escapes raw HTML and drops unsafe link schemes; the jsoup
 * safelist then removes anything that could still run script or load a third-party resource
 * (images included: the page makes no third-party requests). Configured once, thread-safe.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private Markdown() {
    }

    /** Sanitized HTML for a Markdown text; empty for null. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, "", SAFELIST, COMPACT).strip();
    }

    /** The text users read, without markup: for feeds' plain parts and the Statuspage API. */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.parse(toHtml(markdown)).text();
    }
}
