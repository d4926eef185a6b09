package herald.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imported history (content-format.md, "Imported history"): for each rule it relaxes, the same
 * incident fires it without {@code imported:} and does not with it; the format, timestamp and
 * reference rules fire either way.
 */
class ImportedHistoryLintTest {
    private static final String NOW = "2026-11-27T14:30:00Z";
    private static final String PATH = Fixtures.INCIDENT_PATH;
    private static final String IMPORTED = "imported: {from: statuspage, id: kzmq6m0n0xj3, url: https://stspg.io/abc, at: 2026-11-26T09:00:00Z}\n";
    /** Statuspage's history: no banner, cause, postmortem, roles, owner, scope, effect or next; a 55-minute gap; an ETA. */
    private static final String HISTORY = """
            ---
            title: Slow and incomplete AI answers
            severity: S2
            components: [answers-api, citations]
            triggered: 2026-11-20T14:02:00Z
            updates:
              - at: 2026-11-20T14:30:00Z
                status: investigating
                body: We are investigating slow answers. ETA 15:00 UTC. TODO
              - at: 2026-11-20T15:25:00Z
                status: resolved
                body: This incident has been resolved.
            ---
            """;

    @TempDir
    Path dir;

    private List<String> lint(String incident) {
        TestSite.write(dir, Fixtures.site(incident));
        Run run = TestSite.run(dir, "lint", "--now", NOW);
        return run.findings();
    }

    private static String imported(String incident) {
        return Fixtures.change(incident, "updates:\n", IMPORTED + "updates:\n");
    }

    private static List<String> rules(List<String> findings) {
        return findings.stream().map(f -> f.replaceAll("^.*?\\[([a-z-]+)\\].*$", "$1")).distinct().sorted().toList();
    }

    @Test
    void withoutImportedEveryCommsRuleJudgesTheHistory() {
        assertEquals(List.of("cadence-gap", "first-update-late", "postmortem-missing", "required-field",
                "resolved-missing-cause", "roles-missing", "unfilled-placeholder", "wording-eta"), rules(lint(HISTORY)));
    }

    @Test
    void importedHistoryIsNotJudgedByTheCommsRules() {
        assertEquals(List.of(), lint(imported(HISTORY)));
    }

    @Test
    void anOpenImportedIncidentNeedsNoBannerNorIsOverdue() {
        String open = Fixtures.change(HISTORY, "  - at: 2026-11-20T15:25:00Z\n    status: resolved\n    body: This incident has been resolved.\n", "");
        assertTrue(rules(lint(open)).containsAll(List.of("banner-missing", "update-overdue")), lint(open).toString());
        assertEquals(List.of(), lint(imported(open)));
    }

    @Test
    void anImportedBodyThatAnnouncesAnotherTimeThanNextIsNotJudged() {
        // Statuspage bodies announce their next update in words; an import that kept a next: must not be judged by it
        String promised = Fixtures.change(HISTORY, "    body: We are investigating slow answers. ETA 15:00 UTC. TODO\n",
                "    owner: Comms lead\n    scope: All users\n    effect: Slow answers\n    next: 2026-11-20T14:45:00Z\n"
                        + "    body: We are investigating slow answers. Next update at 15:10 UTC.\n");
        assertTrue(rules(lint(promised)).contains("checkpoint-mismatch"), lint(promised).toString());
        assertFalse(rules(lint(imported(promised))).contains("checkpoint-mismatch"), lint(imported(promised)).toString());
        assertEquals(List.of(), lint(imported(promised)));
    }

    @Test
    void formatTimestampAndReferenceRulesStillApply() {
        String bad = Fixtures.change(Fixtures.change(Fixtures.change(imported(HISTORY), "at: 2026-11-20T15:25:00Z", "at: 2026-11-20T15:25:00"),
                "components: [answers-api, citations]", "components: [answers-api, citatons]"), "status: resolved", "status: resolve");
        List<String> f = lint(bad);
        assertEquals(List.of("invalid-value", "timestamp-offset", "unknown-component"), rules(f), f.toString());
        assertEquals(List.of(), lint(imported(HISTORY)));
    }

    @Test
    void anUpdateStateMayNameOnlyTheEntrysComponents() {
        String bad = Fixtures.change(imported(HISTORY), "    status: investigating\n", "    status: investigating\n    state: {answers-api: major-outage, search: partial-outage}\n");
        assertEquals(List.of(PATH + ":10:48: error [unknown-component] state: names component \"search\", which is not one of this entry's"
                + " components; add it to components: or use one of: answers-api, citations"), lint(bad));
        String ok = Fixtures.change(imported(HISTORY), "    status: investigating\n", "    status: investigating\n    state: {answers-api: major-outage, citations: partial-outage}\n");
        assertEquals(List.of(), lint(ok));
        // citations is in site.yaml but not among this entry's components: a wrong value (unknown-component is for ids site.yaml lacks)
        String other = Fixtures.change(Fixtures.change(imported(HISTORY), "components: [answers-api, citations]", "components: [answers-api]"),
                "    status: investigating\n", "    status: investigating\n    state: {answers-api: major-outage, citations: partial-outage}\n");
        assertEquals(List.of(PATH + ":10:51: error [invalid-value] state: names component \"citations\", which is not one of this entry's"
                + " components; add it to components: or use one of: answers-api"), lint(other));
    }

    @Test
    void oneOriginalIsOneEntry() {
        TestSite.write(dir, Fixtures.site(imported(HISTORY)) + "-- content/incidents/2026-11-21-again.md --\n" + imported(HISTORY));
        List<String> f = TestSite.run(dir, "lint", "--now", NOW).findings();
        assertEquals(List.of("content/incidents/2026-11-21-again.md:6:34: error [duplicate-id] imported id \"kzmq6m0n0xj3\" from statuspage"
                + " is also imported by " + PATH + "; one original is one entry: keep one of the files"), f);
        TestSite.write(dir, "-- content/incidents/2026-11-21-again.md --\n" + Fixtures.change(imported(HISTORY), "kzmq6m0n0xj3", "other1"));
        assertEquals(List.of(), TestSite.run(dir, "lint", "--now", NOW).findings());
    }
}
