package herald.render;

import herald.derive.SiteView;
import herald.model.TextChars;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The favicon in two formats from one drawing: a disc in the state's colour with a white glyph on a
 * 32-unit grid, as SVG (written with StAX) and as a 32x32 PNG inside an ICO file for browsers that
 * do not take SVG icons. The PNG is encoded here with the JDK's Deflater and CRC32: ImageIO would
 * load AWT into every build, 0.3-0.7 s of a cold start on the build machine for a 100-byte image.
 */
public final class Favicon {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String SVG = "http://www.w3.org/2000/svg";
    static final int SIZE = 32;
    /** Samples per pixel side when rasterising: 4x4 gives smooth enough edges at 32 px. */
    private static final int SAMPLES = 4;

    private Favicon() {
    }

    /** One piece of the drawing, in grid units: a bar, a dot, or a stroke with round ends. */
    sealed interface Shape permits Bar, Dot, Stroke {
        boolean covers(double x, double y);
    }

    record Bar(double x, double y, double width, double height) implements Shape {
        public boolean covers(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    record Dot(double cx, double cy, double r) implements Shape {
        public boolean covers(double px, double py) {
            return (px - cx) * (px - cx) + (py - cy) * (py - cy) <= r * r;
        }
    }

    record Stroke(double x1, double y1, double x2, double y2, double width) implements Shape {
        public boolean covers(double px, double py) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
            double ex = px - (x1 + t * dx);
            double ey = py - (y1 + t * dy);
            return ex * ex + ey * ey <= width * width / 4;
        }
    }

    private static final Dot DISC = new Dot(16, 16, 15);

    /** The white marks of each glyph. */
    static List<Shape> glyph(SiteView.Glyph g) {
        return switch (g) {
            case CHECK -> List.of(new Stroke(9.5, 16.5, 14, 21, 3.5), new Stroke(14, 21, 22.5, 11.5, 3.5));
            case INFO -> List.of(new Dot(16, 9.5, 2.25), new Bar(14.25, 13.5, 3.5, 10.5));
            case ALERT -> List.of(new Bar(14.25, 7, 3.5, 12), new Dot(16, 23.5, 2.25));
            case PAUSE -> List.of(new Bar(10.5, 9, 4, 14), new Bar(17.5, 9, 4, 14));
        };
    }

    public static String svg(SiteView.Favicon f) throws RenderException {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartElement("svg");
            w.writeDefaultNamespace(SVG);
            w.writeAttribute("viewBox", "0 0 " + SIZE + " " + SIZE);
            w.writeAttribute("width", Integer.toString(SIZE));
            w.writeAttribute("height", Integer.toString(SIZE));
            w.writeAttribute("role", "img");
            w.writeAttribute("aria-label", f.title());
            w.writeStartElement("title");
            w.writeCharacters(f.title());
            w.writeEndElement();
            write(w, DISC, f.color());
            for (Shape s : glyph(f.glyph())) {
                write(w, s, "#ffffff");
            }
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException e) {
            throw new RenderException("favicon output failed: " + e.getMessage());
        }
        return TextChars.replaceForbidden(out.append('\n').toString(), true);
    }

    private static void write(XMLStreamWriter w, Shape s, String fill) throws XMLStreamException {
        if (s instanceof Bar b) {
            w.writeEmptyElement("rect");
            attributes(w, "x", b.x(), "y", b.y(), "width", b.width(), "height", b.height());
            w.writeAttribute("fill", fill);
        } else if (s instanceof Dot d) {
            w.writeEmptyElement("circle");
            attributes(w, "cx", d.cx(), "cy", d.cy(), "r", d.r());
            w.writeAttribute("fill", fill);
        } else if (s instanceof Stroke l) {
            w.writeEmptyElement("line");
            attributes(w, "x1", l.x1(), "y1", l.y1(), "x2", l.x2(), "y2", l.y2(), "stroke-width", l.width());
            w.writeAttribute("stroke", fill);
            w.writeAttribute("stroke-linecap", "round");
        }
    }

    private static void attributes(XMLStreamWriter w, Object... nameValues) throws XMLStreamException {
        for (int i = 0; i < nameValues.length; i += 2) {
            double v = (Double) nameValues[i + 1];
            w.writeAttribute((String) nameValues[i], v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
        }
    }

    /** favicon.ico: an icon directory of one 32x32 entry whose image is a PNG (as ICO allows since Windows Vista). */
    public static byte[] ico(SiteView.Favicon f) {
        byte[] png = png(f);
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, type 1 = icon, one image
        b.put((byte) SIZE).put((byte) SIZE).put((byte) 0).put((byte) 0); // width, height, no palette, reserved
        b.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
        b.putInt(png.length).putInt(6 + 16); // image size, offset of the image
        b.put(png);
        return b.array();
    }

    /** The drawing as a 32x32 RGBA PNG; each pixel's coverage is sampled 4x4 for smooth edges. */
    static byte[] png(SiteView.Favicon f) {
        int rgb = Integer.parseInt(f.color().substring(1), 16);
        List<Shape> marks = glyph(f.glyph());
        ByteArrayOutputStream raw = new ByteArrayOutputStream(SIZE * (SIZE * 4 + 1));
        for (int y = 0; y < SIZE; y++) {
            raw.write(0); // filter type None
            for (int x = 0; x < SIZE; x++) {
                int disc = 0;
                int white = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double px = x + (sx + 0.5) / SAMPLES;
                        double py = y + (sy + 0.5) / SAMPLES;
                        if (DISC.covers(px, py)) {
                            disc++;
                            if (marks.stream().anyMatch(m -> m.covers(px, py))) {
                                white++;
                            }
                        }
                    }
                }
                int coloured = disc - white;
                // within the disc, blend the state colour and white by their share of the samples
                raw.write(disc == 0 ? 0 : mix(rgb >> 16 & 0xff, coloured, white));
                raw.write(disc == 0 ? 0 : mix(rgb >> 8 & 0xff, coloured, white));
                raw.write(disc == 0 ? 0 : mix(rgb & 0xff, coloured, white));
                raw.write(disc * 255 / (SAMPLES * SAMPLES));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(SIZE).putInt(SIZE);
        header.put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0); // 8 bits, RGBA, deflate, no filter, no interlace
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", deflate(raw.toByteArray()));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static int mix(int channel, int coloured, int white) {
        return (channel * coloured + 255 * white) / (coloured + white);
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!d.finished()) {
                out.write(buffer, 0, d.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
