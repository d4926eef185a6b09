package herald.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.model.TextChars;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What every built site must hold to, checked with real parsers: every XML and SVG file parses
 * with the JDK's XML parser, every JSON file with Jackson, the calendar with ical4j; none carries
 * a character {@link TextChars} rules out; and no link anywhere (HTML attributes, feed links and
 * the HTML inside feed items, sitemap locations, URL fields of the JSON, the calendar's URLs) has a
 * scheme other than http, https or mailto. Returns the problems found, one line each.
 */
public final class OutputChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "cite", "poster", "data",
            "xlink:href", "background", "srcset", "ping");

    private OutputChecks() {
    }

    public static List<String> check(Path site) throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = site.relativize(p).toString().replace('\\', '/');
                if (name.endsWith(".ico")) { // the one binary output: an icon directory with a PNG that decodes
                    checkIcon(name, Files.readAllBytes(p), problems);
                    continue;
                }
                String text = Files.readString(p, StandardCharsets.UTF_8);
                try {
                    checkFile(name, text, problems);
                } catch (Exception e) {
                    problems.add(name + ": does not parse: " + e);
                }
            }
        }
        return problems;
    }

    private static void checkIcon(String name, byte[] ico, List<String> problems) throws IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(ico).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        if (ico.length < 22 || b.getShort(0) != 0 || b.getShort(2) != 1 || b.getInt(18) + b.getInt(14) != ico.length
                || javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(ico, b.getInt(18), b.getInt(14))) == null) {
            problems.add(name + ": not an icon with a readable PNG");
        }
    }

    private static void checkFile(String name, String text, List<String> problems) throws Exception {
        if (name.endsWith(".xml") || name.endsWith(".svg") || name.endsWith(".rss") || name.endsWith(".atom")) {
            chars(name, text, problems);
            xmlLinks(name, parseXml(text).getDocumentElement(), problems);
        } else if (name.endsWith(".json")) {
            chars(name, text, problems);
            jsonLinks(name, "", JSON.readTree(text), problems);
        } else if (name.endsWith(".ics")) {
            chars(name, text.replace("\r\n", "\n"), problems);
            Calendar cal = new CalendarBuilder().build(new StringReader(text));
            for (VEvent e : cal.<VEvent>getComponents(Component.VEVENT)) {
                e.getProperty(Property.URL).ifPresent(u -> link(name + " URL", u.getValue(), problems));
            }
        } else if (name.endsWith(".html")) {
            htmlLinks(name, Jsoup.parse(text), problems);
        }
    }

    /** Parses XML with the JDK's parser, namespace-aware, refusing a DTD (none of our files has one). */
    public static org.w3c.dom.Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void chars(String name, String text, List<String> problems) {
        int i = TextChars.firstForbidden(text, 0);
        if (i >= 0) {
            problems.add(name + ": holds " + TextChars.describe(text.codePointAt(i)) + " at offset " + i);
        }
    }

    private static void htmlLinks(String where, org.jsoup.nodes.Document doc, List<String> problems) {
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) {
                    link(where + " <" + e.tagName() + " " + a.getKey() + ">", a.getValue(), problems);
                }
                if (a.getKey().equalsIgnoreCase("content") && e.tagName().equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                    String v = a.getValue();
                    int url = v.toLowerCase(Locale.ROOT).indexOf("url=");
                    if (url >= 0) {
                        link(where + " <meta refresh>", v.substring(url + 4), problems);
                    }
                }
            }
        }
    }

    /** Links of RSS, Atom and sitemaps, and the HTML that feed items carry as text. */
    private static void xmlLinks(String where, org.w3c.dom.Element root, List<String> problems) {
        NodeList all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
            String local = e.getLocalName();
            for (String attr : List.of("href", "src")) {
                if (e.hasAttribute(attr)) {
                    link(where + " <" + local + " " + attr + ">", e.getAttribute(attr), problems);
                }
            }
            boolean leaf = e.getElementsByTagNameNS("*", "*").getLength() == 0;
            if (leaf && (local.equals("link") || local.equals("loc") || local.equals("id") && root.getLocalName().equals("feed"))) {
                link(where + " <" + local + ">", e.getTextContent(), problems);
            }
            if (leaf && (local.equals("description") || local.equals("content") || local.equals("title") || local.equals("subtitle"))) {
                htmlLinks(where + " <" + local + "> as HTML", Jsoup.parse(e.getTextContent()), problems);
            }
        }
        if (root.getNodeType() != Node.ELEMENT_NODE) {
            problems.add(where + ": no root element");
        }
    }

    private static void jsonLinks(String where, String key, JsonNode node, List<String> problems) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                jsonLinks(where, e.getKey(), e.getValue(), problems);
            }
        } else if (node.isArray()) {
            node.forEach(n -> jsonLinks(where, key, n, problems));
        } else if (node.isTextual()) {
            String k = key.toLowerCase(Locale.ROOT);
            if (k.contains("url") || k.contains("link") || k.equals("href") || k.equals("$id") || k.equals("$schema")) {
                link(where + " \"" + key + "\"", node.asText(), problems);
            }
        }
    }

    /** A link may be relative or http, https, mailto; browsers drop tabs, newlines and leading blanks before reading the scheme. */
    static void link(String where, String value, List<String> problems) {
        String v = value.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
        var m = SCHEME.matcher(v);
        if (m.find()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
                problems.add(where + ": link with scheme " + scheme + ": " + value);
            }
        }
    }
}
