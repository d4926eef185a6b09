package herald.lint;

import static herald.Fixtures.INCIDENT;
import static herald.Fixtures.INCIDENT_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import herald.Fixtures;
import herald.TestSite;
import herald.TestSite.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule id of the spec: a fixture that triggers it (asserting file, line, column, level and
 * rule) and a near-identical fixture that does not.
 */
class LintRulesTest {
    private static final String NOW = "2026-11-27T14:30:00Z";

    @TempDir
    Path dir;

    private static String incident(String from, String to) {
        return Fixtures.change(INCIDENT, from, to);
    }

    /** The fixture with the second update's next (and the checkpoint its body announces) at {@code hhmm}. */
    private static String secondNext(String hhmm) {
        return Fixtures.change(incident("next: 2026-11-20T14:40:00Z", "next: 2026-11-20T" + hhmm + ":00Z"),
                "Next checkpoint at 14:40 UTC.", "Next checkpoint at " + hhmm + " UTC.");
    }

    private Run lint(String incident) {
        return lint(incident, NOW);
    }

    private Run lint(String incident, String now) {
        TestSite.write(dir, Fixtures.site(incident));
        return TestSite.run(dir, "lint", "--now", now);
    }

    /** "path:line:col: level [rule]" of the line holding {@code needle} in {@code text}. */
    private static String at(String text, String needle, String level, String rule) {
        return INCIDENT_PATH + ":" + TestSite.lineOf(text, needle) + ":" + TestSite.columnOf(text, needle)
                + ": " + level + " [" + rule + "]";
    }

    private static void assertHas(Run run, String prefix) {
        assertTrue(run.findings().stream().anyMatch(f -> f.startsWith(prefix)),
                "expected a finding starting with\n  " + prefix + "\nbut got\n" + run.out() + run.err());
    }

    private static void assertNo(Run run, String rule) {
        List<String> hits = run.findings().stream().filter(f -> f.contains("[" + rule + "]")).toList();
        assertEquals(List.of(), hits, "unexpected " + rule + " findings");
    }

    @Test
    void theBaseFixtureIsClean() {
        Run run = lint(INCIDENT);
        assertEquals("0 errors, 0 warnings in 2 files\n", run.out());
        assertEquals(0, run.exitCode());
    }

    // ---------------------------------------------------------------- structure

    @Test
    void yamlSyntax() {
        String bad = incident("title: Slow and incomplete AI answers", "title: [Slow and incomplete AI answers");
        Run run = lint(bad);
        assertHas(run, INCIDENT_PATH + ":3:");
        assertTrue(run.out().contains("error [yaml-syntax]"), run.out());
        // one finding has both the position and the rule
        assertTrue(run.findings().stream().anyMatch(f -> f.startsWith(INCIDENT_PATH + ":3:") && f.contains(": error [yaml-syntax] ")), run.out());
        assertEquals(1, run.exitCode());
        assertNo(lint(INCIDENT), "yaml-syntax");
    }

    @Test
    void yamlSyntaxForMissingFence() {
        Run run = lint(INCIDENT.substring("---\n".length()));
        assertHas(run, INCIDENT_PATH + ":1:1: error [yaml-syntax] the file does not start with '---'; did you forget the front matter fence?");
    }

    @Test
    void requiredField() {
        String bad = incident("    owner: Comms lead\n    scope: EU regions, answers API\n    effect: Slow responses and missing citations\n    next: 2026-11-20T14:40:00Z",
                "    scope: EU regions, answers API\n    effect: Slow responses and missing citations\n    next: 2026-11-20T14:40:00Z");
        Run run = lint(bad);
        String expected = at(bad, "at: 2026-11-20T14:25:00Z", "error", "required-field")
                + " missing required field \"owner\" in update 2; add who speaks for this update (a role is fine), e.g. owner: Comms lead";
        assertTrue(run.findings().contains(expected), run.out());
        assertNo(lint(INCIDENT), "required-field");
    }

    @Test
    void requiredFieldForAnEmptyValue() {
        String bad = incident("effect: Answers are back to normal", "effect: \"  \"");
        assertHas(lint(bad), at(bad, "\"  \"", "error", "required-field"));
    }

    @Test
    void unknownFieldSuggestsTheKeyMeant() {
        String bad = incident("severity: S2", "severty: S2");
        Run run = lint(bad);
        assertTrue(run.findings().contains(INCIDENT_PATH + ":3:1: error [unknown-field] unknown key \"severty\" (did you mean \"severity\"?)"), run.out());
        assertNo(lint(INCIDENT), "unknown-field");
        String summary = incident("internal:", "summary: Answers were slow for an hour.\ninternal:");
        assertHas(lint(summary), at(summary, "summary:", "error", "unknown-field")
                + " unknown key \"summary\"; the public summary is the Markdown after the front matter's closing ---, not a key");
    }

    @Test
    void unknownFieldIsAllowedInsideInternal() {
        assertNo(lint(incident("  signals:", "  anythingGoes: yes\n  signals:")), "unknown-field");
    }

    @Test
    void invalidValue() {
        Run run = lint(incident("severity: S2", "severity: S5"));
        assertTrue(run.findings().contains(INCIDENT_PATH + ":3:11: error [invalid-value] \"severity\" is \"S5\"; use one of: S1, S2, S3, S4"), run.out());
        assertNo(lint(INCIDENT), "invalid-value");
    }

    @Test
    void invalidValueForAStatus() {
        String bad = incident("status: monitoring", "status: monitorin");
        assertHas(lint(bad), at(bad, "monitorin", "error", "invalid-value") + " \"status\" in update 3 is \"monitorin\" (did you mean \"monitoring\"?)");
    }

    @Test
    void timestampOffset() {
        String bad = incident("triggered: 2026-11-20T14:02:00Z", "triggered: 2026-11-20T14:02:00");
        Run run = lint(bad);
        assertHas(run, INCIDENT_PATH + ":5:12: error [timestamp-offset] \"triggered\" is 2026-11-20T14:02:00 without an offset");
        assertNo(lint(incident("triggered: 2026-11-20T14:02:00Z", "triggered: 2026-11-20T15:02+01:00")), "timestamp-offset");
    }

    @Test
    void timestampOrder() {
        String bad = incident("- at: 2026-11-20T14:40:00Z", "- at: 2026-11-20T14:20:00Z");
        assertHas(lint(bad), at(bad, "2026-11-20T14:20:00Z", "error", "timestamp-order"));
        assertNo(lint(INCIDENT), "timestamp-order");
    }

    @Test
    void futureUpdate() {
        Run run = lint(INCIDENT, "2026-11-20T15:03:00Z");
        assertHas(run, at(INCIDENT, "2026-11-20T15:04:00Z", "error", "future-update"));
        assertNo(lint(INCIDENT, "2026-11-20T15:04:00Z"), "future-update");
    }

    @Test
    void unknownComponent() {
        String bad = incident("components: [answers-api, citations]", "components: [answers-api, citation]");
        Run run = lint(bad);
        assertTrue(run.findings().contains(INCIDENT_PATH + ":4:27: error [unknown-component] component \"citation\" is not in site.yaml (did you mean \"citations\"?)"), run.out());
        assertNo(lint(INCIDENT), "unknown-component");
    }

    @Test
    void duplicateIdAcrossIncidentsAndMaintenance() {
        TestSite.write(dir, Fixtures.site(INCIDENT) + "-- content/maintenance/2026-11-20-slow-answers.md --\n" + Fixtures.MAINTENANCE);
        Run run = TestSite.run(dir, "lint", "--now", NOW);
        assertHas(run, "content/maintenance/2026-11-20-slow-answers.md:1:1: error [duplicate-id] id \"2026-11-20-slow-answers\" is also used by " + INCIDENT_PATH);
        TestSite.write(dir, "-- content/maintenance/2026-11-20-slow-answers.md --\n");
        dir.resolve("content/maintenance/2026-11-20-slow-answers.md").toFile().delete();
        TestSite.write(dir, "-- content/maintenance/2026-12-01-db-upgrade.md --\n" + Fixtures.MAINTENANCE);
        assertNo(TestSite.run(dir, "lint", "--now", NOW), "duplicate-id");
    }

    @Test
    void duplicateComponentId() {
        String site = Fixtures.SITE.replace("id: citations", "id: answers-api");
        TestSite.write(dir, "-- content/site.yaml --\n" + site);
        Run run = TestSite.run(dir, "lint", "--now", NOW);
        assertHas(run, "content/site.yaml:8:9: error [duplicate-id] component id \"answers-api\" is already used at line 5");
    }

    // ---------------------------------------------------------------- cadence

    @Test
    void firstUpdateLate() {
        String bad = incident("triggered: 2026-11-20T14:02:00Z", "triggered: 2026-11-20T13:58:00Z");
        Run run = lint(bad);
        assertTrue(run.findings().contains(at(bad, "at: 2026-11-20T14:09:00Z", "error", "first-update-late")
                + " first update at 14:09 is 11m after the trigger at 13:58; the limit is 10m (policy.firstUpdateWithin)"), run.out());
        assertNo(lint(incident("triggered: 2026-11-20T14:02:00Z", "triggered: 2026-11-20T13:59:00Z")), "first-update-late");
    }

    @Test
    void aLimitMissedBySecondsSaysTheSeconds() {
        // 10m1s: a message of "14:10 is 10m after; the limit is 10m" would not say what is wrong
        String bad = incident("triggered: 2026-11-20T14:02:00Z", "triggered: 2026-11-20T13:58:59Z");
        assertHas(lint(bad), at(bad, "at: 2026-11-20T14:09:00Z", "error", "first-update-late")
                + " first update at 14:09 is 10m1s after the trigger at 13:58:59; the limit is 10m (policy.firstUpdateWithin)");
        String gap = Fixtures.change(secondNext("14:45"), "- at: 2026-11-20T14:40:00Z", "- at: 2026-11-20T14:45:01Z");
        assertHas(lint(gap), at(gap, "at: 2026-11-20T14:45:01Z", "error", "cadence-gap")
                + " 20m1s between updates at 14:25:00 and 14:45:01 while identified; the limit is 20m (policy.activeCadence)");
        String missed = Fixtures.change(secondNext("14:37"), "- at: 2026-11-20T14:40:00Z", "- at: 2026-11-20T14:39:01Z");
        assertHas(lint(missed), at(missed, "at: 2026-11-20T14:39:01Z", "error", "checkpoint-missed")
                + " update at 14:39:01 is 2m1s past the checkpoint 14:37 promised at 14:25; the grace is 2m");
        // a fraction of a second over the limit says so too
        String far = incident("next: 2026-11-20T14:25:00Z", "next: 2026-11-20T14:29:00.5Z");
        assertHas(lint(far), at(far, "2026-11-20T14:29:00.5Z", "error", "checkpoint-too-far")
                + " next checkpoint 14:29:00.5 is 20m0.5s after the update at 14:09 while investigating; the limit is 20m");
    }

    @Test
    void cadenceGapNamesBothTimesTheStatusTheLimitAndThePolicyKey() {
        String bad = Fixtures.change(secondNext("14:45"),
                "- at: 2026-11-20T14:40:00Z", "- at: 2026-11-20T14:46:00Z");
        Run run = lint(bad);
        assertEquals(List.of(at(bad, "at: 2026-11-20T14:46:00Z", "error", "cadence-gap")
                + " 21m between updates at 14:25 and 14:46 while identified; the limit is 20m (policy.activeCadence)"), run.findings());
        assertEquals(1, run.exitCode());
        String clean = Fixtures.change(secondNext("14:45"),
                "- at: 2026-11-20T14:40:00Z", "- at: 2026-11-20T14:45:00Z");
        assertNo(lint(clean), "cadence-gap");
    }

    @Test
    void cadenceGapWhileMonitoringUsesTheStableCadence() {
        String bad = Fixtures.change(incident("next: 2026-11-20T15:05:00Z", "next: 2026-11-20T15:10:00Z"),
                "- at: 2026-11-20T15:04:00Z", "- at: 2026-11-20T15:11:00Z");
        assertHas(lint(bad), at(bad, "at: 2026-11-20T15:11:00Z", "error", "cadence-gap")
                + " 31m between updates at 14:40 and 15:11 while monitoring; the limit is 30m (policy.stableCadence)");
    }

    @Test
    void aWaiverTurnsTheCadenceFindingIntoAWarningThatQuotesIt() {
        String late = Fixtures.change(secondNext("14:45"),
                "- at: 2026-11-20T14:40:00Z", "- at: 2026-11-20T14:46:00Z");
        String waived = Fixtures.change(late, "    status: monitoring\n", "    status: monitoring\n    waiver: paging outage delayed this post\n");
        Run run = lint(waived);
        assertEquals(List.of(at(waived, "at: 2026-11-20T14:46:00Z", "warning", "cadence-gap")
                + " 21m between updates at 14:25 and 14:46 while identified; the limit is 20m (policy.activeCadence);"
                + " waived: \"paging outage delayed this post\""), run.findings());
        assertEquals(0, run.exitCode());
    }

    @Test
    void checkpointMissed() {
        String bad = secondNext("14:30");
        Run run = lint(bad);
        assertEquals(List.of(at(bad, "at: 2026-11-20T14:40:00Z", "error", "checkpoint-missed")
                + " update at 14:40 is 10m past the checkpoint 14:30 promised at 14:25; the grace is 2m"
                + " (policy.checkpointGrace): post by the promised time, even if only to say work continues"), run.findings());
        assertNo(lint(secondNext("14:38")), "checkpoint-missed");
    }

    @Test
    void checkpointTooFar() {
        String bad = incident("next: 2026-11-20T14:25:00Z", "next: 2026-11-20T14:35:00Z");
        Run run = lint(bad);
        assertHas(run, at(bad, "2026-11-20T14:35:00Z", "error", "checkpoint-too-far")
                + " next checkpoint 14:35 is 26m after the update at 14:09 while investigating; the limit is 20m (policy.activeCadence)");
        assertNo(lint(incident("next: 2026-11-20T14:25:00Z", "next: 2026-11-20T14:29:00Z")), "checkpoint-too-far");
    }

    private static String unresolved() {
        return incident("""
                  - at: 2026-11-20T15:04:00Z
                    status: resolved
                    owner: Comms lead
                    scope: EU regions, answers API
                    effect: None
                    body: This incident is resolved. Thank you for your patience.
                """, "");
    }

    @Test
    void updateOverdueIsAWarning() {
        String open = unresolved();
        Run run = lint(open, "2026-11-20T15:10:00Z");
        assertHas(run, at(open, "2026-11-20T15:05:00Z", "warning", "update-overdue")
                + " the checkpoint 15:05 promised at 14:40 has passed (5m ago) and the incident is not resolved");
        assertEquals(0, run.exitCode());
        assertNo(lint(open, "2026-11-20T15:06:00Z"), "update-overdue");
    }

    // ---------------------------------------------------------------- resolution

    @Test
    void afterResolved() {
        // an active status after a postmortem update cannot follow; after a resolve it re-opens the incident (ReopenedIncidentTest)
        String postmortem = "  - at: 2026-11-20T15:10:00Z\n    status: postmortem\n    owner: Comms lead\n    scope: EU\n    effect: None\n"
                + "    body: The postmortem is published.\n";
        String extra = postmortem + "  - at: 2026-11-20T15:20:00Z\n    status: monitoring\n    owner: Comms lead\n    scope: EU\n    effect: None\n"
                + "    next: 2026-11-20T15:40:00Z\n    body: Still watching.\ninternal:";
        String bad = incident("internal:", extra);
        assertHas(lint(bad), at(bad, "monitoring\n    owner: Comms lead\n    scope: EU\n", "error", "after-resolved"));
        String ok = incident("internal:", extra.replace("status: monitoring", "status: postmortem"));
        assertNo(lint(ok), "after-resolved");
    }

    @Test
    void aPostmortemUpdateFollowsTheResolve() {
        // without the resolve, the incident could never be resolved: only postmortem updates may follow one
        String postmortem = "  - at: 2026-11-20T15:10:00Z\n    status: postmortem\n    owner: Comms lead\n    scope: EU\n    effect: None\n"
                + "    body: The postmortem is published.\ninternal:";
        String bad = Fixtures.change(incident("internal:", postmortem), "status: resolved", "status: monitoring");
        assertHas(lint(bad), at(bad, "postmortem\n    owner: Comms lead", "error", "invalid-value")
                + " status postmortem while the incident is monitoring (the update before it); a postmortem update follows the resolve:"
                + " add a resolved update before this one");
        assertNo(lint(incident("internal:", postmortem)), "invalid-value");
    }

    @Test
    void resolvedMissingCause() {
        String bad = incident("cause: A cache key mismatch with the new index pointer caused mixed answers.\n", "");
        assertHas(lint(bad), at(bad, "resolved\n", "error", "resolved-missing-cause") + " resolved at 15:04 but the incident has no cause");
        assertNo(lint(INCIDENT), "resolved-missing-cause");
    }

    @Test
    void postmortemMissingIsAnErrorOncePostmortemWithinHasPassed() {
        String bad = incident("postmortem: https://tracker.test.example/PM-123\n", "");
        assertHas(lint(bad, "2026-11-22T15:05:00Z"), at(bad, "resolved\n", "error", "postmortem-missing"));
        assertHas(lint(bad, "2026-11-22T15:04:00Z"), at(bad, "resolved\n", "warning", "postmortem-missing"));
        assertNo(lint(INCIDENT), "postmortem-missing");
    }

    @Test
    void postmortemIsNotNeededForAnAdvisory() {
        String s4 = incident("postmortem: https://tracker.test.example/PM-123\n", "").replace("severity: S2", "severity: S4")
                .replace("components: [answers-api, citations]\n", "components: [answers-api, citations]\nstate: informational\n");
        assertNo(lint(s4), "postmortem-missing");
    }

    // ---------------------------------------------------------------- banner and state

    @Test
    void bannerMissingWhileUnresolved() {
        String open = unresolved();
        String bad = Fixtures.change(open, "banner: Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you.\n", "");
        assertHas(lint(bad, "2026-11-20T15:00:00Z"), INCIDENT_PATH + ":2:1: error [banner-missing] unresolved S2 incident has no banner");
        assertNo(lint(open, "2026-11-20T15:00:00Z"), "banner-missing");
    }

    @Test
    void bannerMissingOnScheduledMaintenance() {
        String noBanner = Fixtures.MAINTENANCE.replaceFirst("banner: .*\\n", "");
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE + "-- " + Fixtures.MAINTENANCE_PATH + " --\n" + noBanner);
        assertHas(TestSite.run(dir, "lint", "--now", NOW), Fixtures.MAINTENANCE_PATH + ":2:1: error [banner-missing] scheduled maintenance has no banner");
        TestSite.write(dir, "-- " + Fixtures.MAINTENANCE_PATH + " --\n" + Fixtures.MAINTENANCE);
        assertNo(TestSite.run(dir, "lint", "--now", NOW), "banner-missing");
    }

    @Test
    void bannerTooLong() {
        String b160 = "x".repeat(150) + " 123456789";
        String bad = incident("banner: Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you.",
                "banner: " + b160 + "0");
        assertHas(lint(bad), INCIDENT_PATH + ":6:9: error [banner-too-long] banner is 161 characters; the limit is 160 (policy.bannerMaxChars)");
        String ok = incident("banner: Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you.",
                "banner: " + b160);
        assertNo(lint(ok), "banner-too-long");
    }

    @Test
    void stateSeverityMismatch() {
        String bad = incident("triggered:", "state: partial-outage\ntriggered:");
        assertHas(lint(bad), INCIDENT_PATH + ":5:8: error [state-severity-mismatch] state partial-outage differs from the S2 default (degraded-performance)");
        assertNo(lint(incident("triggered:", "state: partial-outage\nstateReason: half of all answers fail\ntriggered:")), "state-severity-mismatch");
    }

    @Test
    void aSiteWithoutTitleOrComponentsGetsHintsForASiteNotForAnIncident() {
        String site = Fixtures.SITE.replace("title: Test Status\n", "");
        site = site.substring(0, site.indexOf("components:"));
        TestSite.write(dir, "-- content/site.yaml --\n" + site + "-- " + INCIDENT_PATH + " --\n" + INCIDENT);
        Run run = TestSite.run(dir, "lint", "--now", NOW);
        assertTrue(run.findings().stream().anyMatch(f -> f.startsWith("content/site.yaml:") && f.endsWith(
                "missing required field \"title\"; add the site's public name, e.g. title: Acme status")), run.out());
        assertTrue(run.findings().stream().anyMatch(f -> f.startsWith("content/site.yaml:") && f.endsWith(
                "missing required field \"components\"; list the components users see, e.g. components: [{id: answers-api, name: AI answers}]")),
                run.out());
        assertTrue(run.findings().stream().anyMatch(f -> f.startsWith(INCIDENT_PATH) && f.endsWith(
                "component \"answers-api\" is not in site.yaml; site.yaml lists no components yet: add it there")), run.out());
    }

    @Test
    void aSiteZoneIsAnIanaZoneNotAFixedOffset() {
        for (String offset : List.of("+01:00", "UTC+1", "Z")) {
            String site = Fixtures.SITE.replace("timezone: UTC", "timezone: \"" + offset + "\"");
            TestSite.write(dir, "-- content/site.yaml --\n" + site + "-- " + INCIDENT_PATH + " --\n" + INCIDENT);
            Run run = TestSite.run(dir, "lint", "--now", NOW);
            assertHas(run, "content/site.yaml:3:11: error [invalid-value] \"timezone\" is \"" + offset + "\", not an IANA time zone"
                    + " (a fixed offset would show summer times an hour off); write e.g. UTC");
        }
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE.replace("timezone: UTC", "timezone: Mars/Olympus") + "-- " + INCIDENT_PATH + " --\n" + INCIDENT);
        assertHas(TestSite.run(dir, "lint", "--now", NOW), "content/site.yaml:3:11: error [invalid-value] \"timezone\" is \"Mars/Olympus\", not an IANA time zone; write e.g. UTC");
        assertTrue(lint(INCIDENT).findings().stream().noneMatch(f -> f.contains("timezone")));
        for (String iana : List.of("Etc/UTC", "Europe/Berlin", "GMT")) {
            TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE.replace("timezone: UTC", "timezone: " + iana) + "-- " + INCIDENT_PATH + " --\n" + INCIDENT);
            assertNo(TestSite.run(dir, "lint", "--now", NOW), "invalid-value");
        }
    }

    @Test
    void stateReasonIsPublicTextTheIncidentPageShows() {
        String leak = incident("triggered:", "state: partial-outage\nstateReason: TODO p95 at 4200ms\ntriggered:");
        Run run = lint(leak);
        assertHas(run, at(leak, "TODO", "error", "unfilled-placeholder") + " stateReason: ");
        assertHas(run, at(leak, "p95 at 4200ms", "error", "wording-internal") + " stateReason: ");
        assertNo(lint(incident("triggered:", "state: partial-outage\nstateReason: half of all answers fail\ntriggered:")), "wording-internal");
    }

    @Test
    void rolesMissingForAnS1OrS2Incident() {
        String bad = incident("roles: {incidentLead: Dana, commsLead: Priya, supportLead: Tom, sreOnCall: Lee}",
                "roles: {incidentLead: Dana, commsLead: Priya}");
        Run run = lint(bad);
        String line = run.findings().stream().filter(f -> f.contains("[roles-missing]")).findFirst().orElseThrow();
        assertTrue(line.endsWith("warning [roles-missing] S2 incident: internal.roles does not name supportLead, sreOnCall; assign an incident lead,"
                + " comms lead, support lead and SRE on call, e.g. roles: {incidentLead: Dana, commsLead: Priya, supportLead: Tom, sreOnCall: Lee},"
                + " or herald roles 2026-11-20-slow-answers --incident-lead …"), line);
        assertTrue(line.startsWith(INCIDENT_PATH + ":" + TestSite.lineOf(bad, "  roles:") + ":3:"), line);
        assertEquals(0, run.exitCode());
        assertNo(lint(INCIDENT), "roles-missing");
        assertNo(lint(bad.replace("severity: S2", "severity: S3").replace("components: [answers-api, citations]\n",
                "components: [answers-api, citations]\nstate: degraded-performance\nstateReason: slow, not down\n")), "roles-missing");
    }

    // ---------------------------------------------------------------- wording

    @Test
    void wordingEta() {
        String bad = incident("Next checkpoint at 14:40 UTC.", "We expect to have this fixed by 15:00 UTC.");
        Run run = lint(bad);
        assertHas(run, at(bad, "expect to have", "warning", "wording-eta"));
        assertEquals(0, run.exitCode());
        assertNo(lint(incident("Next checkpoint at 14:40 UTC.", "We will share the next update by 15:00 UTC.")), "wording-eta");
    }

    @Test
    void wordingInternalForAnInternalSignalInTheBanner() {
        String bad = incident("banner: Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you.",
                "banner: Answers degraded (lambda divergent)");
        Run run = lint(bad);
        assertHas(run, at(bad, "lambda divergent", "error", "wording-internal")
                + " banner: \"lambda divergent\" is the internal signal λ (lambda)");
        assertEquals(1, run.exitCode());
        // the same banner without the reading is fine (and the fixture holds lambda: divergent under internal:)
        assertNo(lint(incident("banner: Some AI answers may be slow or incomplete right now. We are restoring normal service. No action needed by you.",
                "banner: Answers degraded")), "wording-internal");
    }

    @Test
    void wordingInternalForTheEntrysOwnCacheNamespace() {
        String withNamespace = incident("  signals: {", "  cacheNamespace: answers-v7\n  signals: {");
        String bad = Fixtures.change(withNamespace, "We identified a mismatch between cache keys and the new index pointer.",
                "We identified a mismatch between cache keys and the new index pointer. We rotated answers-v7 and warmed hot paths.");
        assertHas(lint(bad), at(bad, "answers-v7 and warmed", "error", "wording-internal")
                + " \"answers-v7\" is the entry's internal.cacheNamespace; public text must not name internal values");
        // the seed's own wording says what happened without the value
        assertNo(lint(Fixtures.change(withNamespace, "We identified a mismatch between cache keys and the new index pointer.",
                "We identified a mismatch between cache keys and the new index pointer. We rotated the cache namespace and warmed hot paths.")),
                "wording-internal");
    }

    @Test
    void theShareOfAffectedRequestsIsUserEffectNotAnInternalReading() {
        String share = incident("Answers are back to normal. We are monitoring.", "About 35% of API requests fail. We are monitoring.");
        assertNo(lint(share), "wording-internal");
        // a machine reading in the same place is internal
        String reading = incident("Answers are back to normal. We are monitoring.", "CPU usage is at 35% on the API hosts. We are monitoring.");
        assertHas(lint(reading), at(reading, "CPU usage is at 35%", "error", "wording-internal"));
    }

    @Test
    void wordingInternalForATermOfPolicyInternalTerms() {
        String body = incident("Answers are back to normal. We are monitoring.", "Traffic moved off dos_cloud. We are monitoring.");
        String site = "-- content/site.yaml --\n" + Fixtures.SITE + "policy:\n  internalTerms: [shard-7, dos_cloud]\n";
        TestSite.write(dir, Fixtures.site(body) + site);
        Run run = TestSite.run(dir, "lint", "--now", NOW);
        assertHas(run, at(body, "dos_cloud", "error", "wording-internal")
                + " \"dos_cloud\" is listed in policy.internalTerms; public text must not name internal systems");
        // the same body on a site that lists no terms is fine
        assertNo(lint(body), "wording-internal");
    }

    @Test
    void policyInternalTermsMustBeAListOfTexts() {
        String site = Fixtures.SITE + "policy:\n  internalTerms: [dos_cloud, {a: b}]\n";
        TestSite.write(dir, Fixtures.site(INCIDENT) + "-- content/site.yaml --\n" + site);
        Run run = TestSite.run(dir, "lint", "--now", NOW);
        assertHas(run, "content/site.yaml:" + TestSite.lineOf(site, "{a: b}") + ":" + TestSite.columnOf(site, "{a: b}")
                + ": error [invalid-value] item 2 of \"internalTerms\" in policy must be a text");
        TestSite.write(dir, "-- content/site.yaml --\n" + Fixtures.SITE + "policy:\n  internalTerms: [dos_cloud]\n");
        assertEquals(0, TestSite.run(dir, "lint", "--now", NOW).exitCode());
    }

    // ---------------------------------------------------------------- checkpoint-mismatch

    @Test
    void checkpointMismatchForAClockTimeThatIsNotNext() {
        String bad = incident("Next checkpoint at 14:40 UTC.", "Next update at 14:55 UTC.");
        Run run = lint(bad);
        assertHas(run, at(bad, "Next update at 14:55 UTC", "error", "checkpoint-mismatch")
                + " the body promises the next update at 14:55Z (\"Next update at 14:55 UTC\", read as 14:55 UTC) but next is 14:40Z,"
                + " 15m apart (policy.checkpointGrace is 2m); make the body and next agree");
        assertEquals(1, run.exitCode());
        assertNo(lint(INCIDENT), "checkpoint-mismatch"); // "Next checkpoint at 14:40 UTC." with next 14:40
    }

    @Test
    void checkpointMismatchForMinutesCountedFromTheUpdate() {
        String bad = incident("Next checkpoint at 14:40 UTC.", "Next update in 30 minutes.");
        assertHas(lint(bad), at(bad, "Next update in 30 minutes", "error", "checkpoint-mismatch"));
        assertNo(lint(incident("Next checkpoint at 14:40 UTC.", "Next update in 15 minutes.")), "checkpoint-mismatch");
    }

    @Test
    void checkpointMismatchReadsTheSitesZoneByItsAbbreviation() {
        String site = "-- content/site.yaml --\n" + Fixtures.SITE.replace("timezone: UTC", "timezone: Europe/Berlin");
        String bad = incident("Next checkpoint at 14:40 UTC.", "Next checkpoint at 14:40 CET.");
        TestSite.write(dir, Fixtures.site(bad) + site);
        assertHas(TestSite.run(dir, "lint", "--now", NOW), at(bad, "Next checkpoint at 14:40 CET", "error", "checkpoint-mismatch"));
        // 15:40 CET is 14:40Z, the update's next
        TestSite.write(dir, Fixtures.site(incident("Next checkpoint at 14:40 UTC.", "Next checkpoint at 15:40 CET.")) + site);
        assertNo(TestSite.run(dir, "lint", "--now", NOW), "checkpoint-mismatch");
    }

    // ---------------------------------------------------------------- false positives seen on real text

    @Test
    void aPlaceholderInsideMarkdownCodeIsQuotedNotUnfilled() {
        String code = incident("Next checkpoint at 14:40 UTC.", "Sites at `<project>.admin.datocms.com` are slow. Next checkpoint at 14:40 UTC.");
        assertNo(lint(code), "unfilled-placeholder");
        String bare = incident("Next checkpoint at 14:40 UTC.", "Sites at <project>.admin.datocms.com are slow. Next checkpoint at 14:40 UTC.");
        assertHas(lint(bare), at(bare, "<project>", "error", "unfilled-placeholder"));
    }

    @Test
    void aReportOfThePastIsNoEta() {
        String past = incident("Next checkpoint at 14:40 UTC.", "Actions went back to normal at 13:30 UTC. Next checkpoint at 14:40 UTC.");
        assertNo(lint(past), "wording-eta");
        String promise = incident("Next checkpoint at 14:40 UTC.", "Actions should be back to normal at 13:30 UTC. Next checkpoint at 14:40 UTC.");
        assertHas(lint(promise), at(promise, "should be back to normal at 13:30 UTC", "warning", "wording-eta"));
    }

    @Test
    void anAnnouncementOfTheNextUpdateIsNoEta() {
        String announcement = incident("Next checkpoint at 14:40 UTC.",
                "Another update will be provided after the fix has been implemented, within the next 15 minutes.");
        Run run = lint(announcement);
        assertNo(run, "wording-eta");
        assertNo(run, "checkpoint-mismatch"); // 14:25 + 15 minutes is next
        String eta = incident("Next checkpoint at 14:40 UTC.", "The fix will be implemented within the next 15 minutes.");
        assertHas(lint(eta), at(eta, "will be implemented within the next 15 minutes", "warning", "wording-eta"));
    }

    @Test
    void unfilledPlaceholder() {
        String bad = incident("Next checkpoint at 14:40 UTC.", "Next checkpoint at hh:mm UTC.");
        Run run = lint(bad);
        assertHas(run, at(bad, "hh:mm", "error", "unfilled-placeholder"));
        assertNo(lint(INCIDENT), "unfilled-placeholder");
        // the same sentence with the placeholder filled in is fine
        assertNo(lint(incident("Next checkpoint at 14:40 UTC.", "Next checkpoint at 14:45 UTC.")), "unfilled-placeholder");
    }

    @Test
    void unfilledPlaceholderInAngleBrackets() {
        String bad = incident("scope: EU regions, answers API\n    effect: Answers are back", "scope: <affected regions>\n    effect: Answers are back");
        assertHas(lint(bad), at(bad, "<affected regions>", "error", "unfilled-placeholder"));
    }

    @Test
    void findingsComeSortedByFileAndLineAllInOneRun() {
        String bad = incident("severity: S2", "severity: S9").replace("owner: Comms lead\n    scope: EU regions, answers API\n    effect: Answers", "scope: EU regions, answers API\n    effect: Answers");
        Run run = lint(bad);
        List<String> f = run.findings();
        assertTrue(f.size() >= 2, run.out());
        assertTrue(f.get(0).contains("[invalid-value]") && f.get(1).contains("[required-field]"), run.out());
        assertTrue(run.out().endsWith("2 errors, 0 warnings in 2 files\n"), run.out());

        // with two more files, one named before and one after: sorted by file first, then by line
        String earlier = incident("    owner: Comms lead\n    scope: EU regions, answers API\n    effect: None",
                "    scope: EU regions, answers API\n    effect: None");
        String later = incident("severity: S2", "severity: S9");
        TestSite.write(dir, Fixtures.site(bad) + "-- content/incidents/2026-11-19-earlier.md --\n" + earlier
                + "-- content/incidents/2026-11-21-later.md --\n" + later);
        Run three = TestSite.run(dir, "lint", "--now", NOW);
        String lastUpdate = "at: 2026-11-20T15:04:00Z";
        assertEquals(List.of(
                "content/incidents/2026-11-19-earlier.md:" + TestSite.lineOf(earlier, lastUpdate) + ":5: error [required-field]",
                INCIDENT_PATH + ":3:11: error [invalid-value]",
                INCIDENT_PATH + ":" + TestSite.lineOf(bad, "at: 2026-11-20T14:40:00Z") + ":5: error [required-field]",
                "content/incidents/2026-11-21-later.md:3:11: error [invalid-value]"),
                three.findings().stream().map(x -> x.substring(0, x.indexOf(']') + 1)).toList(), three.out());
        assertTrue(TestSite.lineOf(earlier, lastUpdate) > 3, "the first file's finding is on a later line than the next file's first");
        assertTrue(three.out().endsWith("4 errors, 0 warnings in 4 files\n"), three.out());
    }
}
