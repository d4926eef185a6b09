package herald.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The common-words file is searched by bisection, so each section must stay sorted; the answers equal a set's. */
class CommonWordsTest {
    private static Set<String> reference() throws IOException {
        Set<String> words = new HashSet<>();
        try (InputStream in = CommonWords.class.getResourceAsStream("common-words.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
        }
        return words;
    }

    @Test
    void everySectionIsSortedLowerCaseLettersOnly() {
        List<List<String>> sections = CommonWords.sections();
        assertTrue(sections.size() >= 1);
        int total = 0;
        for (List<String> words : sections) {
            for (int i = 0; i < words.size(); i++) {
                assertTrue(words.get(i).matches("[a-z]+"), words.get(i));
                if (i > 0) {
                    assertTrue(words.get(i - 1).compareTo(words.get(i)) < 0, words.get(i - 1) + " before " + words.get(i));
                }
            }
            total += words.size();
        }
        assertTrue(total > 39_000, "words: " + total);
    }

    @Test
    void itAnswersAsASetOfTheFilesWordsWould() throws IOException {
        Set<String> reference = reference();
        for (String w : reference) {
            assertTrue(CommonWords.contains(w), w);
            assertTrue(CommonWords.contains(w.toUpperCase(java.util.Locale.ROOT)), w);
        }
        for (String w : reference) {
            for (String near : List.of(w + "x", w.substring(1), w + "-v7", "a" + w)) {
                assertEquals(reference.contains(near), CommonWords.contains(near), near);
            }
        }
        assertTrue(CommonWords.contains("Pointer"));
        assertFalse(CommonWords.contains("answers-v7"));
        assertFalse(CommonWords.contains(""));
    }
}
