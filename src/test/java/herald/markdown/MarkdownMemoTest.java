package herald.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The memo gives what Markdown gives, renders a text once while it keeps results, and stops keeping when sealed. */
class MarkdownMemoTest {
    private static final String PLAIN = "We are investigating.\n\nNext update at 14:20 UTC.";
    private static final String MARKUP = "**Update.** See [the notes](https://example.com/notes).\n\n- one\n- two";

    @Test
    void givesWhatMarkdownGives() {
        MarkdownMemo memo = new MarkdownMemo(() -> { });
        for (String text : new String[] {PLAIN, MARKUP, "", "  ", null, "a <b>tag</b> & \"quotes\""}) {
            assertEquals(Markdown.toHtml(text), memo.html(text), () -> "html of " + text);
            assertEquals(Markdown.toPlainText(text), memo.plainText(text), () -> "plain text of " + text);
            assertEquals(Markdown.toHtml(text), memo.html(text), () -> "html again of " + text);
            assertEquals(Markdown.toPlainText(text), memo.plainText(text), () -> "plain text again of " + text);
        }
    }

    @Test
    void rendersEachTextOnceAndThePlainTextReadsTheSameHtml() {
        AtomicInteger rendered = new AtomicInteger();
        MarkdownMemo memo = new MarkdownMemo(rendered::incrementAndGet);
        memo.html(MARKUP);
        memo.html(new String(MARKUP.toCharArray())); // an equal text from another file
        memo.plainText(MARKUP);
        memo.plainText(MARKUP);
        assertEquals(1, rendered.get());
        memo.plainText(PLAIN); // plain sentences need no HTML for their text
        assertEquals(1, rendered.get());
        memo.html(PLAIN);
        assertEquals(2, rendered.get());
    }

    @Test
    void afterTheSealResultsAreGivenButNotKept() {
        AtomicInteger rendered = new AtomicInteger();
        MarkdownMemo memo = new MarkdownMemo(rendered::incrementAndGet);
        memo.html(PLAIN);
        memo.seal();
        assertEquals(Markdown.toHtml(PLAIN), memo.html(PLAIN));
        assertEquals(1, rendered.get(), "kept before the seal");
        assertEquals(Markdown.toHtml(MARKUP), memo.html(MARKUP));
        assertEquals(Markdown.toHtml(MARKUP), memo.html(MARKUP));
        assertEquals(3, rendered.get(), "not kept after it");
    }
}
