package herald.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, defect 3: control characters passed the lint, and the build wrote feeds no XML parser
 * accepts; {@code herald new "Slow\x01answers"} accepted them too. Now every text field refuses
 * them as invalid-value findings, typed, escaped or as a Markdown character reference.
 */
class ControlCharactersTest {
    @TempDir
    Path dir;

    private static final String NOW = "2026-11-27T14:30:00Z";

    private Run lintIncident(String incident) {
        TestSite.write(dir, Fixtures.site(incident));
        Run run = TestSite.run(dir, "lint", "--now", NOW);
        BadInputTest.assertNoStackTrace(run);
        return run;
    }

    /** Every character the issue names and the other kinds of the same family. */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0001", "0007", "000B", "000C", "001B", "007F", "0085", "009F", "FFFE", "FFFF", "FDD0", "2028", "2029"})
    void aTypedControlCharacterIsRefusedWhereItStands(String hex) {
        String c = Character.toString(Integer.parseInt(hex, 16));
        String incident = Fixtures.change(Fixtures.INCIDENT, "title: Slow and incomplete AI answers", "title: Slow" + c + "answers");
        Run run = lintIncident(incident);
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.findings().contains(Fixtures.INCIDENT_PATH + ":2:12: error [invalid-value] U+" + hex + " ("
                + (hex.startsWith("F") ? "a Unicode noncharacter" : hex.startsWith("202") ? "a Unicode " + (hex.equals("2028") ? "line" : "paragraph")
                        + " separator, which YAML reads as a line break" : "a control character" + caret(hex))
                + ") is not allowed in content: it never shows on a page and makes feeds unreadable; delete it"), run.out());
    }

    private static String caret(String hex) {
        int cp = Integer.parseInt(hex, 16);
        return cp < 0x20 ? ", ^" + (char) (cp + 64) : cp == 0x7F ? ", ^?" : "";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "banner     | banner: Some AI answers may be slow      | banner: Some AI\u001banswers may be slow",
        "cause      | cause: A cache key mismatch            | cause: A cache\u000bkey mismatch",
        "owner      | owner: Comms lead                      | owner: Comms\u0085lead",
        "scope      | scope: EU regions, answers API         | scope: EU\u0007regions",
        "effect     | effect: Slow responses and missing     | effect: Slow\u000cresponses and missing",
        "body       | slow responses or missing citations.   | slow\u0001responses or missing citations.",
        "summary    | Between 14:02 and 15:04 UTC            | Between\u007f14:02 and 15:04 UTC",
        "internal   | lambda: divergent                      | lambda: diver\u0002gent",
    })
    void everyTextFieldRefusesThem(String field, String from, String to) {
        String incident = Fixtures.change(Fixtures.INCIDENT, from, to);
        Run run = lintIncident(incident);
        assertEquals(1, run.exitCode(), field + ": " + run.out());
        int bad = to.codePoints().filter(cp -> !herald.model.TextChars.allowed(cp)).findFirst().orElseThrow();
        String badChar = Character.toString(bad);
        String expected = Fixtures.INCIDENT_PATH + ":" + TestSite.lineOf(incident, badChar) + ":" + TestSite.columnOf(incident, badChar)
                + ": error [invalid-value] U+";
        assertTrue(run.findings().stream().anyMatch(f -> f.startsWith(expected)), field + ": " + expected + " in\n" + run.out());
    }

    @Test
    void inSiteYamlToo() {
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE.replace("name: Citations", "name: Cita\u0007tions")
                + "description: \"Status of\\u001b Acme\"\n");
        Run run = TestSite.run(dir, "lint", "--now", NOW);
        assertEquals(List.of(
                "content/site.yaml:9:15: error [invalid-value] U+0007 (a control character, ^G) is not allowed in content: it never"
                        + " shows on a page and makes feeds unreadable; delete it",
                "content/site.yaml:11:14: error [invalid-value] \"description\" holds U+001B (a control character, ^[), written as an"
                        + " escape; such characters never show on a page and make feeds unreadable: remove the escape"),
                run.findings(), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0001", "\\x1b", "\\e", "\\a", "\\0", "\\uFFFE", "\\ud800", "\\r", "\\N"})
    void anEscapeInADoubleQuotedValueIsRefusedAtTheValue(String escape) {
        String incident = Fixtures.change(Fixtures.INCIDENT, "title: Slow and incomplete AI answers",
                "title: \"Slow " + escape + " answers\"");
        Run run = lintIncident(incident);
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.findings().stream().anyMatch(f -> f.startsWith(Fixtures.INCIDENT_PATH + ":2:8: error [invalid-value] \"title\" holds U+")
                && f.endsWith(", written as an escape; such characters never show on a page and make feeds unreadable: remove the escape")),
                run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"&#7;", "&#x1B;", "&#0;", "&#xFFFE;", "&#55296;", "&#x85;"})
    void aMarkdownCharacterReferenceToOneIsRefused(String reference) {
        String incident = Fixtures.change(Fixtures.INCIDENT, "Between 14:02 and 15:04 UTC", "Between " + reference + " 14:02 and 15:04 UTC");
        Run run = lintIncident(incident);
        assertEquals(1, run.exitCode(), run.out());
        int line = TestSite.lineOf(incident, reference);
        assertTrue(run.findings().stream().anyMatch(f -> f.startsWith(Fixtures.INCIDENT_PATH + ":" + line + ":9: error [invalid-value] the character reference "
                + reference + " stands for U+")), run.out());
    }

    /** A finding quotes the value it is about; a line break or an escape sequence in it must not reach the terminal raw. */
    @Test
    void aFindingThatQuotesSuchAValueStaysOneLineOfPlainText() {
        String incident = Fixtures.change(Fixtures.INCIDENT, "severity: S2", "severity: \"S2\\e[31m\\nS3\"");
        Run run = lintIncident(incident);
        assertTrue(run.findings().contains(Fixtures.INCIDENT_PATH + ":3:11: error [invalid-value] \"severity\" is \"S2\\u001B[31m\\u000AS3\""
                + " (did you mean \"S2\"?); use one of: S1, S2, S3, S4"), run.out());
        assertFalse(run.out().contains("\u001b"), "no raw escape character reaches the terminal");
    }

    @Test
    void tabsNewlinesAndOrdinaryUnicodeStayAllowed() {
        String incident = Fixtures.change(Fixtures.INCIDENT, "title: Slow and incomplete AI answers", "title: \"Slow\\tanswers in Zürich 🚀 &#233;\"");
        Run run = lintIncident(incident);
        assertEquals(0, run.exitCode(), run.out());
    }

    @Test
    void aBuildRefusesThemAndWritesNothing() {
        TestSite.write(dir, Fixtures.site(Fixtures.change(Fixtures.INCIDENT, "title: Slow and incomplete AI answers", "title: Slow\u0007answers")));
        Run run = TestSite.build(dir, NOW);
        assertEquals(1, run.exitCode(), run.out());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    /** The authoring commands write what they are given through the same check: refused, nothing written. */
    @Test
    void everyAuthoringCommandRefusesThem() throws IOException {
        TestSite.write(dir, Fixtures.site(Fixtures.INCIDENT
                .replace("  - at: 2026-11-20T15:04:00Z\n    status: resolved\n    owner: Comms lead\n    scope: EU regions, answers API\n"
                        + "    effect: None\n    body: This incident is resolved. Thank you for your patience.\n", "")
                .replace("cause: A cache key mismatch with the new index pointer caused mixed answers.\n", "")
                .replace("postmortem: https://tracker.test.example/PM-123\n", "")));
        byte[] before = Files.readAllBytes(dir.resolve(Fixtures.INCIDENT_PATH));
        String id = "2026-11-20-slow-answers";
        List<List<String>> commands = List.of(
                List.of("new", "Slow\u0001answers", "--severity", "S2", "--components", "answers-api", "--at", "2026-11-20T15:00:00Z"),
                List.of("new", "Slow answers", "--severity", "S2", "--components", "answers-api", "--effect", "slow\u001b[31m red",
                        "--at", "2026-11-20T15:00:00Z"),
                List.of("update", id, "--status", "monitoring", "--body", "Back\u000bto normal.", "--at", "2026-11-20T14:50:00Z"),
                List.of("update", id, "--status", "monitoring", "--owner", "Comms\u0085lead", "--at", "2026-11-20T14:50:00Z"),
                List.of("resolve", id, "--cause", "A cache\u0007key mismatch.", "--at", "2026-11-20T14:50:00Z"),
                List.of("maintenance", "new", "Upgrade\uFFFF", "--components", "answers-api", "--start", "2026-12-01T02:00:00Z",
                        "--end", "2026-12-01T03:00:00Z", "--at", "2026-11-20T15:00:00Z"));
        for (List<String> command : commands) {
            Run run = TestSite.runAt(dir, java.time.Instant.parse("2026-11-20T15:00:00Z"), Map.of(), command.toArray(String[]::new));
            BadInputTest.assertNoStackTrace(run);
            assertEquals(1, run.exitCode(), command + ": " + run.out() + run.err());
            assertTrue(run.out().contains("error [invalid-value]") && run.out().contains("U+"), command + ": " + run.out());
        }
        try (var files = Files.list(dir.resolve("content/incidents"))) {
            assertEquals(List.of(Fixtures.INCIDENT_PATH), files.map(p -> dir.relativize(p).toString()).toList(), "no file was created");
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve(Fixtures.INCIDENT_PATH))), "the incident is unchanged");
        assertFalse(Files.exists(dir.resolve("content/maintenance")) && Files.list(dir.resolve("content/maintenance")).findAny().isPresent());
    }
}
