package herald.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.wording.MarkdownCode.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown code, as the page's renderer reads it: placeholders in code are quoted examples. */
class MarkdownCodeTest {

    @Test
    void aCodeSpanIsMaskedWithItsBackticks() {
        String text = "Point the CNAME at `<project>.admin.datocms.com` again.";
        assertEquals(List.of(new Range(19, 48)), MarkdownCode.ranges(text));
        assertEquals("Point the CNAME at                               again.", MarkdownCode.mask(text));
        assertTrue(MarkdownCode.inCode(text, text.indexOf("<project>")));
        assertFalse(MarkdownCode.inCode(text, text.indexOf("again")));
    }

    @Test
    void aFencedBlockIsMaskedLineByLineAndKeepsItsLineEnds() {
        String text = "Run this:\n\n```\ncurl https://<host>/x\n```\nNext update at <time>.";
        assertEquals("Run this:\n\n   \n                     \n   \nNext update at <time>.", MarkdownCode.mask(text));
    }

    @Test
    void anIndentedBlockIsCode() {
        String text = "Example:\n\n    TODO: <component>\n\nDone.";
        assertEquals("Example:\n\n                     \n\nDone.", MarkdownCode.mask(text));
    }

    @Test
    void doubleBackticksHoldASingleOne() {
        assertEquals(List.of(new Range(4, 16)), MarkdownCode.ranges("Use `` a`<b>c ``."));
    }

    @Test
    void anUnclosedBacktickIsNotCode() {
        String text = "x `unclosed <component>";
        assertEquals(List.of(), MarkdownCode.ranges(text));
        assertEquals(text, MarkdownCode.mask(text));
    }

    @Test
    void textWithoutCodeIsNotParsed() {
        assertFalse(MarkdownCode.mayHoldCode("We are investigating issues with <component>.\n  indented by two"));
        assertEquals(List.of(), MarkdownCode.ranges(null));
    }
}
