package herald.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The detectors over GitHub's 3,233 real updates: the new wording-internal fires exactly on the
 * reviewed list (each row with a verdict), and every offset any detector reports points at the
 * words it quotes.
 */
class RealTextTest {
    private static final Path REVIEWED = Path.of("src/test/resources/real/github/wording-internal-reviewed.tsv");
    private static final List<RealUpdate> UPDATES = RealUpdate.fromJsonLines(RealUpdate.UPDATES);

    @Test
    void wordingInternalOnRealGitHubUpdatesMatchesTheReviewedList() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(REVIEWED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            assertEquals(4, cols.length, "key, matched, source, verdict: " + line);
            assertTrue(cols[3].startsWith("right"), "a reviewed finding that is not right is a bug to fix, not a row: " + line);
            expected.add(cols[0] + "\t" + cols[1] + "\t" + cols[2]);
        }
        List<String> actual = new ArrayList<>();
        for (RealUpdate u : UPDATES) {
            for (Exposure e : InternalExposure.find(u.body(), InternalVocabulary.NONE)) {
                actual.add(u.key() + "\t" + e.matched() + "\t" + e.source());
            }
        }
        assertEquals(3233, UPDATES.size());
        assertEquals(expected, actual, "wording-internal on real text changed: review the new findings and update " + REVIEWED);
    }

    @Test
    void everyOffsetPointsAtTheQuotedWords() {
        InternalVocabulary vocabulary = InternalVocabulary.of(List.of("Actions", "git push", "the"), null);
        int checked = 0;
        for (RealUpdate u : UPDATES) {
            String body = u.body();
            for (Exposure e : InternalExposure.find(body, vocabulary)) {
                assertEquals(e.matched(), body.substring(e.start(), e.end()), u.key());
                checked++;
            }
            for (Promise p : CheckpointPromises.find(body, u.at(), ZoneOffset.UTC)) {
                assertEquals(p.quoted(), body.substring(p.start(), p.end()), u.key());
                checked++;
            }
            String masked = MarkdownCode.mask(body);
            assertEquals(body.length(), masked.length(), u.key());
            assertEquals(body.chars().filter(c -> c == '\n').count(), masked.chars().filter(c -> c == '\n').count(), u.key());
        }
        assertTrue(checked > 1000, "the vocabulary terms occur in real text: " + checked);
    }
}
