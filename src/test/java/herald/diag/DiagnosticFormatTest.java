package herald.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticFormatTest {
    private static final List<Diagnostic> TWO = List.of(
            new Diagnostic("content/b.md", 3, 1, Level.WARNING, Rule.WORDING_ETA, "promises 100%, a: b\nnext"),
            new Diagnostic("content/a,x.md", 31, 5, Level.ERROR, Rule.CADENCE_GAP, "34m between updates"));

    private static String print(DiagnosticFormat format) {
        StringWriter s = new StringWriter();
        format.print(TWO.stream().sorted().toList(), 14, new PrintWriter(s, true));
        return s.toString();
    }

    /** One line per finding: a line break in a message (a quoted value) is written as an escape. */
    @Test
    void text() {
        assertEquals("""
                content/a,x.md:31:5: error [cadence-gap] 34m between updates
                content/b.md:3:1: warning [wording-eta] promises 100%, a: b\\u000Anext
                1 error, 1 warning in 14 files
                """, print(DiagnosticFormat.TEXT));
    }

    @Test
    void githubEscapesDataAndProperties() {
        assertEquals("""
                ::error file=content/a%2Cx.md,line=31,col=5,title=cadence-gap::34m between updates
                ::warning file=content/b.md,line=3,col=1,title=wording-eta::promises 100%25, a: b%0Anext
                1 error, 1 warning in 14 files
                """, print(DiagnosticFormat.GITHUB));
    }

    @Test
    void json() {
        assertEquals("{\"diagnostics\":[{\"file\":\"content/a,x.md\",\"line\":31,\"column\":5,\"level\":\"error\",\"rule\":\"cadence-gap\",\"message\":\"34m between updates\"},"
                + "{\"file\":\"content/b.md\",\"line\":3,\"column\":1,\"level\":\"warning\",\"rule\":\"wording-eta\",\"message\":\"promises 100%, a: b\\nnext\"}],"
                + "\"errors\":1,\"warnings\":1}\n", print(DiagnosticFormat.JSON));
    }

    @Test
    void gitlabCodeQualityReport() throws Exception {
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(print(DiagnosticFormat.GITLAB));
        assertEquals(2, rows.size());
        assertEquals("{\"description\":\"[cadence-gap] 34m between updates\",\"check_name\":\"cadence-gap\",\"fingerprint\":\""
                + rows.get(0).get("fingerprint").asText() + "\",\"severity\":\"major\",\"location\":{\"path\":\"content/a,x.md\",\"lines\":{\"begin\":31}}}",
                rows.get(0).toString());
        assertEquals("minor", rows.get(1).get("severity").asText());
        assertEquals(3, rows.get(1).at("/location/lines/begin").asInt());
        // the fingerprint is stable, differs per finding, and ignores the line (a moved finding is the same finding)
        assertEquals(64, rows.get(0).get("fingerprint").asText().length());
        assertEquals(false, rows.get(0).get("fingerprint").equals(rows.get(1).get("fingerprint")));
        StringWriter moved = new StringWriter();
        DiagnosticFormat.GITLAB.print(List.of(new Diagnostic("content/a,x.md", 40, 5, Level.ERROR, Rule.CADENCE_GAP, "34m between updates")), 1,
                new PrintWriter(moved, true));
        assertEquals(rows.get(0).get("fingerprint").asText(),
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(moved.toString()).get(0).get("fingerprint").asText());
    }

    @Test
    void gitlabKeepsRepeatedFindingsApart() throws Exception {
        StringWriter s = new StringWriter();
        DiagnosticFormat.GITLAB.print(List.of(
                new Diagnostic("content/a.md", 10, 3, Level.ERROR, Rule.UNFILLED_PLACEHOLDER, "TODO left in the text"),
                new Diagnostic("content/a.md", 20, 3, Level.ERROR, Rule.UNFILLED_PLACEHOLDER, "TODO left in the text")), 1,
                new PrintWriter(s, true));
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(s.toString());
        assertEquals(false, rows.get(0).get("fingerprint").equals(rows.get(1).get("fingerprint")), s.toString());
    }

    @Test
    void ruleIdsAreExactlyTheSpecTablePlusTheEvidenceRules() {
        assertEquals(List.of("yaml-syntax", "required-field", "unknown-field", "invalid-value", "timestamp-offset", "timestamp-order",
                "future-update", "unknown-component", "duplicate-id", "first-update-late", "cadence-gap", "checkpoint-missed",
                "checkpoint-too-far", "checkpoint-mismatch", "update-overdue", "after-resolved", "resolved-missing-cause", "postmortem-missing",
                "banner-missing", "banner-too-long", "state-severity-mismatch", "wording-eta", "wording-internal", "unfilled-placeholder",
                "backdated-update", "roles-missing"),
                java.util.Arrays.stream(Rule.values()).map(Rule::id).toList());
        assertEquals(List.of("update-overdue", "wording-eta", "backdated-update", "roles-missing"),
                java.util.Arrays.stream(Rule.values()).filter(r -> r.level() == Level.WARNING).map(Rule::id).toList());
    }
}
