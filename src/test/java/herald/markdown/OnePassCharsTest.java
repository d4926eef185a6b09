package herald.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import herald.model.TextChars;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The checks for refused characters that run in one pass with other work: the plain-paragraph
 * shortcut refuses every text TextChars refuses (it used to scan the text for them first), and
 * TextChars' String loop answers as its CharSequence loop does; on generated texts mixing plain
 * words, line ends, spaces, syntax, control characters, separators, noncharacters and whole and
 * half surrogate pairs.
 */
class OnePassCharsTest {
    private static final List<String> PIECES = List.of("We are looking", " ", "  ", "\n", "\n\n", "    ", "São", "é", "\u00A0", "-",
            "1.", "\u0007", "\u001F", "\u007F", "\u0085", "\u009F", "\t", "\r", "\u2028", "\u2029", "\uFFFE", "\uFFFF", "\uFDD0",
            "\uD83D\uDE00", "\uD83D", "\uDE00", "\uD83F\uDFFE", "*", "[x]", "&", "\"");
    private static final int TEXTS = 2000;

    /** Generated text number {@code seed}: up to 30 pieces (seeded, so a failure replays). */
    private static String text(long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(31); n > 0; n--) {
            b.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return b.toString();
    }

    @Test
    void theShortcutRefusesWhatTextCharsRefuses() {
        for (long seed = 0; seed < TEXTS; seed++) {
            String text = text(seed);
            if (TextChars.firstForbidden(text, 0) >= 0) {
                long replay = seed;
                assertNull(Markdown.plainParagraphs(text), () -> "seed " + replay + ": shortcut taken for " + text.codePoints().boxed().toList());
            }
        }
    }

    @Test
    void theStringLoopAnswersAsTheCharSequenceLoop() {
        for (long seed = 0; seed < TEXTS; seed++) {
            String text = text(seed);
            for (int from = 0; from <= text.length(); from += 3) {
                assertEquals(charSequenceLoop(new StringBuilder(text), from), TextChars.firstForbidden(text, from), "seed " + seed);
            }
        }
    }

    /** The loop TextChars had for any CharSequence, before it read Strings only: the reference. */
    private static int charSequenceLoop(CharSequence s, int from) {
        int n = s.length();
        for (int i = from; i < n; ) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                i++;
                continue;
            }
            int cp = Character.codePointAt(s, i);
            if (!TextChars.allowed(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
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
