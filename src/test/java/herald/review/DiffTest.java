package herald.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.Fixtures;
import herald.Git;
import herald.TestSite;
import herald.TestSite.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * herald diff on a real git repository: main holds a site with one open incident; each test
 * changes the working tree as a pull request would and checks the exact Markdown a reviewer sees.
 */
class DiffTest {
    @TempDir
    Path repo;

    static final String NOW = "2026-11-20T14:30:00Z";
    static final String OPEN = Fixtures.INCIDENT
            .replace("""
                  - at: 2026-11-20T14:40:00Z
                    status: monitoring
                    owner: Comms lead
                    scope: EU regions, answers API
                    effect: Answers are back to normal
                    next: 2026-11-20T15:05:00Z
                    body: Answers are back to normal. We are monitoring. Next checkpoint at 15:05 UTC.
                  - at: 2026-11-20T15:04:00Z
                    status: resolved
                    owner: Comms lead
                    scope: EU regions, answers API
                    effect: None
                    body: This incident is resolved. Thank you for your patience.
                """, "")
            .replace("cause: A cache key mismatch with the new index pointer caused mixed answers.\n", "")
            .replace("postmortem: https://tracker.test.example/PM-123\n", "")
            .replace("---\nBetween 14:02 and 15:04 UTC some answers were slow.\n", "---\n");

    private void git(String... args) {
        Git.ok(repo, args);
    }

    @BeforeEach
    void main() throws Exception {
        TestSite.write(repo, Fixtures.site(OPEN));
        Git.init(repo);
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        git("checkout", "-q", "-b", "pr");
    }

    private String diff() {
        Run r = TestSite.run(repo, "diff", "--format", "md", "--now", NOW);
        assertEquals(0, r.exitCode(), r.err());
        return r.out();
    }

    private void edit(String from, String to) throws Exception {
        TestSite.edit(repo.resolve(Fixtures.INCIDENT_PATH), from, to);
    }

    static final String NO_FINDINGS = "### Lint of the changed files\n\nNo findings.\n";

    @Test
    void anEditedPublishedUpdateIsCalledOutLoudly() throws Exception {
        edit("body: |\n      We are investigating", "body: |\n      We are still investigating");
        assertEquals("""
                ## What the public will see change

                > [!WARNING]
                > This change rewrites 1 update that users have already read. Post a new update instead, unless the old text was wrong.

                ### Changed incident: Slow and incomplete AI answers

                - ⚠️ **EDITED after publication: the update of 2026-11-20 14:09 UTC (Investigating) changes what users already read**
                  - **body:** "We are investigating an incident affecting AI answers. Users may see slow responses or missing citations. Next update in 15 minutes." → "We are still investigating an incident affecting AI answers. Users may see slow responses or missing citations. Next update in 15 minutes."

                """ + NO_FINDINGS, diff());
    }

    @Test
    void aNewUpdate() throws Exception {
        edit("internal:", """
                  - at: 2026-11-20T14:28:00Z
                    status: monitoring
                    owner: Comms lead
                    scope: EU regions, answers API
                    effect: Answers are back to normal
                    next: 2026-11-20T14:55:00Z
                    body: Answers are back to normal. We are monitoring. Next checkpoint at 14:55 UTC.
                internal:""");
        assertEquals("""
                ## What the public will see change

                ### Changed incident: Slow and incomplete AI answers

                - **New update · Monitoring · 2026-11-20 14:28 UTC**
                  > Answers are back to normal. We are monitoring. Next checkpoint at 14:55 UTC.

                """ + NO_FINDINGS, diff());
    }

    @Test
    void aNewIncidentWithItsStateAndBanner() throws Exception {
        TestSite.write(repo, "-- content/incidents/2026-11-20-citations-missing.md --\n" + """
                ---
                title: Citations missing
                severity: S1
                components: [citations]
                triggered: 2026-11-20T14:20:00Z
                banner: Answers show no sources right now. We are restoring them.
                updates:
                  - at: 2026-11-20T14:25:00Z
                    status: investigating
                    owner: Comms lead
                    scope: All regions
                    effect: No citations
                    next: 2026-11-20T14:40:00Z
                    body: |
                      We are investigating missing citations.
                      Next update in 15 minutes.
                internal:
                  roles: {incidentLead: A, commsLead: B, supportLead: C, sreOnCall: D}
                  ticket: INC-9
                ---
                """);
        assertEquals("""
                ## What the public will see change

                ### New incident: Citations missing

                page `incidents/2026-11-20-citations-missing/` · Major outage · affects Citations

                - **Banner:** "Answers show no sources right now. We are restoring them."
                - **New update · Investigating · 2026-11-20 14:25 UTC**
                  > We are investigating missing citations.
                  > Next update in 15 minutes.

                ### Public state

                | component | before | after |
                |---|---|---|
                | Citations | Degraded performance | Major outage |

                Page: Degraded performance → **Major outage**

                ### In-product banner

                - before: "Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you."
                - after: "Answers show no sources right now. We are restoring them."

                """ + NO_FINDINGS, diff());
    }

    @Test
    void aStateChange() throws Exception {
        edit("triggered:", "state: partial-outage\nstateReason: half of the answers fail\ntriggered:");
        assertEquals("""
                ## What the public will see change

                ### Changed incident: Slow and incomplete AI answers

                - **State:** "Degraded performance" → "Partial outage"

                ### Public state

                | component | before | after |
                |---|---|---|
                | AI answers | Degraded performance | Partial outage |
                | Citations | Degraded performance | Partial outage |

                Page: Degraded performance → **Partial outage**

                """ + NO_FINDINGS, diff());
    }

    @Test
    void aBannerChange() throws Exception {
        edit("banner: Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you.",
                "banner: Some AI answers are slow right now. We are restoring normal service.");
        assertEquals("""
                ## What the public will see change

                ### Changed incident: Slow and incomplete AI answers

                - **Banner:** "Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you." → "Some AI answers are slow right now. We are restoring normal service."

                ### In-product banner

                - before: "Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you."
                - after: "Some AI answers are slow right now. We are restoring normal service."

                """ + NO_FINDINGS, diff());
    }

    @Test
    void anInternalOnlyChangeShowsNothingPublic() throws Exception {
        edit("signals: {deltaS_p95: 0.41, coverage: 0.87, lambda: divergent}", "signals: {deltaS_p95: 0.52, coverage: 0.70, lambda: chaotic}\n  pins: [index@v43]");
        assertEquals("""
                ## What the public will see change

                No public changes: nothing on the status page, the banner, the feeds or the API changes.

                """ + NO_FINDINGS, diff());
    }

    @Test
    void aRenameChangesThePublicUrl() throws Exception {
        git("mv", Fixtures.INCIDENT_PATH, "content/incidents/2026-11-20-answers-slow.md");
        assertEquals("""
                ## What the public will see change

                ### Renamed incident: Slow and incomplete AI answers

                - ⚠️ **renamed from `2026-11-20-slow-answers` to `2026-11-20-answers-slow`: the public URL changes, links to `incidents/2026-11-20-slow-answers/` will break**

                """ + NO_FINDINGS, diff());
    }

    @Test
    void lintFindingsOfTheChangedFilesAreListed() throws Exception {
        edit("owner: Comms lead\n    scope: EU regions, answers API\n    effect: Slow responses and missing citations\n    next: 2026-11-20T14:25:00Z",
                "owner: Comms lead\n    scope: EU regions, answers API\n    effect: Slow responses and missing citations\n    next: 2026-11-20T14:45:00Z");
        assertEquals("""
                ## What the public will see change

                > [!WARNING]
                > This change rewrites 1 update that users have already read. Post a new update instead, unless the old text was wrong.

                ### Changed incident: Slow and incomplete AI answers

                - ⚠️ **EDITED after publication: the update of 2026-11-20 14:09 UTC (Investigating) changes what users already read**
                  - **next update by:** "2026-11-20 14:25 UTC" → "2026-11-20 14:45 UTC"

                ### Lint of the changed files

                - `content/incidents/2026-11-20-slow-answers.md:13:11` error [checkpoint-too-far] next checkpoint 14:45 is 36m after \
                the update at 14:09 while investigating; the limit is 20m (policy.activeCadence): promise a checkpoint by 14:29
                - `content/incidents/2026-11-20-slow-answers.md:16:44` error [checkpoint-mismatch] the body promises the next update at \
                14:24Z ("Next update in 15 minutes", read as 15 minutes after the update at 14:09Z) but next is 14:45Z, 21m apart \
                (policy.checkpointGrace is 2m); make the body and next agree
                """, diff());
    }

    @Test
    void committedRevisionsCanBeCompared() throws Exception {
        edit("banner: Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you.",
                "banner: Some AI answers are slow right now.");
        git("commit", "-q", "-am", "banner");
        Run r = TestSite.run(repo, "diff", "main", "pr", "--format", "text", "--now", NOW);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(true, r.out().startsWith("What the public will see change\n\nCHANGED INCIDENT: Slow and incomplete AI answers\n"
                + "  Banner: \"Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you.\" -> \"Some AI answers are slow right now.\"\n"), r.out());
    }

    @Test
    void removingAPublishedIncidentIsARewrite() throws Exception {
        git("rm", "-q", Fixtures.INCIDENT_PATH);
        Run r = TestSite.run(repo, "diff", "--format", "md", "--now", NOW, "--fail-on-rewrite");
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertEquals("""
                ## What the public will see change

                > [!WARNING]
                > This change rewrites 2 updates that users have already read. Post a new update instead, unless the old text was wrong.

                ### Removed incident: Slow and incomplete AI answers

                - ⚠️ **its page `incidents/2026-11-20-slow-answers/` disappears from the site, with every update users read there**

                ### Public state

                | component | before | after |
                |---|---|---|
                | AI answers | Degraded performance | Operational |
                | Citations | Degraded performance | Operational |

                Page: Degraded performance → **Operational**

                ### In-product banner

                - before: "Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you."
                - after: none

                """ + NO_FINDINGS, r.out());
    }

    @Test
    void contentAtTheRootOfTheRepository(@TempDir Path other) throws Exception {
        TestSite.write(other, "-- site.yaml --\n" + Fixtures.SITE);
        Git.init(other);
        Git.ok(other, "add", "-A");
        Git.ok(other, "commit", "-q", "-m", "site");
        TestSite.put(other, "incidents/2026-11-20-slow-answers.md", OPEN);
        Run r = TestSite.run(other, "diff", "--content", ".", "--format", "text", "--now", NOW);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(true, r.out().startsWith("What the public will see change\n\nNEW INCIDENT: Slow and incomplete AI answers\n"), r.out());
        assertEquals(true, r.out().endsWith("LINT\n  no findings\n"), r.out());
    }

    @Test
    void aRepositoryWithoutCommitsShowsEverythingAsNew(@TempDir Path fresh) throws Exception {
        TestSite.write(fresh, Fixtures.site(OPEN));
        Git.init(fresh);
        Run r = TestSite.run(fresh, "diff", "--format", "text", "--now", NOW);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(true, r.out().startsWith("What the public will see change\n\nNEW INCIDENT: Slow and incomplete AI answers\n"), r.out());
    }

    @Test
    void outsideAGitRepositoryItSaysSo(@TempDir Path plain) {
        TestSite.write(plain, Fixtures.site(OPEN));
        Run r = TestSite.run(plain, "diff", "--now", NOW);
        assertEquals(2, r.exitCode());
        assertEquals(true, r.err().startsWith("herald: git rev-parse --show-toplevel: fatal: not a git repository"), r.err());
    }
}
