package herald.author;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.Git;
import herald.TestSite;
import herald.TestSite.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * new, update, resolve, postmortem, maintenance and notify, run in-process with the clock set to
 * each moment, in a real git repository so that every edit can be shown to only add lines.
 */
class AuthoringCommandsTest {
    @TempDir
    Path dir;

    static final String ID = "2026-11-20-slow-and-incomplete-ai-answers";
    static final String FILE = "content/incidents/" + ID + ".md";

    @BeforeEach
    void site() throws Exception {
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE);
        Git.init(dir);
        commit("site");
    }

    private String git(String... args) {
        return Git.ok(dir, args);
    }

    private void commit(String message) throws Exception {
        git("add", "-A");
        git("commit", "-q", "--allow-empty", "-m", message);
    }

    /** Lines added and removed in the working tree since the last commit, from git itself. */
    private int[] diffStat() throws Exception {
        int added = 0;
        int removed = 0;
        git("add", "-A", "-N");
        for (String line : git("diff", "--numstat").lines().toList()) {
            String[] f = line.split("\t");
            added += Integer.parseInt(f[0]);
            removed += Integer.parseInt(f[1]);
        }
        return new int[] {added, removed};
    }

    private Run at(String time, String... args) {
        return TestSite.runAt(dir, Instant.parse(time), Map.of(), args);
    }

    private String file() throws IOException {
        return Files.readString(dir.resolve(FILE));
    }

    private void assertLintsClean(String now) {
        Run lint = TestSite.run(dir, "lint", "--now", now);
        assertEquals(0, lint.exitCode(), lint.out());
        assertFalse(lint.out().contains("error ["), lint.out());
    }

    private void newIncident() throws Exception {
        Run r = at("2026-11-20T14:09:30Z", "new", "Slow and incomplete AI answers", "--severity", "S2",
                "--components", "answers-api,citations", "--triggered", "2026-11-20T14:02:00Z", "--scope", "EU regions",
                "--effect", "Slow responses and missing citations");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().startsWith("wrote " + FILE + "\n"), r.out());
        assertTrue(r.out().contains("next update due by 14:24 UTC: herald update " + ID), r.out());
    }

    @Test
    void newWritesEveryRequiredFieldInTheStandardWording() throws Exception {
        newIncident();
        String text = file();
        assertTrue(text.contains("severity: S2\ncomponents: [answers-api, citations]\ntriggered: 2026-11-20T14:02:00Z\n"), text);
        assertTrue(text.contains("banner: AI answers and Citations may be slow or incomplete right now. We are restoring normal service. No action needed by you.\n"), text);
        assertTrue(text.contains("  - at: 2026-11-20T14:09:00Z\n    status: investigating\n    owner: Comms lead\n    scope: EU regions\n"
                + "    effect: Slow responses and missing citations\n    next: 2026-11-20T14:24:00Z\n    body: |\n"
                + "      We are investigating an incident affecting AI answers and Citations. Users may see slow\n"), text);
        assertTrue(text.contains("Next update in 15 minutes.\n"), text);
        assertLintsClean("2026-11-20T14:09:00Z");
    }

    @Test
    void newUpdateUpdateResolveLintsCleanAndEveryEditOnlyAddsLines() throws Exception {
        newIncident();
        commit("new");
        Run u1 = at("2026-11-20T14:23:00Z", "update", ID, "--status", "identified");
        assertEquals(0, u1.exitCode(), u1.out() + u1.err());
        int[] stat = diffStat();
        assertEquals(0, stat[1], "update removed lines");
        assertEquals(10, stat[0]); // at, status, owner, scope, effect, next, "body: |" and three lines of text
        assertTrue(u1.out().endsWith("\nnext update due by 14:38 UTC: herald update " + ID
                + " --status identified|investigating|monitoring\n"), "update prints the line new prints: " + u1.out());
        commit("update 1");
        Run u2 = at("2026-11-20T14:37:00Z", "update", ID, "--status", "monitoring", "--effect", "Answers are back to normal");
        assertEquals(0, u2.exitCode(), u2.out() + u2.err());
        assertEquals(0, diffStat()[1]);
        commit("update 2");
        Run r = at("2026-11-20T15:05:00Z", "resolve", ID, "--cause", "A cache key mismatch caused mixed answers.");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertEquals(0, diffStat()[1], "resolve removed lines");
        commit("resolve");
        String text = file();
        assertTrue(text.contains("cause: A cache key mismatch caused mixed answers.\nupdates:\n"), text);
        assertTrue(text.contains("    status: identified\n    owner: Comms lead\n    scope: EU regions\n    effect: Slow responses and missing citations\n"
                + "    next: 2026-11-20T14:38:00Z\n"), text);
        assertTrue(text.contains("    status: monitoring\n"), text);
        assertTrue(text.contains("next: 2026-11-20T15:07:00Z"), "monitoring checkpoint follows policy.stableCadence: " + text);
        assertTrue(text.contains("This incident is resolved. AI answers and Citations are stable."), text);
        String resolved = text.substring(text.indexOf("    status: resolved\n"));
        assertTrue(resolved.startsWith("    status: resolved\n    owner: Comms lead\n    scope: EU regions\n    body: |\n"),
                "resolve writes no effect (and no \"effect: None\"): " + resolved);
        assertFalse(r.out().contains("next update due"), "a resolved incident promises no checkpoint: " + r.out());
        assertLintsClean("2026-11-20T15:05:00Z");
        Run pm = at("2026-11-21T09:00:00Z", "postmortem", ID, "https://tracker.test.example/PM-9");
        assertEquals(0, pm.exitCode(), pm.out() + pm.err());
        assertEquals(0, diffStat()[1]);
        assertTrue(file().contains("postmortem: https://tracker.test.example/PM-9\nupdates:\n"));
        assertTrue(file().contains("Target publish within 48 hours."));
        assertFalse(file().contains("effect: None"), file());
        assertLintsClean("2026-11-21T09:00:00Z");
    }

    @Test
    void resolveWritesTheRealEffectWhenGivenOne() throws Exception {
        newIncident();
        Run r = at("2026-11-20T14:20:00Z", "resolve", ID, "--cause", "A cache key mismatch caused mixed answers.",
                "--effect", "Some answers from 14:02 to 14:20 lack citations");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(file().contains("    status: resolved\n    owner: Comms lead\n    scope: EU regions\n"
                + "    effect: Some answers from 14:02 to 14:20 lack citations\n    body: |\n"), file());
        assertLintsClean("2026-11-20T14:20:00Z");
    }

    @Test
    void aRefusedEditLeavesTheFileByteIdentical() throws Exception {
        newIncident();
        byte[] before = Files.readAllBytes(dir.resolve(FILE));
        // 40 minutes later than promised: cadence-gap and checkpoint-missed are errors without a waiver
        Run late = at("2026-11-20T14:49:00Z", "update", ID, "--status", "identified");
        assertEquals(1, late.exitCode());
        assertTrue(late.out().contains("error [cadence-gap]"), late.out());
        assertTrue(late.err().contains("nothing was written"), late.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(FILE)));
        // the same update with a waiver is recorded as late, with the reason
        Run waived = at("2026-11-20T14:49:00Z", "update", ID, "--status", "identified", "--waiver", "paging outage");
        assertEquals(0, waived.exitCode(), waived.out() + waived.err());
        assertTrue(waived.out().contains("warning [cadence-gap]"), waived.out());
    }

    @Test
    void anUnknownIdListsTheCloseMatchesAndWritesNothing() throws Exception {
        newIncident();
        Run r = at("2026-11-20T14:20:00Z", "update", "slow-and-incomplete", "--status", "identified");
        assertEquals(2, r.exitCode());
        assertEquals("herald: no incident \"slow-and-incomplete\" in content/incidents; did you mean: " + ID + "?\n", r.err());
    }

    /**
     * Two engineers are two processes: each update runs in its own JVM (herald.cli.Main with this
     * build's classes, the real clock), both started first and then released by one file, so only
     * the lock file (not the in-process lock) keeps one from overwriting the other.
     */
    @Test
    void twoUpdatesRunAtTheSameTimeFromTwoProcessesBothLand() throws Exception {
        // the incident starts five minutes ago by the real clock, which the child processes use
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Instant opened = now.minusSeconds(5 * 60);
        Run n = TestSite.runAt(dir, opened, Map.of(), "new", "Slow and incomplete AI answers", "--severity", "S2",
                "--components", "answers-api,citations", "--triggered", opened.minusSeconds(7 * 60).toString(),
                "--scope", "EU regions", "--effect", "Slow responses and missing citations");
        assertEquals(0, n.exitCode(), n.out() + n.err());
        String file = n.out().lines().findFirst().orElseThrow().substring("wrote ".length());
        String id = Path.of(file).getFileName().toString().replaceAll("\\.md$", "");
        String next = now.plusSeconds(15 * 60).toString().substring(11, 16);

        Path sync = Files.createTempDirectory(dir, "sync");
        Path release = sync.resolve("go");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        List<Path> ready = new ArrayList<>();
        List<String> bodies = List.of("First parallel update. Next update at " + next + " UTC.",
                "Second parallel update. Next update at " + next + " UTC.");
        try {
            for (int i = 0; i < bodies.size(); i++) {
                Path out = sync.resolve("out" + i);
                Path r = sync.resolve("ready" + i);
                processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ReleasedMain.class.getName(),
                        r.toString(), release.toString(), "update", id, "--status", "identified", "--at", now.toString(),
                        "--body", bodies.get(i), "--next", "15m")
                        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start());
                outputs.add(out);
                ready.add(r);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!ready.stream().allMatch(Files::exists)) {
                assertTrue(System.nanoTime() < deadline, "the processes never got ready");
                for (int i = 0; i < processes.size(); i++) {
                    int index = i;
                    assertTrue(processes.get(i).isAlive(), () -> "process " + index + " ended early: " + read(outputs.get(index)));
                }
                Thread.sleep(10);
            }
            Files.writeString(release, "go\n");
            for (int i = 0; i < processes.size(); i++) {
                Process p = processes.get(i);
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), "process " + i + " did not finish");
                assertEquals(0, p.exitValue(), read(outputs.get(i)));
                assertTrue(read(outputs.get(i)).startsWith("wrote " + file + "\n"), read(outputs.get(i)));
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
        String text = Files.readString(dir.resolve(file));
        assertTrue(text.contains("First parallel update."), text);
        assertTrue(text.contains("Second parallel update."), text);
        assertEquals(3, text.split("\n  - at: ", -1).length - 1, text);
        assertLintsClean(now.toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Test
    void aSiteTemplateOverridesTheStandardWordingAndAHoleInItIsRefused() throws Exception {
        TestSite.write(dir, "-- content/templates/initial.txt --\nWe know {{components}} is broken. Next update in {{minutes}} minutes.\n");
        newIncident();
        assertTrue(file().contains("We know AI answers and Citations is broken. Next update in 15 minutes."), file());
        TestSite.write(dir, "-- content/templates/identified.txt --\nFound it in {{service}}. Next checkpoint at {{next}} UTC.\n");
        byte[] before = Files.readAllBytes(dir.resolve(FILE));
        Run r = at("2026-11-20T14:20:00Z", "update", ID, "--status", "identified");
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("error [unfilled-placeholder] template placeholder \"{{service}}\""), r.out());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(FILE)));
    }

    @Test
    void maintenanceNewAndUpdates() throws Exception {
        Run n = at("2026-11-26T10:00:00Z", "maintenance", "new", "Database upgrade", "--components", "answers-api",
                "--start", "2026-12-01T02:00:00Z", "--end", "2026-12-01T03:00:00Z", "--effect", "Answers may pause for a minute");
        assertEquals(0, n.exitCode(), n.out() + n.err());
        Path file = dir.resolve("content/maintenance/2026-12-01-database-upgrade.md");
        String text = Files.readString(file);
        assertTrue(text.contains("scheduled: {start: 2026-12-01T02:00:00Z, end: 2026-12-01T03:00:00Z}\n"), text);
        assertTrue(text.contains("banner: Planned maintenance on 1 December, 02:00-03:00 UTC. Answers may pause for a minute.\n"), text);
        commit("maintenance");
        assertEquals(0, at("2026-12-01T02:00:00Z", "maintenance", "update", "2026-12-01-database-upgrade", "--status", "in-progress").exitCode());
        assertEquals(0, at("2026-12-01T02:45:00Z", "maintenance", "update", "2026-12-01-database-upgrade", "--status", "completed").exitCode());
        assertEquals(0, diffStat()[1]);
        assertTrue(Files.readString(file).contains("The maintenance is complete. Thank you for your patience."));
        assertLintsClean("2026-12-01T02:45:00Z");
    }

    @Test
    void notifyPrintsTheInternalDraftsAndWritesNothing() throws Exception {
        newIncident();
        assertEquals(0, at("2026-11-20T14:12:00Z", "roles", ID, "--incident-lead", "Dana", "--comms-lead", "Priya", "--support-lead", "Tom",
                "--sre", "Lee").exitCode());
        Files.writeString(dir.resolve(FILE), file().replace("roles: {incidentLead: Dana, commsLead: Priya, supportLead: Tom, sreOnCall: Lee}",
                "roles: {incidentLead: Dana, commsLead: Priya, supportLead: Tom, sreOnCall: Lee}\n  rollback: {lever: index pointer}\n  ticket: INC-7"));
        commit("roles");
        Run r = at("2026-11-20T14:15:00Z", "notify", ID);
        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("INTERNAL: notification drafts for " + ID), out);
        assertTrue(out.contains("== Exec on call (paging and the chat room) ==\n[S2] Slow and incomplete AI answers: investigating"), out);
        assertTrue(out.contains("Owner: Comms lead (incident lead: Dana)"), out);
        assertTrue(out.contains("Next checkpoint: 14:24 UTC (in 9m)"), out);
        assertTrue(out.contains("== Support (help center macro and status link) ==\nWhat users experience: Slow responses and missing citations"), out);
        assertTrue(out.contains("== Sales and customer success"), out);
        assertTrue(out.contains("Rollback lever: index pointer, not pulled yet"), out);
        assertTrue(out.contains("Ticket: INC-7"), out);
        int[] stat = diffStat();
        assertEquals(0, stat[0] + stat[1], "notify changed files");
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void nextAsATimeOfDayIsTheFirstSuchTimeAfterTheUpdateAcrossMidnight() throws Exception {
        String id = "2026-11-20-slow-search";
        Run n = at("2026-11-20T23:40:30Z", "new", "Slow search", "--severity", "S3", "--components", "answers-api",
                "--triggered", "2026-11-20T23:35:00Z");
        assertEquals(0, n.exitCode(), n.out() + n.err());
        // at 23:54, "00:05" is five past midnight the next day, not 23h49m earlier
        Run u = at("2026-11-20T23:54:00Z", "update", id, "--status", "identified", "--next", "00:05");
        assertEquals(0, u.exitCode(), u.out() + u.err());
        String text = Files.readString(dir.resolve("content/incidents/" + id + ".md"));
        assertTrue(text.contains("  - at: 2026-11-20T23:54:00Z\n"), text);
        assertTrue(text.contains("    next: 2026-11-21T00:05:00Z\n"), text);
        // written after midnight for an update at 00:04: "00:15" is on --at's day, not the clock's
        Run late = at("2026-11-21T00:20:00Z", "update", id, "--status", "identified", "--at", "2026-11-21T00:04:00Z", "--next", "00:15");
        assertEquals(0, late.exitCode(), late.out() + late.err());
        assertTrue(Files.readString(dir.resolve("content/incidents/" + id + ".md")).contains("    next: 2026-11-21T00:15:00Z\n"));
        Run bad = at("2026-11-21T00:30:00Z", "update", id, "--status", "identified", "--next", "24:10");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--next \"24:10\" is not a time of day"), bad.err());
    }

    @Test
    void aTimeOfDayIsReadInUtcFromTheUpdatesOwnTime() throws Exception {
        java.time.Duration none = java.time.Duration.ZERO;
        OffsetDateTime lateEvening = OffsetDateTime.parse("2026-11-20T23:58:00Z");
        assertEquals(OffsetDateTime.parse("2026-11-20T23:59:00Z"), Author.nextFrom("23:59", lateEvening, none));
        assertEquals(OffsetDateTime.parse("2026-11-21T23:58:00Z"), Author.nextFrom("23:58", lateEvening, none), "not after at: the next day");
        assertEquals(OffsetDateTime.parse("2026-11-21T00:10:00Z"), Author.nextFrom("0:10", lateEvening, none));
        // 01:30 at +02:00 is 23:30 UTC on the 20th: 23:45 is that evening
        assertEquals(OffsetDateTime.parse("2026-11-20T23:45:00Z"), Author.nextFrom("23:45", OffsetDateTime.parse("2026-11-21T01:30:00+02:00"), none));
    }

    @Test
    void anAuthorReadsSiteYamlOnceForTheWholeEdit() throws Exception {
        Author author = new Author(Path.of("content"), dir, Instant.parse("2026-11-20T14:09:30Z"));
        assertEquals(java.time.Duration.ofMinutes(20), author.siteSettings().policy().activeCadence());
        // site.yaml changes after the command read it: the whole edit (template, checkpoint, lint) uses what it read
        Files.writeString(dir.resolve("content/site.yaml"), Fixtures.SITE + "policy:\n  activeCadence: 5m\n");
        Author.Result r = author.newIncident(new Author.NewIncident("Slow search", herald.model.Severity.S3, List.of("answers-api"),
                null, null, null, null, null, null, null, null, null));
        String text = Files.readString(dir.resolve("content/incidents/" + r.id() + ".md"));
        assertTrue(text.contains("    next: 2026-11-20T14:24:00Z\n"), text);
        // the next command reads it afresh: with a 5m cadence, the 15m checkpoint just written is too far
        Author next = new Author(Path.of("content"), dir, Instant.parse("2026-11-20T14:12:00Z"));
        Author.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(Author.Refused.class, () -> next.update(r.id(),
                new Author.IncidentUpdate(herald.model.UpdateStatus.IDENTIFIED, null, null, null, null, null, null, null, null, null)));
        assertTrue(refused.findings().stream().anyMatch(d -> d.message().contains("the limit is 5m (policy.activeCadence)")), refused.findings().toString());
    }

    @Test
    void theDefaultCheckpointFollowsThePolicyCadenceForTheStatus() throws Exception {
        Files.writeString(dir.resolve("content/site.yaml"), Fixtures.SITE + "policy:\n  activeCadence: 10m\n  stableCadence: 45m\n");
        Run n = at("2026-11-20T14:09:30Z", "new", "Slow search", "--severity", "S3", "--components", "answers-api");
        assertEquals(0, n.exitCode(), n.out() + n.err());
        Path file = dir.resolve("content/incidents/2026-11-20-slow-search.md");
        assertTrue(Files.readString(file).contains("    next: 2026-11-20T14:19:00Z\n"), Files.readString(file));
        assertTrue(Files.readString(file).contains("Next update in 10 minutes."), Files.readString(file));
        assertEquals(0, at("2026-11-20T14:18:00Z", "update", "2026-11-20-slow-search", "--status", "identified").exitCode());
        assertTrue(Files.readString(file).contains("    next: 2026-11-20T14:28:00Z\n"), Files.readString(file));
        assertEquals(0, at("2026-11-20T14:27:00Z", "update", "2026-11-20-slow-search", "--status", "monitoring").exitCode());
        assertTrue(Files.readString(file).contains("    next: 2026-11-20T15:12:00Z\n"), Files.readString(file));
    }

    @Test
    void notifyWritesTheDraftsForAtWhenGiven() throws Exception {
        newIncident();
        // the clock says 14:15; the drafts are asked for 14:30, when the 14:24 checkpoint is overdue
        Run r = at("2026-11-20T14:15:00Z", "notify", ID, "--at", "2026-11-20T14:30:00Z");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Next checkpoint: 14:24 UTC (overdue by 6m)"), r.out());
        Run bad = at("2026-11-20T14:15:00Z", "notify", ID, "--at", "half past two");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--at \"half past two\" is not a timestamp with an offset"), bad.err());
    }

    @Test
    void completionScriptsForBashAndZsh() {
        Run bash = TestSite.run(dir, "completion", "bash");
        assertEquals(0, bash.exitCode(), bash.err());
        // the line that registers the completion function for the herald command
        assertTrue(bash.out().contains("\ncomplete -F _complete_herald -o default herald "), head(bash.out()));
        assertTrue(bash.out().contains("resolve"));
        Run zsh = TestSite.run(dir, "completion", "zsh");
        assertEquals(0, zsh.exitCode(), zsh.err());
        assertTrue(zsh.out().startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"), head(zsh.out()));
        assertTrue(zsh.out().contains("\ncomplete -F _complete_herald -o default herald "), "zsh loads the bash completion");
    }

    /** The start of a long output, for a failure message (the whole output when it is short). */
    private static String head(String text) {
        return text.substring(0, Math.min(200, text.length()));
    }
}
