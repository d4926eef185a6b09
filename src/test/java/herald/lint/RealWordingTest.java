package herald.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.lint.Wording.Hit;
import herald.lint.Wording.Tense;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wording rules over all 3,233 real updates of GitHub's status page. Every finding is listed
 * in a reviewed golden file: a rule change that adds or drops a finding on real text shows up
 * as a diff to review (re-bless with -Dgolden.update=true after reading it).
 */
class RealWordingTest {
    private static final Path UPDATES = Path.of("src/test/resources/real/github/updates.jsonl");
    private static final Path EXPECTED = Path.of("src/test/resources/real/github/wording-findings.tsv");
    /** Every wording-internal finding on these updates, with a reviewer's verdict (issue 15's definition). */
    private static final Path REVIEWED_INTERNAL = Path.of("src/test/resources/real/github/wording-internal-reviewed.tsv");

    @Test
    void findingsOnRealGitHubWordingMatchTheReviewedList() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> actual = new ArrayList<>();
        int updates = 0;
        for (String line : Files.readAllLines(UPDATES, StandardCharsets.UTF_8)) {
            JsonNode u = json.readTree(line);
            updates++;
            String status = u.path("status").asText();
            Tense tense = status.equals("resolved") || status.equals("postmortem") ? Tense.RETROSPECTIVE : Tense.LIVE;
            for (Hit hit : Wording.check(u.path("body").asText(""), tense, true)) {
                actual.add(u.path("incident").asText() + "\t" + status + "\t" + hit.rule().id() + "\t" + hit.words().replaceAll("\\s+", " "));
            }
        }
        assertEquals(3233, updates);
        String text = String.join("\n", actual) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(EXPECTED, text, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(EXPECTED), "missing " + EXPECTED + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), text,
                "wording findings on real text changed; review the diff, then re-bless with -Dgolden.update=true");
    }

    /**
     * The lint's wording-internal findings on GitHub's text are exactly the hand-reviewed list
     * (incident, matched words), and each row's verdict is "right": a new finding needs a review.
     * Before issue 15 there were 73 of them, all shares of affected requests (user effect).
     */
    @Test
    void wordingInternalOnRealGitHubWordingIsTheReviewedList() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> actual = new ArrayList<>();
        for (String line : Files.readAllLines(UPDATES, StandardCharsets.UTF_8)) {
            JsonNode u = json.readTree(line);
            String status = u.path("status").asText();
            Tense tense = status.equals("resolved") || status.equals("postmortem") ? Tense.RETROSPECTIVE : Tense.LIVE;
            for (Hit hit : Wording.check(u.path("body").asText(""), tense, true)) {
                if (hit.rule() == herald.diag.Rule.WORDING_INTERNAL) {
                    actual.add(u.path("incident").asText() + "@" + u.path("at").asText() + "\t" + hit.words());
                }
            }
        }
        List<String> reviewed = new ArrayList<>();
        for (String row : Files.readAllLines(REVIEWED_INTERNAL, StandardCharsets.UTF_8)) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cols = row.split("\t");
            assertTrue(cols.length >= 4 && cols[3].startsWith("right"), "a reviewed row without a \"right\" verdict: " + row);
            reviewed.add(cols[0] + "\t" + cols[1]);
        }
        assertEquals(reviewed, actual, "wording-internal on real text differs from " + REVIEWED_INTERNAL + "; review each new row");
    }
}
