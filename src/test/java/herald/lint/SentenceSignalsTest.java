package herald.lint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.wording.WordingTexts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * wording-eta's sentences as bounds, and their signals from one scan of the plain text: on
 * generated text, the bounds cut out exactly the sentences the old split returned (kept here as
 * the reference), and each sentence's signals are those of a scan of that sentence alone.
 */
class SentenceSignalsTest {

    @Test
    void boundsAreTheOldSentencesAndEachSignalIsTheSentencesOwnScan() {
        for (long seed = 0; seed < 3000; seed++) {
            String plain = Wording.plain(WordingTexts.text(seed, 40));
            int[] bounds = Wording.sentenceBounds(plain);
            List<String> sentences = new ArrayList<>();
            for (int k = 0; k < bounds.length; k += 2) {
                sentences.add(plain.substring(bounds[k], bounds[k + 1]));
            }
            assertEquals(oldSentences(plain), sentences, "seed " + seed);
            long[] each = Wording.SCAN.scanEach(plain, bounds);
            for (int k = 0; k < each.length; k++) {
                String sentence = sentences.get(k);
                assertEquals(Wording.SCAN.scan(sentence, 0, sentence.length()), each[k], "seed " + seed + ", sentence " + k);
            }
        }
    }

    @Test
    void aBlankLineAndAListItemBreakSentences() {
        String plain = "We are on it.  Next update at 14:55 UTC.\n\n- Workaround: reload\n- Exports work ";
        assertArrayEquals(new int[] {0, 13, 15, 40, 42, 62, 65, 77}, Wording.sentenceBounds(plain));
        assertEquals(List.of("We are on it.", "Next update at 14:55 UTC.", "- Workaround: reload", "Exports work"), oldSentences(plain));
    }

    // ------------------------------------------------ Wording.sentences as it was (the reference)

    private static List<String> oldSentences(String plain) {
        List<String> out = new ArrayList<>();
        char[] cs = plain.toCharArray();
        int n = cs.length;
        int from = 0;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            int cut = -1;
            int next = -1;
            if ((c == '.' || c == '!' || c == '?') && i + 1 < n && Character.isWhitespace(cs[i + 1])) {
                int j = i + 1;
                while (j < n && Character.isWhitespace(cs[j])) {
                    j++;
                }
                if (j < n && startsSentence(cs[j]) || j == n) {
                    cut = i + 1;
                    next = j;
                }
            } else if (c == '\n') {
                int j = i + 1;
                while (j < n && (cs[j] == ' ' || cs[j] == '\t')) {
                    j++;
                }
                if (j < n && cs[j] == '\n') {
                    cut = i;
                    next = j + 1;
                } else if (j + 1 < n && (cs[j] == '-' || cs[j] == '*') && cs[j + 1] == ' ') {
                    cut = i;
                    next = j + 2;
                }
            }
            if (cut >= 0) {
                add(out, plain, from, cut);
                from = next;
                i = next;
            } else {
                i++;
            }
        }
        add(out, plain, from, n);
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '\u201c' || c == '(';
    }

    private static void add(List<String> out, String s, int from, int to) {
        if (from < to) {
            String part = s.substring(from, to).strip();
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
    }

    @Test
    void eachRangeIsScannedAsIfNothingCameBeforeOrAfterIt() {
        // sentence bounds always sit at white space, so the generated texts cannot show a range that leaks its context
        assertArrayEquals(new long[] {Wording.SCAN.scan("will", 0, 4), Wording.SCAN.scan("h", 0, 1)},
                Wording.SCAN.scanEach("xwill hh", new int[] {1, 5, 6, 7}));
    }
}
