package herald.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import herald.model.TextChars;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The checks for refused characters that run in one pass with other work: the plain-paragraph
 * shortcut refuses every text TextChars refuses (it used to scan the text for them first), and
 * TextChars' String loop answers as its CharSequence loop does; on generated texts mixing plain
 * words, line ends, spaces, syntax, control characters, separators, noncharacters and whole and
 * half surrogate pairs.
 */
class OnePassCharsTest {
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("We are looking", " ", "  ", "\n", "\n\n", "    ", "São", "é", "\u00A0", "-", "1.",
                "\u0007", "\u001F", "\u007F", "\u0085", "\u009F", "\t", "\r", "\u2028", "\u2029", "\uFFFE", "\uFFFF", "\uFDD0",
                "\uD83D\uDE00", "\uD83D", "\uDE00", "\uD83F\uDFFE", "*", "[x]", "&", "\"");
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void theShortcutRefusesWhatTextCharsRefuses(@ForAll("texts") String text) {
        if (TextChars.firstForbidden(text, 0) >= 0) {
            assertNull(Markdown.plainParagraphs(text), () -> "shortcut taken for " + text.codePoints().boxed().toList());
        }
    }

    @Property(tries = 2000)
    void theStringLoopAnswersAsTheCharSequenceLoop(@ForAll("texts") String text) {
        for (int from = 0; from <= text.length(); from += 3) {
            assertEquals(TextChars.firstForbidden(new StringBuilder(text), from), TextChars.firstForbidden(text, from));
        }
    }

    @Test
    void aRefusedCharacterInPlainWordsStopsTheShortcut() {
        assertEquals("<p>We are looking</p>", Markdown.plainParagraphs("We are looking"));
        assertNull(Markdown.plainParagraphs("We are \u0007looking"));
        assertNull(Markdown.plainParagraphs("We are looking \uD83D"));
        assertNull(Markdown.plainParagraphs("We \uFDD0 are"));
        assertEquals("<p>We are \uD83D\uDE00</p>", Markdown.plainParagraphs("We are \uD83D\uDE00"));
    }
}
