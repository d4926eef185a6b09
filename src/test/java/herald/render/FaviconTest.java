package herald.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.TestSite;
import herald.derive.SiteView;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * favicon.ico and favicon.svg read back by real decoders: the ICO's directory by its layout, the
 * PNG inside it by ImageIO, the SVG by the JDK's XML parser.
 */
class FaviconTest {
    @TempDir
    Path dir;

    private static SiteView.Favicon favicon(String color, SiteView.Glyph glyph) {
        return new SiteView.Favicon("favicon.svg", "favicon.ico", color, "Test: All systems operational", glyph);
    }

    /** The one image of an ICO file, checked against the directory entry that points at it. */
    private static BufferedImage icoImage(byte[] ico) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, b.getShort(0), "reserved");
        assertEquals(1, b.getShort(2), "type 1: icon");
        assertEquals(1, b.getShort(4), "one image");
        assertEquals(32, b.get(6) & 0xff, "width");
        assertEquals(32, b.get(7) & 0xff, "height");
        assertEquals(1, b.getShort(10), "planes");
        assertEquals(32, b.getShort(12), "bits per pixel");
        int size = b.getInt(14);
        int offset = b.getInt(18);
        assertEquals(22, offset);
        assertEquals(ico.length, offset + size, "the entry's size covers the rest of the file");
        byte[] png = Arrays.copyOfRange(ico, offset, offset + size);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(32, image.getWidth());
        assertEquals(32, image.getHeight());
        return image;
    }

    @Test
    void theIcoHoldsA32PixelPngOfTheStateColourWithAWhiteGlyph() throws IOException {
        BufferedImage image = icoImage(Favicon.ico(favicon("#cf222e", SiteView.Glyph.ALERT)));
        assertEquals(0xffcf222e, image.getRGB(4, 16), "the disc, left of the glyph, is the state colour, opaque");
        assertEquals(0xffffffff, image.getRGB(15, 12), "the exclamation mark's bar is white");
        assertEquals(0, image.getRGB(0, 0) >>> 24, "the corner outside the disc is transparent");
    }

    @Test
    void eachGlyphLeavesTheDiscCentreOrItsBarWhite() throws IOException {
        assertEquals(0xffffffff, icoImage(Favicon.ico(favicon("#8250df", SiteView.Glyph.PAUSE))).getRGB(12, 16));
        assertEquals(0xff8250df, icoImage(Favicon.ico(favicon("#8250df", SiteView.Glyph.PAUSE))).getRGB(16, 16), "between the bars");
        assertEquals(0xffffffff, icoImage(Favicon.ico(favicon("#1a7f37", SiteView.Glyph.CHECK))).getRGB(14, 20));
        assertEquals(0xffffffff, icoImage(Favicon.ico(favicon("#0969da", SiteView.Glyph.INFO))).getRGB(15, 18));
    }

    @Test
    void theSvgIsADiscOfTheStateColourWithAnAccessibleTitle() throws Exception {
        String svg = Favicon.svg(favicon("#1a7f37", SiteView.Glyph.CHECK));
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("0 0 32 32", root.getAttribute("viewBox"));
        assertEquals("Test: All systems operational", root.getElementsByTagName("title").item(0).getTextContent());
        Element disc = (Element) root.getElementsByTagName("circle").item(0);
        assertEquals("#1a7f37", disc.getAttribute("fill"));
        assertEquals(2, root.getElementsByTagName("line").getLength(), "the check mark's two strokes");
    }

    @Test
    void theBuiltSitesFaviconShowsTheOverallState() throws Exception {
        Path site = TestSite.buildExample(dir); // the example is partially degraded at its time
        BufferedImage image = icoImage(Files.readAllBytes(site.resolve("favicon.ico")));
        assertEquals(0xff9a6700, image.getRGB(4, 16));
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(site.resolve("favicon.svg").toFile());
        assertEquals("#9a6700", ((Element) doc.getElementsByTagName("circle").item(0)).getAttribute("fill"));
        assertEquals("Acme Status: Partially degraded service", doc.getElementsByTagName("title").item(0).getTextContent());
    }
}
