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
}
