package herald.render;

import herald.model.TextChars;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A shields-style badge ("status | operational") as SVG, written with StAX, with an accessible title. */
public final class Badge {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String SVG = "http://www.w3.org/2000/svg";

    private Badge() {
    }

    /** Approximate width of text in 11px Verdana, as shields.io sizes its badges. */
    static int textWidth(String s) {
        double w = 0;
        for (char c : s.toCharArray()) {
            w += "ijlt.,:;|!'".indexOf(c) >= 0 ? 3.5 : "mwMW".indexOf(c) >= 0 ? 10.5 : Character.isUpperCase(c) ? 7.5 : c == ' ' ? 3.9 : 6.8;
        }
        return (int) Math.ceil(w);
    }

    /**
     * @param color a dark enough background for white text (WCAG AA), e.g. the theme's state colour
     */
    public static String svg(String label, String value, String color, String title) throws RenderException {
        int lw = textWidth(label) + 12;
        int vw = textWidth(value) + 12;
        int width = lw + vw;
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartElement("svg");
            w.writeDefaultNamespace(SVG);
            w.writeAttribute("width", Integer.toString(width));
            w.writeAttribute("height", "20");
            w.writeAttribute("role", "img");
            w.writeAttribute("aria-label", title);
            w.writeStartElement("title");
            w.writeCharacters(title);
            w.writeEndElement();
            rect(w, 0, lw, "#555555");
            rect(w, lw, vw, color);
            w.writeStartElement("g");
            w.writeAttribute("fill", "#ffffff");
            w.writeAttribute("font-family", "Verdana,Geneva,DejaVu Sans,sans-serif");
            w.writeAttribute("font-size", "11");
            w.writeAttribute("text-anchor", "middle");
            text(w, lw / 2.0, label);
            text(w, lw + vw / 2.0, value);
            w.writeEndElement();
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException e) {
            throw new RenderException("badge output failed: " + e.getMessage());
        }
        return TextChars.replaceForbidden(out.append('\n').toString(), true); // no character XML 1.0 forbids
    }

    private static void rect(XMLStreamWriter w, int x, int width, String fill) throws XMLStreamException {
        w.writeEmptyElement("rect");
        w.writeAttribute("x", Integer.toString(x));
        w.writeAttribute("width", Integer.toString(width));
        w.writeAttribute("height", "20");
        w.writeAttribute("fill", fill);
    }

    private static void text(XMLStreamWriter w, double x, String s) throws XMLStreamException {
        w.writeStartElement("text");
        w.writeAttribute("x", String.format(java.util.Locale.ROOT, "%.1f", x));
        w.writeAttribute("y", "14");
        w.writeCharacters(s);
        w.writeEndElement();
    }
}
