package herald.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The API's plain text keeps the blocks of the Markdown apart (issue 14: "the API loses paragraph breaks"). */
class PlainTextTest {
    @Test
    void plainParagraphsStayApart() {
        assertEquals("We are investigating.\n\nNext update in 15 minutes.",
                Markdown.toPlainText("We are investigating.\n\nNext update\nin 15 minutes.\n"));
    }

    @Test
    void markupIsStrippedAndBlocksStayApart() {
        String md = "**Update:** we *identified* the [cause](https://example.com/x).\n\n- first item\n- second  item\n\nDone.  \nReally.";
        assertEquals("Update: we identified the cause.\n\nfirst item\nsecond item\n\nDone.\nReally.", Markdown.toPlainText(md));
    }

    @Test
    void bothPathsGiveTheSameTextForPlainParagraphs() {
        String md = "One line\nand the next.\n\n   Second paragraph.\n\n\nThird.";
        assertEquals(PlainText.of(Markdown.commonmark(md)), Markdown.toPlainText(md));
        assertEquals("One line and the next.\n\nSecond paragraph.\n\nThird.", Markdown.toPlainText(md));
    }

    @Test
    void rawHtmlStaysEscapedText() {
        assertEquals("<b>bold</b>", Markdown.toPlainText("<b>bold</b>"));
    }
}
