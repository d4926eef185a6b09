package herald.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.Fixtures;
import herald.Git;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence log and backdated-update on a real git repository whose commits carry fixed author
 * and committer dates: an incident opened by Priya, an update published 30 minutes after the
 * time it claims, a severity change by Dana and a state change by Lee.
 */
class EvidenceTest {
    @TempDir
    Path dir;
    Path repo;

    static final String ID = "2026-11-20-slow-answers";
    static final String FILE = "content/incidents/" + ID + ".md";
    static final String NOW = "2026-11-20T16:00:00Z";

    private void git(Path where, Map<String, String> env, String... args) {
        Git.ok(where, env, args);
    }

    /** Commits everything as one person at one moment (author and committer dates both set). */
    private void commit(String who, String when, String message) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("GIT_AUTHOR_NAME", who);
        env.put("GIT_AUTHOR_EMAIL", who.toLowerCase() + "@acme.example");
        env.put("GIT_COMMITTER_NAME", who);
        env.put("GIT_COMMITTER_EMAIL", who.toLowerCase() + "@acme.example");
        env.put("GIT_AUTHOR_DATE", when);
        env.put("GIT_COMMITTER_DATE", when);
        git(repo, Map.of(), "add", "-A");
        git(repo, env, "commit", "-q", "-m", message);
    }

    private static final String OPENED = """
            ---
            title: Slow AI answers
            severity: S3
            components: [answers-api]
            triggered: 2026-11-20T14:02:00Z
            banner: Some AI answers may be slow right now. We are restoring normal service.
            updates:
              - at: 2026-11-20T14:09:00Z
                status: investigating
                owner: Comms lead
                scope: EU regions
                effect: Slow answers
                next: 2026-11-20T14:25:00Z
                body: We are investigating slow answers. Next update in 15 minutes.
            internal:
              roles: {incidentLead: Dana, commsLead: Priya, supportLead: Tom, sreOnCall: Lee}
              rollback: {at: 2026-11-20T14:31:00Z, lever: index pointer}
              ticket: INC-4411
            ---
            """;

    private static final String UPDATE_2 = """
              - at: 2026-11-20T14:24:00Z
                status: identified
                owner: Comms lead
                scope: EU regions
                effect: Slow answers
                next: 2026-11-20T14:40:00Z
                body: We found the cause and are fixing it. Next checkpoint at 14:40 UTC.
            """;

    private static final String UPDATE_3 = """
              - at: 2026-11-20T14:39:00Z
                status: monitoring
                owner: Comms lead
                scope: EU regions
                effect: Answers are back to normal
                next: 2026-11-20T15:05:00Z
                body: Answers are back to normal. We are monitoring. Next checkpoint at 15:05 UTC.
            """;

    private void write(String text) throws IOException {
        Files.createDirectories(repo.resolve(FILE).getParent());
        Files.writeString(repo.resolve(FILE), text);
    }

    private static String withUpdates(String base, String... updates) {
        return base.replace("internal:\n", String.join("", updates) + "internal:\n");
    }

    @BeforeEach
    void history() throws Exception {
        repo = dir.resolve("repo");
        TestSite.write(repo, "-- content/site.yaml --\n" + Fixtures.SITE);
        git(repo, Map.of(), "init", "-q", "-b", "main");
        commit("Admin", "2026-11-01T09:00:00Z", "site");
        write(OPENED);
        commit("Priya", "2026-11-20T14:10:00Z", "Open: slow answers");
        // the identified update claims 14:24 but reaches main at 14:54: backdated by 30 minutes
        write(withUpdates(OPENED, UPDATE_2).replace("severity: S3", "severity: S2"));
        commit("Dana", "2026-11-20T14:54:00Z", "Identified; raise to S2");
        write(withUpdates(OPENED, UPDATE_2, UPDATE_3).replace("severity: S3", "severity: S2")
                .replace("triggered: 2026-11-20T14:02:00Z", "triggered: 2026-11-20T14:02:00Z\nstate: partial-outage\nstateReason: half of EU answers fail"));
        commit("Lee", "2026-11-20T14:41:00Z", "Monitoring; partial outage");
    }

    static final String WHOLE_LOG = """
            # Evidence log: 2026-11-20-slow-answers (INTERNAL, do not publish)

            - Title: Slow AI answers
            - Severity: S2
            - Components: answers-api
            - Triggered: 2026-11-20T14:02Z
            - Resolved: not yet (duration 1h58m)
            - Postmortem: not linked
            - Git: main (first-parent history), 3 commits touch this file

            ## Public updates

            | claimed at | status | published in | by | committed | delay | note |
            |---|---|---|---|---|---|---|
            | 2026-11-20T14:09Z | investigating | <hash> | Priya | 2026-11-20T14:10:00Z | 1m |  |
            | 2026-11-20T14:24Z | identified | <hash> | Dana | 2026-11-20T14:54:00Z | 30m | published later than claimed (backdated-update) |
            | 2026-11-20T14:39Z | monitoring | <hash> | Lee | 2026-11-20T14:41:00Z | 2m |  |

            ## State and severity changes

            | commit | by | when | change |
            |---|---|---|---|
            | <hash> | Priya | 2026-11-20T14:10:00Z | created: severity S3, public state partial-outage |
            | <hash> | Dana | 2026-11-20T14:54:00Z | severity S3 -> S2 |
            | <hash> | Dana | 2026-11-20T14:54:00Z | public state partial-outage -> degraded-performance |
            | <hash> | Lee | 2026-11-20T14:41:00Z | public state degraded-performance -> partial-outage |

            ## Internal record

            - roles: {incidentLead: Dana, commsLead: Priya, supportLead: Tom, sreOnCall: Lee}
            - rollback: {at: 2026-11-20T14:31:00Z, lever: index pointer}
            - ticket: INC-4411

            ## Lint findings and waivers

            - content/incidents/2026-11-20-slow-answers.md:17:9: warning [backdated-update] update at 2026-11-20T14:24Z reached main 30m later, in <hash> by Dana; the tolerance is 5m (policy.publishTolerance): record the time it was published, and say why it was late in a waiver
            - content/incidents/2026-11-20-slow-answers.md:29:11: warning [update-overdue] the checkpoint 15:05 promised at 14:39 has passed (55m ago) and the incident is not resolved; post an update now (herald update 2026-11-20-slow-answers)
            """;

    @Test
    void theEvidenceLogLinesUpEveryUpdateWithItsCommit() throws Exception {
        Run run = TestSite.run(repo, "evidence", ID, "--now", NOW);
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        // the whole log, line by line (commit hashes differ per run: masked)
        assertEquals(WHOLE_LOG, run.out().replaceAll("\\b[0-9a-f]{10}\\b", "<hash>"));
        assertEquals("# Evidence log: " + ID + " (INTERNAL, do not publish)", lines.get(0));
        assertTrue(lines.contains("- Severity: S2"), run.out());
        assertTrue(lines.contains("- Resolved: not yet (duration 1h58m)"), run.out());
        assertTrue(lines.contains("- Git: main (first-parent history), 3 commits touch this file"), run.out());
        String opened = lines.stream().filter(l -> l.startsWith("| 2026-11-20T14:09Z")).findFirst().orElseThrow();
        assertTrue(opened.matches("\\| 2026-11-20T14:09Z \\| investigating \\| [0-9a-f]{10} \\| Priya \\| 2026-11-20T14:10:00Z \\| 1m \\|  \\|"), opened);
        String late = lines.stream().filter(l -> l.startsWith("| 2026-11-20T14:24Z")).findFirst().orElseThrow();
        assertTrue(late.matches("\\| 2026-11-20T14:24Z \\| identified \\| [0-9a-f]{10} \\| Dana \\| 2026-11-20T14:54:00Z \\| 30m \\| published later than claimed \\(backdated-update\\) \\|"), late);
        String monitoring = lines.stream().filter(l -> l.startsWith("| 2026-11-20T14:39Z")).findFirst().orElseThrow();
        assertTrue(monitoring.contains("| Lee | 2026-11-20T14:41:00Z | 2m |"), monitoring);
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\| [0-9a-f]{10} \\| Priya \\| 2026-11-20T14:10:00Z \\| created: severity S3, public state partial-outage \\|")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\| [0-9a-f]{10} \\| Dana \\| 2026-11-20T14:54:00Z \\| severity S3 -> S2 \\|")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\| [0-9a-f]{10} \\| Dana \\| 2026-11-20T14:54:00Z \\| public state partial-outage -> degraded-performance \\|")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\| [0-9a-f]{10} \\| Lee \\| 2026-11-20T14:41:00Z \\| public state degraded-performance -> partial-outage \\|")), run.out());
        assertTrue(lines.contains("- roles: {incidentLead: Dana, commsLead: Priya, supportLead: Tom, sreOnCall: Lee}"), run.out());
        assertTrue(lines.contains("- rollback: {at: 2026-11-20T14:31:00Z, lever: index pointer}"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("- " + FILE + ":") && l.contains("warning [backdated-update] update at 2026-11-20T14:24Z reached main 30m later")), run.out());
    }

    @Test
    void theSameLogAsJson() throws Exception {
        Run run = TestSite.run(repo, "evidence", ID, "--format", "json", "--now", NOW);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode log = new ObjectMapper().readTree(run.out());
        assertEquals(ID, log.get("id").asText());
        assertEquals(3, log.get("updates").size());
        JsonNode late = log.get("updates").get(1);
        assertEquals("2026-11-20T14:24Z", late.get("at").asText());
        assertEquals("Dana", late.at("/publishedIn/author").asText());
        assertEquals("dana@acme.example", late.at("/publishedIn/email").asText());
        assertEquals("2026-11-20T14:54:00Z", late.at("/publishedIn/committed").asText());
        assertEquals("30m", late.get("delay").asText());
        assertEquals("INC-4411", log.at("/internal/ticket").asText());
        assertEquals(4, log.get("changes").size());
        assertTrue(log.get("findings").toString().contains("backdated-update"));
    }

    @Test
    void backdatedUpdateIsAWarningAndAnErrorWithStrict() throws IOException {
        Run lint = TestSite.run(repo, "lint", "--now", NOW);
        List<String> backdated = lint.findings().stream().filter(f -> f.contains("[backdated-update]")).toList();
        assertEquals(List.of(FILE + ":" + TestSite.lineOf(Files.readString(repo.resolve(FILE)), "2026-11-20T14:24:00Z") + ":9: warning [backdated-update] update at 2026-11-20T14:24Z"
                + " reached main 30m later, in " + backdated.get(0).replaceAll(".* in ([0-9a-f]{10}) by.*", "$1") + " by Dana; the tolerance is 5m (policy.publishTolerance):"
                + " record the time it was published, and say why it was late in a waiver"), backdated);
        assertEquals(0, lint.exitCode());
        Run strict = TestSite.run(repo, "lint", "--strict", "--now", NOW);
        assertTrue(strict.out().contains("error [backdated-update]"), strict.out());
        assertEquals(1, strict.exitCode());
    }

    @Test
    void anUpdatePublishedWithinTheToleranceIsNotBackdated() throws Exception {
        // the same history, but the identified update reaches main 4 minutes after its claim
        Path other = dir.resolve("other");
        repo = other;
        TestSite.write(repo, "-- content/site.yaml --\n" + Fixtures.SITE);
        git(repo, Map.of(), "init", "-q", "-b", "main");
        commit("Admin", "2026-11-01T09:00:00Z", "site");
        write(OPENED);
        commit("Priya", "2026-11-20T14:10:00Z", "Open");
        write(withUpdates(OPENED, UPDATE_2));
        commit("Dana", "2026-11-20T14:28:00Z", "Identified");
        Run lint = TestSite.run(repo, "lint", "--now", "2026-11-20T14:30:00Z");
        assertEquals(List.of(), lint.findings().stream().filter(f -> f.contains("[backdated-update]")).toList(), lint.out());
    }

    @Test
    void anUpdateNotOnTheMainBranchYetIsJudgedByNow() throws Exception {
        write(withUpdates(OPENED, UPDATE_2, UPDATE_3).replace("severity: S3", "severity: S2").replace("internal:\n",
                "  - at: 2026-11-20T15:04:00Z\n    status: monitoring\n    owner: Comms lead\n    scope: EU regions\n    effect: Normal\n"
                        + "    next: 2026-11-20T15:30:00Z\n    body: Still normal. Next checkpoint at 15:30 UTC.\ninternal:\n"));
        Run lint = TestSite.run(repo, "lint", "--now", "2026-11-20T15:20:00Z");
        assertTrue(lint.out().contains("warning [backdated-update] update at 2026-11-20T15:04Z is not on main yet and already 16m past its claimed time"), lint.out());
    }

    @Test
    void aShallowCloneMarksTheGitPartsUnavailableAndChangesNothingElse() throws Exception {
        Path shallow = dir.resolve("shallow");
        git(dir, Map.of(), "clone", "-q", "--depth", "1", "file://" + repo.toAbsolutePath(), shallow.toString());
        Run full = TestSite.run(repo, "evidence", ID, "--format", "json", "--now", NOW);
        Run cut = TestSite.run(shallow, "evidence", ID, "--format", "json", "--now", NOW);
        assertEquals(0, cut.exitCode(), cut.err());
        JsonNode a = new ObjectMapper().readTree(full.out());
        JsonNode b = new ObjectMapper().readTree(cut.out());
        assertTrue(b.get("history").asText().startsWith("unavailable: shallow clone"), b.get("history").asText());
        assertEquals(3, b.get("updates").size(), "every update is still listed");
        for (JsonNode u : b.get("updates")) {
            assertEquals("git history unavailable", u.get("note").asText());
            assertTrue(u.get("publishedIn") == null);
        }
        assertEquals(0, b.get("changes").size());
        for (String same : List.of("title", "severity", "components", "triggered", "internal", "waivers")) {
            assertEquals(a.get(same), b.get(same), same);
        }
        // the lint says why it did not check, and finds everything else exactly as before
        Run lint = TestSite.run(shallow, "lint", "--now", NOW);
        assertTrue(lint.err().contains("note: backdated-update not checked: shallow clone"), lint.err());
        Run fullLint = TestSite.run(repo, "lint", "--now", NOW);
        assertEquals(fullLint.findings().stream().filter(f -> !f.contains("backdated-update")).toList(), lint.findings());
    }

    @Test
    void theScorecardSummarisesRecentIncidents() {
        Run run = TestSite.run(repo, "evidence", "--all", "--since", "30d", "--now", NOW);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| " + ID + " | S2 | 7m | 15m | 0 | 0 | 1 | open |"), run.out());
        assertTrue(run.out().contains("1 incidents; first update within 10m for 1 of 1; 0 checkpoints missed; 0 waivers; 1 backdated updates"), run.out());
    }

    @Test
    void aRenamedIncidentKeepsTheCommitsThatPublishedItsUpdates() throws Exception {
        String renamed = "2026-11-20-slow-ai-answers";
        git(repo, Map.of(), "mv", FILE, "content/incidents/" + renamed + ".md");
        commit("Sam", "2026-11-20T15:30:00Z", "Rename");
        Run run = TestSite.run(repo, "evidence", renamed, "--now", NOW);
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("- Git: main (first-parent history), 4 commits touch this file"), run.out());
        // the commits that added each update under the old name, not the rename
        String opened = lines.stream().filter(l -> l.startsWith("| 2026-11-20T14:09Z")).findFirst().orElseThrow();
        assertTrue(opened.matches("\\| 2026-11-20T14:09Z \\| investigating \\| [0-9a-f]{10} \\| Priya \\| 2026-11-20T14:10:00Z \\| 1m \\|  \\|"), opened);
        String late = lines.stream().filter(l -> l.startsWith("| 2026-11-20T14:24Z")).findFirst().orElseThrow();
        assertTrue(late.matches("\\| 2026-11-20T14:24Z \\| identified \\| [0-9a-f]{10} \\| Dana \\| 2026-11-20T14:54:00Z \\| 30m \\| published later than claimed \\(backdated-update\\) \\|"), late);
        // and the finding names the same commit as the table
        String hash = late.split(" \\| ")[2];
        assertTrue(lines.stream().anyMatch(l -> l.contains("[backdated-update] update at 2026-11-20T14:24Z reached main 30m later, in " + hash + " by Dana")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\| [0-9a-f]{10} \\| Dana \\| 2026-11-20T14:54:00Z \\| severity S3 -> S2 \\|")), run.out());
    }

    @Test
    void theScorecardReadsTheHistoryOnceHoweverManyIncidents() throws Exception {
        Path content = repo.resolve("content");
        java.time.Instant now = java.time.Instant.parse(NOW);
        java.time.Duration month = java.time.Duration.ofDays(30);
        herald.history.Git one = new herald.history.Git(content);
        Scorecard.Card single = Scorecard.build(one, content, repo, now, month);
        assertEquals(1, single.rows().size());
        for (String other : List.of("2026-11-18-slow-search", "2026-11-19-slow-exports")) {
            Files.writeString(repo.resolve("content/incidents/" + other + ".md"), OPENED.replace("2026-11-20T", other.substring(0, 10) + "T"));
            commit("Priya", other.substring(0, 10) + "T14:10:00Z", "Open " + other);
        }
        herald.history.Git three = new herald.history.Git(content);
        Scorecard.Card all = Scorecard.build(three, content, repo, now, month);
        assertEquals(3, all.rows().size(), all.toString());
        assertEquals(1, three.started("log"));
        assertEquals(1, three.started("cat-file"));
        assertEquals(1, three.started("rev-parse"), "work tree, shallow, top level and HEAD in one question");
        assertEquals(4, three.started(), "rev-parse, for-each-ref, log, cat-file");
        assertEquals(one.started(), three.started(), "git processes do not grow with the incidents");
        assertEquals(single.rows().get(0), all.rows().stream().filter(r -> r.id().equals(ID)).findFirst().orElseThrow());
        // each row agrees with the incident's own evidence log
        for (Scorecard.Row r : all.rows()) {
            EvidenceLog.Log log = EvidenceLog.build(content, repo, content.resolve("incidents/" + r.id() + ".md"), now);
            assertEquals(log.waivers().size(), r.waivers());
            assertEquals(log.findings().stream().filter(f -> f.rule().equals("backdated-update")).count(), r.backdated(), r.id());
        }
    }

    @Test
    void anUpdateNotOnTheMainBranchSaysWhetherItIsCommitted() throws Exception {
        String fourth = "  - at: 2026-11-20T15:04:00Z\n    status: monitoring\n    owner: Comms lead\n    scope: EU regions\n    effect: Normal\n"
                + "    next: 2026-11-20T15:30:00Z\n    body: Still normal. Next checkpoint at 15:30 UTC.\n";
        write(withUpdates(OPENED, UPDATE_2, UPDATE_3, fourth).replace("severity: S3", "severity: S2")
                .replace("triggered: 2026-11-20T14:02:00Z", "triggered: 2026-11-20T14:02:00Z\nstate: partial-outage\nstateReason: half of EU answers fail"));
        Run uncommitted = TestSite.run(repo, "evidence", ID, "--now", NOW);
        assertTrue(uncommitted.out().contains("| 2026-11-20T15:04Z | monitoring | - | - | - | - | not committed yet |"), uncommitted.out());
        assertTrue(uncommitted.out().contains("3 commits touch this file, plus uncommitted changes"), uncommitted.out());
        git(repo, Map.of(), "checkout", "-q", "-b", "fix");
        commit("Lee", "2026-11-20T15:05:00Z", "Still monitoring");
        Run branch = TestSite.run(repo, "evidence", ID, "--now", NOW);
        assertTrue(branch.out().contains("| 2026-11-20T15:04Z | monitoring | - | - | - | - | not on main yet |"), branch.out());
    }

    @Test
    void withoutNowTheEvidenceTakesSourceDateEpochLikeTheLint() {
        // the test clock is 2026-11-27; SOURCE_DATE_EPOCH is NOW (2026-11-20T16:00:00Z)
        Map<String, String> epoch = Map.of("SOURCE_DATE_EPOCH", "1795190400");
        Run log = TestSite.run(repo, epoch, "evidence", ID);
        assertEquals(0, log.exitCode(), log.err());
        assertTrue(log.out().contains("- Resolved: not yet (duration 1h58m)"), log.out());
        Run card = TestSite.run(repo, epoch, "evidence", "--all", "--since", "1d");
        assertTrue(card.out().contains("| " + ID + " | S2 |"), card.out());
        assertEquals(TestSite.run(repo, "evidence", ID, "--now", NOW).out(), log.out());
    }
}
