package herald.render;

import herald.markdown.Markdown;
import herald.model.TextChars;
import herald.model.TimeFormats;
import herald.derive.SiteView;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * RSS 2.0, Atom and the sitemap, written with a StAX writer (XML escaping is the writer's job,
 * never ours); no character that XML 1.0 forbids can reach the output. Every text field of a feed
 * (titles and descriptions of the feed and of each item) carries HTML, escaped plain text or the
 * sanitized update, because readers render RSS text as HTML: a title is never live markup.
 */
public final class XmlOutput {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter RFC_822 = TimeFormats.RFC_822;
    private static final DateTimeFormatter RFC_3339 = TimeFormats.ISO_UTC;

    private XmlOutput() {
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String document(Body body) throws RenderException {
        StringWriter out = new StringWriter(16384);
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new RenderException("XML output failed: " + e.getMessage());
        }
        // the writer escapes markup but passes any character through: none that XML 1.0 forbids may leave
        return TextChars.replaceForbidden(out.append('\n').toString(), true);
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }

    public static String rss(SiteView.Feed feed, String baseUrl, String language) throws RenderException {
        return document(w -> {
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", ATOM);
            w.writeCharacters("\n");
            w.writeStartElement("channel");
            w.writeCharacters("\n");
            element(w, "title", Markdown.escape(feed.title()));
            element(w, "link", feed.pageUrl());
            element(w, "description", Markdown.escape(feed.description()));
            element(w, "language", language);
            element(w, "lastBuildDate", RFC_822.format(feed.updated()));
            w.writeEmptyElement("atom", "link", ATOM);
            w.writeAttribute("href", baseUrl + feed.rssPath());
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            w.writeCharacters("\n");
            for (SiteView.FeedItem item : feed.items()) {
                w.writeStartElement("item");
                element(w, "title", Markdown.escape(item.title()));
                element(w, "link", item.link());
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", "false");
                w.writeCharacters(item.guid());
                w.writeEndElement();
                element(w, "pubDate", RFC_822.format(item.published()));
                element(w, "description", item.html());
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    public static String atom(SiteView.Feed feed, String baseUrl, String author) throws RenderException {
        return document(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            w.writeCharacters("\n");
            html(w, "title", Markdown.escape(feed.title()));
            html(w, "subtitle", Markdown.escape(feed.description()));
            element(w, "id", baseUrl + feed.atomPath());
            element(w, "updated", RFC_3339.format(feed.updated()));
            link(w, "self", baseUrl + feed.atomPath(), "application/atom+xml");
            link(w, "alternate", feed.pageUrl(), "text/html");
            w.writeStartElement("author");
            element(w, "name", author);
            w.writeEndElement();
            w.writeCharacters("\n");
            for (SiteView.FeedItem item : feed.items()) {
                w.writeStartElement("entry");
                html(w, "title", Markdown.escape(item.title()));
                element(w, "id", item.atomId());
                element(w, "published", RFC_3339.format(item.published()));
                element(w, "updated", RFC_3339.format(item.published()));
                link(w, "alternate", item.link(), "text/html");
                html(w, "content", item.html());
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
        });
    }

    /** An Atom text construct that says it holds HTML, as every feed text field does. */
    private static void html(XMLStreamWriter w, String name, String html) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeAttribute("type", "html");
        w.writeCharacters(html);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
        w.writeAttribute("type", type);
    }

    public static String sitemap(String baseUrl, List<String> paths) throws RenderException {
        return document(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            w.writeCharacters("\n");
            for (String p : paths) {
                w.writeStartElement("url");
                element(w, "loc", baseUrl + p);
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
        });
    }
}
