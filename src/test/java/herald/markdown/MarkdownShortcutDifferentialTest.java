package herald.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.fuzz.ContentMutations;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The plain-paragraph shortcut against commonmark alone, on generated bodies: the update bodies of
 * the example content, mutated by the fuzz generator ({@link ContentMutations}) and by Markdown
 * noise (emphasis, code, lists, headings, indentation, hard breaks, HTML, entities, escapes).
 * Wherever the shortcut answers, its HTML equals commonmark's and its plain text equals the text
 * of commonmark's HTML; where it declines, commonmark does the work. Seeded like the fuzz test:
 * {@code -Dherald.markdown.seed=S -Dherald.markdown.count=1} replays input S.
 */
class MarkdownShortcutDifferentialTest {
    static final long DEFAULT_SEED = 20_261_201L;
    static final int DEFAULT_COUNT = 6000;
    private static final Pattern BODY = Pattern.compile("(?m)^ {4}body: \\|\\n((?: {6}.*\\n|\\n)+)");
    private static final String[] NOISE = {"*", "**", "_", "__", "`", "```\n", "# ", "## ", "- ", "* ", "+ ", "1. ", "2) ", "> ",
        "    ", "  \n", "\n\n", "\n", "<b>", "</p>", "&amp;", "&#7;", "&copy;", "\\", "[", "](https://x.example/)", "!", "~~", "|",
        "---\n", "===\n", "\t", "\"", "'", "😀", "<", ">", "&", "=", "#"};

    /** The update bodies of the example content, as the loader reads them (indentation removed). */
    static List<String> bodiesOfTheExample(ContentMutations m) {
        List<String> out = new ArrayList<>();
        for (String text : m.originals().values()) {
            Matcher b = BODY.matcher(text);
            while (b.find()) {
                out.add(b.group(1).replaceAll("(?m)^ {6}", ""));
            }
        }
        return out;
    }

    /** The problem with one body, or null when the shortcut declines or agrees with commonmark. */
    static String compare(String body) {
        String shortcut = Markdown.plainParagraphs(body);
        if (shortcut == null) {
            return null;
        }
        String library = Markdown.commonmark(body);
        if (!shortcut.equals(library)) {
            return "HTML differs:\n--- commonmark\n" + library + "\n--- shortcut\n" + shortcut;
        }
        String text = Markdown.toPlainText(body);
        String libraryText = PlainText.of(library);
        return text.equals(libraryText) ? null : "plain text differs:\n--- commonmark\n" + libraryText + "\n--- shortcut\n" + text;
    }

    @Test
    void theShortcutAgreesWithCommonmarkOnGeneratedBodies() {
        long seed = Long.getLong("herald.markdown.seed", DEFAULT_SEED);
        int count = Integer.getInteger("herald.markdown.count", DEFAULT_COUNT);
        ContentMutations mutations = ContentMutations.ofExample();
        List<String> bodies = bodiesOfTheExample(mutations);
        assertTrue(bodies.size() > 40, "the example has " + bodies.size() + " update bodies");
        int shortcut = 0;
        for (int i = 0; i < count; i++) {
            SplittableRandom r = new SplittableRandom(seed + i);
            List<String> steps = new ArrayList<>();
            String body = bodies.get(r.nextInt(bodies.size()));
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                if (r.nextBoolean()) {
                    body = mutations.mutateText(body, r, steps, "body");
                } else {
                    int at = r.nextInt(body.length() + 1);
                    String noise = NOISE[r.nextInt(NOISE.length)];
                    steps.add("insert " + noise.replace("\n", "\\n") + " at " + at);
                    body = body.substring(0, at) + noise + body.substring(at);
                }
            }
            String input = body;
            long s = seed + i;
            String problem = compare(input);
            assertEquals(null, problem, () -> "seed " + s + " (-Dherald.markdown.seed=" + s + " -Dherald.markdown.count=1): "
                    + String.join("; ", steps) + "\n" + problem + "\n--- input\n" + input);
            if (Markdown.plainParagraphs(input) != null) {
                shortcut++;
            }
        }
        if (count >= 1000) {
            // the comparison means something only if the shortcut answers often
            assertTrue(shortcut > count / 6, "the shortcut took too few inputs to compare: " + shortcut + " of " + count);
        }
    }
}
