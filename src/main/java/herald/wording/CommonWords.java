package herald.wording;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common English words (SCOWL's small dictionary, 40,000 words of 4+ letters, shipped as a
 * resource): an internal value that is an ordinary word ("pointer", "answers", "Rose") would fire
 * on ordinary prose, so it never counts as a leak. Loaded once, on first use.
 */
final class CommonWords {
    private CommonWords() {
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    static boolean contains(String word) {
        return Holder.WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(65_536);
        try (InputStream in = CommonWords.class.getResourceAsStream("common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-words.txt is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
