package herald.author;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import herald.cli.Environment;
import herald.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wording the authoring commands write agrees with the page: checkpoints in the site's zone,
 * banners and first updates that follow the public state, text from the command line or standard
 * input, and roles recorded only when someone is named.
 */
class AuthoredWordingTest {
    @TempDir
    Path dir;

    private static final String ID = "2026-11-27-slow-answers";
    private static final String FILE = "content/incidents/" + ID + ".md";
    private static final String NEW_YORK = Fixtures.SITE.replace("timezone: UTC", "timezone: America/New_York");

    private void site(String siteYaml) {
        TestSite.write(dir, "-- content/site.yaml --\n" + siteYaml);
    }

    private Run at(String time, String... args) {
        return TestSite.runAt(dir, Instant.parse(time), Map.of(), args);
    }

    private Run withStdin(String time, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(dir, Map.of(), Clock.fixed(Instant.parse(time), ZoneOffset.UTC), null,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), env, args);
        return new Run(code, out.toString(), err.toString());
    }

    private String file() throws IOException {
        return Files.readString(dir.resolve(FILE));
    }

    private void newS2(String time, String... more) {
        String[] base = {"new", "Slow answers", "--severity", "S2", "--components", "answers-api", "--triggered", "2026-11-27T07:35:00Z"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        Run r = at(time, args);
        assertEquals(0, r.exitCode(), r.out() + r.err());
    }

    private void assertLintsClean(String now) {
        Run lint = TestSite.run(dir, "lint", "--now", now);
        assertFalse(lint.out().contains("error ["), lint.out());
    }

    @Test
    void aNewYorkSiteGetsItsCheckpointInEstAndTheLintReadsItBack() throws IOException {
        site(NEW_YORK);
        newS2("2026-11-27T07:40:00Z");
        Run u = at("2026-11-27T07:52:00Z", "update", ID, "--status", "identified");
        assertEquals(0, u.exitCode(), u.out() + u.err());
        String text = file();
        assertTrue(text.contains("    next: 2026-11-27T08:07:00Z\n"), text);
        assertTrue(text.contains("Next checkpoint at 03:07 EST.\n"), text);
        assertFalse(text.contains("08:07 UTC"), text);
        assertLintsClean("2026-11-27T07:52:00Z");
    }

    @Test
    void aUtcSiteKeepsUtc() throws IOException {
        site(Fixtures.SITE);
        newS2("2026-11-27T07:40:00Z");
        assertEquals(0, at("2026-11-27T07:52:00Z", "update", ID, "--status", "identified").exitCode());
        assertTrue(file().contains("Next checkpoint at 08:07 UTC.\n"), file());
    }

    @Test
    void aSiteTemplateThatSaysUtcGetsTheUtcClock() throws IOException {
        site(NEW_YORK);
        TestSite.write(dir, "-- content/templates/identified.txt --\nWe found it. Next checkpoint at {{next}} UTC.\n");
        newS2("2026-11-27T07:40:00Z");
        assertEquals(0, at("2026-11-27T07:52:00Z", "update", ID, "--status", "identified").exitCode());
        assertTrue(file().contains("We found it. Next checkpoint at 08:07 UTC.\n"), file());
        assertLintsClean("2026-11-27T07:52:00Z");
    }

    @Test
    void aMajorOutageDoesNotSayMayBeSlow() throws IOException {
        site(Fixtures.SITE);
        assertEquals(0, at("2026-11-27T07:40:00Z", "new", "Answers down", "--severity", "S1", "--components", "answers-api",
                "--incident-lead", "Dana", "--comms-lead", "Priya", "--support-lead", "Tom", "--sre", "Lee").exitCode());
        String text = Files.readString(dir.resolve("content/incidents/2026-11-27-answers-down.md"));
        assertTrue(text.contains("banner: Most requests to AI answers are failing right now."), text);
        assertTrue(text.contains("We are investigating an outage of AI answers. Users may see errors for most requests."), text);
        assertFalse(text.contains("may be slow or incomplete"), text);
        // a degraded-performance incident keeps the seed's banner
        newS2("2026-11-27T07:40:00Z");
        assertTrue(file().contains("banner: AI answers may be slow or incomplete right now."), file());
    }

    @Test
    void newAndUpdateTakeTheBannerAndTheBodyAndTheBodyFromStandardInput() throws IOException {
        site(Fixtures.SITE);
        newS2("2026-11-27T07:40:00Z", "--banner", "Answers are slow. No action needed by you.",
                "--body", "We are looking into slow answers. Next update in 15 minutes.");
        assertTrue(file().contains("banner: Answers are slow. No action needed by you.\n"), file());
        assertTrue(file().contains("    body: |\n      We are looking into slow answers. Next update in 15 minutes.\n"), file());
        Run u = withStdin("2026-11-27T07:54:00Z", "Most answers fail now; we are rolling back.\nNext checkpoint at 08:09 UTC.\n",
                "update", ID, "--status", "identified", "--body", "-", "--banner", "Most answers fail right now. We are rolling back.");
        assertEquals(0, u.exitCode(), u.out() + u.err());
        String text = file();
        assertTrue(text.contains("banner: Most answers fail right now. We are rolling back.\n"), text);
        assertFalse(text.contains("Answers are slow."), text);
        assertTrue(text.contains("      Most answers fail now; we are rolling back.\n      Next checkpoint at 08:09 UTC.\n"), text);
        assertLintsClean("2026-11-27T07:54:00Z");
    }

    @Test
    void resolveAndMaintenanceUpdateTakeTheBodyFromStandardInputToo() throws IOException {
        site(Fixtures.SITE);
        newS2("2026-11-27T07:40:00Z");
        Run r = withStdin("2026-11-27T07:52:00Z", "Answers are fast again.\nWe are sorry for the slow answers.\n",
                "resolve", ID, "--cause", "An overloaded index shard slowed answers.", "--body", "-");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(file().contains("      Answers are fast again.\n      We are sorry for the slow answers.\n"), file());

        Run n = at("2026-11-26T10:00:00Z", "maintenance", "new", "Database upgrade", "--components", "answers-api",
                "--start", "2026-12-01T02:00:00Z", "--end", "2026-12-01T03:00:00Z");
        assertEquals(0, n.exitCode(), n.out() + n.err());
        Run u = withStdin("2026-12-01T02:01:00Z", "The upgrade has started. What to expect:\n\n- answers may pause for a minute\n- no one is signed out\n",
                "maintenance", "update", "2026-12-01-database-upgrade", "--status", "in-progress", "--body", "-");
        assertEquals(0, u.exitCode(), u.out() + u.err());
        String window = Files.readString(dir.resolve("content/maintenance/2026-12-01-database-upgrade.md"));
        // as written: the list stays a list (the standard wording is wrapped, the author's own text is not)
        assertTrue(window.contains("The upgrade has started. What to expect:\n\n      - answers may pause for a minute\n      - no one is signed out\n"), window);
        Run empty = withStdin("2026-12-01T02:30:00Z", "", "maintenance", "update", "2026-12-01-database-upgrade", "--status", "completed",
                "--body", "-");
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("--body -: standard input is empty"), empty.err());
    }

    @Test
    void anEmptyStandardInputIsAClearError() throws IOException {
        site(Fixtures.SITE);
        newS2("2026-11-27T07:40:00Z");
        String before = file();
        Run u = withStdin("2026-11-27T07:54:00Z", "  \n", "update", ID, "--status", "identified", "--body", "-");
        assertEquals(2, u.exitCode());
        assertEquals("herald: --body -: standard input is empty; pipe the text in (echo \"…\" | herald … --body -) or give it after --body\n", u.err());
        assertEquals(before, file());
    }

    @Test
    void aBodyThatBreaksTheCheckpointIsRefused() throws IOException {
        site(Fixtures.SITE);
        newS2("2026-11-27T07:40:00Z");
        String before = file();
        Run u = at("2026-11-27T07:54:00Z", "update", ID, "--status", "identified", "--body", "Next update in 45 minutes.");
        assertEquals(1, u.exitCode());
        assertTrue(u.out().contains("error [checkpoint-mismatch]"), u.out());
        assertEquals(before, file());
    }

    @Test
    void newWritesNoEmptyRolesScaffold() throws IOException {
        site(Fixtures.SITE);
        newS2("2026-11-27T07:40:00Z");
        assertFalse(file().contains("internal:"), file());
        assertFalse(file().contains("roles"), file());
    }

    @Test
    void newRecordsTheRolesGivenAndTheSitesDefaultsForTheRest() throws IOException {
        site(Fixtures.SITE + "roles: {commsLead: Comms on-call, supportLead: Support desk}\n");
        newS2("2026-11-27T07:40:00Z", "--incident-lead", "Dana", "--support-lead", "Tom");
        assertTrue(file().contains("internal:\n  roles: {incidentLead: Dana, commsLead: Comms on-call, supportLead: Tom}\n---\n"), file());
    }

    @Test
    void rolesFillsThemInLaterAndKeepsTheOthers() throws IOException {
        site(Fixtures.SITE);
        newS2("2026-11-27T07:40:00Z", "--incident-lead", "Dana");
        Run r = at("2026-11-27T07:45:00Z", "roles", ID, "--comms-lead", "Priya Raman", "--sre", "Lee, Kim");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().startsWith("wrote " + FILE + "\n"), r.out());
        assertTrue(file().contains("  roles: {incidentLead: Dana, commsLead: Priya Raman, sreOnCall: \"Lee, Kim\"}\n"), file());
        assertEquals(0, at("2026-11-27T07:46:00Z", "roles", ID, "--incident-lead", "Ana").exitCode());
        assertTrue(file().contains("  roles: {incidentLead: Ana, commsLead: Priya Raman, sreOnCall: \"Lee, Kim\"}\n"), file());
    }

    @Test
    void rolesReplacesABlockOfRolesAndKeepsTheRestOfInternal() throws IOException {
        site(Fixtures.SITE);
        newS2("2026-11-27T07:40:00Z");
        Files.writeString(dir.resolve(FILE), file().replace("\n---\n", "\ninternal:\n  # who is on it\n  roles:\n    incidentLead: Dana\n"
                + "    commsLead: Priya\n  ticket: INC-7\n---\n"));
        assertEquals(0, at("2026-11-27T07:45:00Z", "roles", ID, "--sre", "Lee").exitCode());
        assertTrue(file().endsWith("internal:\n  # who is on it\n  roles: {incidentLead: Dana, commsLead: Priya, sreOnCall: Lee}\n  ticket: INC-7\n---\n"),
                file());
    }

    @Test
    void rolesNeedsARoleAndAKnownIncident() {
        site(Fixtures.SITE);
        newS2("2026-11-27T07:40:00Z");
        Run none = at("2026-11-27T07:45:00Z", "roles", ID);
        assertEquals(2, none.exitCode());
        assertEquals("herald: name at least one role: --incident-lead, --comms-lead, --support-lead or --sre\n", none.err());
        Run unknown = at("2026-11-27T07:45:00Z", "roles", "2026-11-27-slow", "--sre", "Lee");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("did you mean: " + ID), unknown.err());
    }
}
