package herald.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An active status after resolved re-opens the incident: no after-resolved, the time between is
 * resolved (no cadence-gap across it), cadence resumes from the re-opening, the banner is needed
 * again, and cause is due from the next resolve.
 */
class ReopenedIncidentTest {
    private static final String PATH = Fixtures.INCIDENT_PATH;
    /** Fixtures.INCIDENT resolved at 15:04, re-opened 2 h later. */
    private static final String REOPEN = "  - at: 2026-11-20T17:04:00Z\n    status: investigating\n    owner: Comms lead\n    scope: EU\n"
            + "    effect: Slow answers again\n    next: 2026-11-20T17:20:00Z\n    body: The slow answers are back. We are investigating.\n";
    private static final String FOLLOW = "  - at: 2026-11-20T17:19:00Z\n    status: identified\n    owner: Comms lead\n    scope: EU\n"
            + "    effect: Slow answers\n    next: 2026-11-20T17:35:00Z\n    body: We found the cause again. Next checkpoint at 17:35 UTC.\n";
    private static final String RESOLVE = "  - at: 2026-11-20T17:30:00Z\n    status: resolved\n    owner: Comms lead\n    scope: EU\n"
            + "    effect: None\n    body: Resolved again.\n";

    @TempDir
    Path dir;

    private List<String> lint(String incident, String now) {
        TestSite.write(dir, Fixtures.site(incident));
        return TestSite.run(dir, "lint", "--now", now).findings();
    }

    private static String with(String updates) {
        return Fixtures.change(Fixtures.INCIDENT, "internal:", updates + "internal:");
    }

    @Test
    void aReopenedAndResolvedIncidentIsClean() {
        assertEquals(List.of(), lint(with(REOPEN + FOLLOW + RESOLVE), "2026-11-27T14:30:00Z"));
    }

    @Test
    void cadenceResumesFromTheReopening() {
        String late = FOLLOW.replace("2026-11-20T17:19:00Z", "2026-11-20T17:40:00Z").replace("next: 2026-11-20T17:35:00Z", "next: 2026-11-20T17:55:00Z");
        String bad = with(REOPEN + late + RESOLVE.replace("17:30", "17:50"));
        List<String> f = lint(bad, "2026-11-27T14:30:00Z");
        assertEquals(List.of(PATH + ":" + TestSite.lineOf(bad, "- at: 2026-11-20T17:40:00Z") + ":5: error [cadence-gap] 36m between updates"
                + " at 17:04 and 17:40 while investigating; the limit is 20m (policy.activeCadence)"),
                f.stream().filter(s -> s.contains("[cadence-gap]")).toList());
    }

    @Test
    void aReopenedIncidentNeedsItsBannerAndAnUpdateAgain() {
        String open = Fixtures.change(with(REOPEN), "banner: Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you.\n", "");
        List<String> f = lint(open, "2026-11-20T17:40:00Z");
        assertTrue(f.stream().anyMatch(s -> s.contains("[banner-missing] unresolved S2 incident has no banner")), f.toString());
        assertTrue(f.stream().anyMatch(s -> s.contains("[update-overdue]")), f.toString());
        assertTrue(f.stream().noneMatch(s -> s.contains("[after-resolved]") || s.contains("[resolved-missing-cause]")), f.toString());
        // near miss: resolved again, the banner is no longer needed
        List<String> closed = lint(Fixtures.change(open, "internal:", RESOLVE.replace("17:30", "17:15") + "internal:"), "2026-11-20T17:40:00Z");
        assertTrue(closed.stream().noneMatch(s -> s.contains("[banner-missing]") || s.contains("[update-overdue]")), closed.toString());
    }

    @Test
    void theCauseIsDueFromTheNextResolve() {
        String noCause = Fixtures.change(with(REOPEN + FOLLOW + RESOLVE), "cause: A cache key mismatch with the new index pointer caused mixed answers.\n", "");
        List<String> f = lint(noCause, "2026-11-27T14:30:00Z");
        String resolved = noCause.substring(noCause.indexOf("- at: 2026-11-20T17:30:00Z"));
        assertEquals(List.of(PATH + ":" + (TestSite.lineOf(noCause, "- at: 2026-11-20T17:30:00Z") + 1) + ":13: error [resolved-missing-cause]"),
                f.stream().filter(s -> s.contains("[resolved-missing-cause]")).map(s -> s.substring(0, s.indexOf("]") + 1)).toList(), resolved);
    }
}
