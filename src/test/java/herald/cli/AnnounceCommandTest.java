package herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import herald.TestSite;
import herald.TestSite.Run;
import herald.announce.Golden;
import herald.announce.Receiver;
import herald.announce.Receiver.Answer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * herald announce end to end, in-process through Main.run: herald build writes the manifests, the
 * command compares them and posts to real receivers on 127.0.0.1 (and GreenMail for email).
 * Payloads are golden files under src/test/resources/announce/cli-*.json.
 */
class AnnounceCommandTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant CLOCK = Instant.parse("2026-11-20T14:10:30Z");
    private static final List<String> INTERNAL = List.of("SENTINEL-LEAD", "SENTINEL-ROLLBACK", "SENTINEL-WORKAROUND", "S2", "severity");

    static final String SITE = """
            -- content/site.yaml --
            title: Example Status
            baseUrl: https://status.example.com/
            components:
              - {id: api, name: API}
              - {id: web, name: Web app}
            notify:
              - {type: slack, urlEnv: SLACK_URL}
              - {type: teams, urlEnv: TEAMS_URL}
              - {type: discord, urlEnv: DISCORD_URL}
              - {type: webhook, urlEnv: HOOK_URL, secretEnv: HOOK_SECRET}
              - {type: slack, urlEnv: WEB_ONLY_URL, components: [web]}
              - {type: slack, urlEnv: EXEC_URL, audience: exec}
            -- content/maintenance/2026-11-22-db-upgrade.md --
            ---
            title: Database upgrade
            components: [web]
            banner: Planned maintenance on 22 November 02:00-03:00 UTC. The web app is read-only.
            scheduled: {start: 2026-11-22T02:00:00Z, end: 2026-11-22T03:00:00Z}
            updates:
              - {at: 2026-11-18T10:00:00Z, status: scheduled, owner: SRE, scope: Web app, effect: read-only for an hour, body: We will upgrade the database on 22 November from 02:00 to 03:00 UTC.}
            ---
            """;

    static final String INCIDENT = """
            -- content/incidents/2026-11-20-slow-answers.md --
            ---
            title: Slow API answers
            severity: S2
            components: [api]
            triggered: 2026-11-20T14:05:00Z
            banner: Some API answers may be slow right now. We are on it. No action needed by you.
            updates:
              - at: 2026-11-20T14:09:00Z
                status: investigating
                owner: Comms lead
                scope: API users in all regions
                effect: Requests answer slowly
                next: 2026-11-20T14:25:00Z
                body: Users may see **slow answers** from the API. Next update by 14:25 UTC.
            internal:
              roles: {incidentLead: SENTINEL-LEAD, commsLead: Priya, supportLead: Tom, sreOnCall: Lee}
              rollback: {lever: SENTINEL-ROLLBACK}
              workaround: SENTINEL-WORKAROUND
            ---
            """;

    static final String IDENTIFIED = """
              - at: 2026-11-20T14:24:00Z
                status: identified
                owner: Comms lead
                scope: API users in all regions
                effect: Requests answer slowly
                next: 2026-11-20T14:40:00Z
                body: We found the cause, an overloaded cache, and are adding capacity. Next update by 14:40 UTC.
            """;

    /** Every receiver of SITE's notify: list, by its variable. */
    private record Receivers(Receiver slack, Receiver teams, Receiver discord, Receiver hook, Receiver webOnly, Receiver exec)
            implements AutoCloseable {
        static Receivers allAnswering() throws Exception {
            return new Receivers(Receiver.answering(), Receiver.always(Answer.of(202, "")), Receiver.always(Answer.of(204, "")),
                    Receiver.answering(), Receiver.answering(), Receiver.answering());
        }

        Map<String, String> env() {
            return Map.of("SLACK_URL", slack.url("/slack"), "TEAMS_URL", teams.url("/teams"), "DISCORD_URL", discord.url("/discord"),
                    "HOOK_URL", hook.url("/hook"), "HOOK_SECRET", "s3cret", "WEB_ONLY_URL", webOnly.url("/web"), "EXEC_URL", exec.url("/exec"));
        }

        List<Receiver> publicOnes() {
            return List.of(slack, teams, discord, hook, webOnly);
        }

        int requests() {
            return List.of(slack, teams, discord, hook, webOnly, exec).stream().mapToInt(r -> r.requests().size()).sum();
        }

        @Override
        public void close() {
            List.of(slack, teams, discord, hook, webOnly, exec).forEach(Receiver::close);
        }
    }

    /** Builds SITE at 14:00 (the live site), adds the incident and builds again at 14:10 (the deploy). */
    private static void liveThenIncident(Path dir, Map<String, String> env) throws Exception {
        TestSite.write(dir, SITE);
        assertEquals(0, TestSite.build(dir, "2026-11-20T14:00:00Z").exitCode());
        Run kept = TestSite.runAt(dir, CLOCK, env, "announce", "--previous", "site", "--save", ".herald/live");
        assertEquals(0, kept.exitCode(), kept.out() + kept.err());
        assertTrue(kept.out().startsWith("announce: kept the live manifest "), kept.out());
        TestSite.write(dir, INCIDENT);
        Run built = TestSite.build(dir, "2026-11-20T14:10:00Z");
        assertEquals(0, built.exitCode(), built.out() + built.err());
    }

    @Test
    void aNewIncidentReachesEveryChannelWithItsPayloadAndTheStateChangeAndASecondRunSendsNothing(@TempDir Path dir) throws Exception {
        try (Receivers r = Receivers.allAnswering()) {
            liveThenIncident(dir, r.env());
            Run run = TestSite.runAt(dir, CLOCK, r.env(), "announce", "--previous", ".herald/live");

            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().startsWith("announce: 1 new update, 2 state changes since "), run.out());
            assertTrue(run.out().contains("notify[3] webhook: delivered 2026-11-20-slow-answers investigating"), run.out());
            assertTrue(run.out().endsWith("announce: 10 delivered, 0 failed\n"), run.out());
            String[] channels = {"slack", "teams", "discord", "webhook"};
            Receiver[] receivers = {r.slack(), r.teams(), r.discord(), r.hook()};
            for (int i = 0; i < channels.length; i++) {
                List<String> bodies = receivers[i].bodies();
                assertEquals(2, bodies.size(), channels[i] + ": " + bodies);
                Golden.assertPayload("cli-" + channels[i] + "-new-incident", bodies.get(0));
                Golden.assertPayload("cli-" + channels[i] + "-state-change", bodies.get(1));
            }
            // the update's id is the API's, and the key of every request
            JsonNode api = JSON.readTree(dir.resolve("site/api/v2/incidents.json").toFile());
            String id = api.at("/incidents/0/incident_updates/0/id").asText();
            assertEquals("\"" + id + "\"", r.slack().requests().get(0).header("Idempotency-Key"));
            assertEquals("\"" + id + "\"", r.hook().requests().get(0).header("Idempotency-Key"));
            // the receiver checks the signature with the shared secret
            for (Receiver.Request request : r.hook().requests()) {
                assertEquals("sha256=" + hmac("s3cret", request.body()), request.header("X-Herald-Signature-256"));
            }
            // components: [web] hears nothing of an API incident
            assertEquals(List.of(), r.webOnly().bodies());
            for (Receiver pub : r.publicOnes()) {
                for (String body : pub.bodies()) {
                    INTERNAL.forEach(s -> assertFalse(body.contains(s), s + " in a public payload: " + body));
                }
            }
            // the exec room gets herald notify's exec draft instead, with the severity and the next checkpoint
            Golden.assertPayload("cli-slack-exec-draft", r.exec().bodies().get(0));
            assertTrue(r.exec().bodies().get(0).contains("[S2] Slow API answers"), r.exec().bodies().get(0));
            assertTrue(r.exec().bodies().get(0).contains("Next checkpoint: 14:25 UTC"), r.exec().bodies().get(0));
            assertTrue(r.exec().bodies().get(0).contains("SENTINEL-LEAD"), r.exec().bodies().get(0));

            int before = r.requests();
            Run again = TestSite.runAt(dir, CLOCK, r.env(), "announce", "--previous", "site");
            assertEquals(0, again.exitCode(), again.out() + again.err());
            assertTrue(again.out().startsWith("announce: nothing new since "), again.out());
            assertEquals(before, r.requests());
        }
    }

    @Test
    void anImportedIncidentIsHistoryAndNeverAnnounced(@TempDir Path dir) throws Exception {
        try (Receivers r = Receivers.allAnswering()) {
            TestSite.write(dir, SITE);
            assertEquals(0, TestSite.build(dir, "2026-11-20T14:00:00Z").exitCode());
            Run kept = TestSite.runAt(dir, CLOCK, r.env(), "announce", "--previous", "site", "--save", ".herald/live");
            assertEquals(0, kept.exitCode(), kept.out() + kept.err());
            TestSite.write(dir, """
                    -- content/incidents/2026-11-19-login-errors.md --
                    ---
                    title: Login errors
                    severity: S3
                    components: [api]
                    triggered: 2026-11-19T10:00:00Z
                    imported: {from: statuspage, id: x9kq2m7v4b1n, url: https://stspg.io/abc, at: 2026-11-20T13:00:00Z}
                    updates:
                      - {at: 2026-11-19T10:05:00Z, status: investigating, body: We are looking into login errors.}
                      - {at: 2026-11-19T11:00:00Z, status: resolved, body: Logins work again.}
                    ---
                    """);
            Run built = TestSite.build(dir, "2026-11-20T14:10:00Z");
            assertEquals(0, built.exitCode(), built.out() + built.err());
            Run run = TestSite.runAt(dir, CLOCK, r.env(), "announce", "--previous", ".herald/live");
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().startsWith("announce: nothing new since "), run.out());
            assertEquals(0, r.requests());
            JsonNode manifest = JSON.readTree(dir.resolve("site/api/herald/manifest.json").toFile());
            assertTrue(manifest.toString().contains("\"imported\":true"), manifest.toString());
        }
    }

    @Test
    void aMaintenanceWindowStartingIsAnnouncedByTheFirstBuildAfterItsStart(@TempDir Path dir) throws Exception {
        try (Receivers r = Receivers.allAnswering()) {
            TestSite.write(dir, SITE);
            assertEquals(0, TestSite.build(dir, "2026-11-22T01:50:00Z").exitCode());
            Files.move(dir.resolve("site"), dir.resolve("live"));
            assertEquals(0, TestSite.build(dir, "2026-11-22T02:05:00Z").exitCode());
            Run run = TestSite.runAt(dir, Instant.parse("2026-11-22T02:05:30Z"), r.env(), "announce", "--previous", "live");

            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().startsWith("announce: 1 new update, 2 state changes since "), run.out());
            Golden.assertPayload("cli-webhook-maintenance-start", r.hook().bodies().get(0));
            Golden.assertPayload("cli-webhook-maintenance-component", r.hook().bodies().get(1));
            Golden.assertPayload("cli-slack-maintenance-start", r.webOnly().bodies().get(0));
        }
    }

    @Test
    void retriesWaitsAndATimeoutAreReportedPerChannelWithExitStatus3(@TempDir Path dir) throws Exception {
        try (Receiver slack = Receiver.answering(Answer.of(500, "server error"));
                Receiver teams = Receiver.answering(new Answer(429, Map.of("Retry-After", "1"), "", false));
                Receiver discord = Receiver.always(Answer.hang());
                Receiver hook = Receiver.answering()) {
            TestSite.write(dir, SITE.replaceAll("(?m)^  - \\{type: slack, urlEnv: (WEB_ONLY|EXEC)_URL.*\\n", "") + INCIDENT);
            assertEquals(0, TestSite.build(dir, "2026-11-20T14:10:00Z").exitCode());
            Files.move(dir.resolve("site"), dir.resolve("live"));
            TestSite.edit(dir.resolve("content/incidents/2026-11-20-slow-answers.md"), "internal:", IDENTIFIED + "internal:");
            assertEquals(0, TestSite.build(dir, "2026-11-20T14:25:00Z").exitCode());
            Map<String, String> env = Map.of("SLACK_URL", slack.url("/s"), "TEAMS_URL", teams.url("/t"), "DISCORD_URL", discord.url("/d"),
                    "HOOK_URL", hook.url("/h"), "HOOK_SECRET", "s3cret");
            Run run = TestSite.runAt(dir, CLOCK, env, "announce", "--previous", "live", "--timeout", "1");

            assertEquals(ExitCodes.DELIVERY_FAILED, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().startsWith("announce: 1 new update, 0 state changes since "), run.out());
            // 500 then 200: the same message twice, delivered once
            assertEquals(2, slack.requests().size());
            assertEquals(slack.bodies().get(0), slack.bodies().get(1));
            assertTrue(run.out().contains("notify[0] slack: delivered 2026-11-20-slow-answers identified"), run.out());
            // 429 with Retry-After: 1 waits at least that second before the next attempt
            List<Receiver.Request> t = teams.requests();
            assertEquals(2, t.size());
            assertTrue(t.get(1).arrivedNanos() - t.get(0).arrivedNanos() >= TimeUnit.SECONDS.toNanos(1));
            // the receiver that never answers: 3 attempts, reported; the webhook was still delivered
            assertEquals(3, discord.requests().size());
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith("notify[2] discord: FAILED 2026-11-20-slow-answers identified")
                    && l.contains("no answer before the timeout, 3 attempts")), run.out());
            assertEquals(1, hook.requests().size());
            assertTrue(run.out().contains("notify[3] webhook: delivered"), run.out());
            assertTrue(run.out().contains("announce: 3 delivered, 1 failed (exit 3;"), run.out());
        }
    }

    @Test
    void emailArrivesWithSubjectBothPartsAndListUnsubscribe(@TempDir Path dir) throws Exception {
        String site = SITE.replaceAll("(?m)^  - \\{type: .*\\n", "");
        TestSite.write(dir, site.replace("notify:\n", "notify:\n  - type: email\n    smtp: {hostEnv: SMTP_HOST, port: "
                + SMTP.getSmtp().getPort() + ", starttls: false}\n    from: Example Status <status@example.com>\n"
                + "    toEnv: SUBSCRIBERS\n    unsubscribe: [\"https://lists.example.com/u\", \"mailto:leave@example.com\"]\n"));
        assertEquals(0, TestSite.build(dir, "2026-11-20T14:00:00Z").exitCode());
        Files.move(dir.resolve("site"), dir.resolve("live"));
        TestSite.write(dir, INCIDENT);
        assertEquals(0, TestSite.build(dir, "2026-11-20T14:10:00Z").exitCode());
        Run run = TestSite.runAt(dir, CLOCK, Map.of("SMTP_HOST", "127.0.0.1", "SUBSCRIBERS", "ann@example.com, bo@example.com"),
                "announce", "--previous", "live");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(SMTP.waitForIncomingEmail(5000, 2));
        MimeMessage got = SMTP.getReceivedMessagesForDomain("ann@example.com")[0];
        assertEquals("[Example Status] Investigating: Slow API answers", got.getSubject());
        assertEquals("<https://lists.example.com/u>, <mailto:leave@example.com>", got.getHeader("List-Unsubscribe", null));
        MimeMultipart parts = (MimeMultipart) got.getContent();
        assertTrue(parts.getContentType().startsWith("multipart/alternative"), parts.getContentType());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("Users may see slow answers from the API."));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(((String) parts.getBodyPart(1).getContent()).contains("<strong>slow answers</strong>"));
        assertEquals(2, SMTP.getReceivedMessages().length);
    }

    @Test
    void aDryRunPrintsEveryMessageAndSendsNothing(@TempDir Path dir) throws Exception {
        try (Receivers r = Receivers.allAnswering()) {
            liveThenIncident(dir, r.env());
            Run run = TestSite.runAt(dir, CLOCK, r.env(), "announce", "--previous", ".herald/live", "--dry-run");

            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertEquals(0, r.requests());
            assertTrue(run.out().contains("(dry run: nothing is sent)"), run.out());
            assertTrue(run.out().contains("POST $HOOK_URL\nIdempotency-Key: "), run.out());
            assertTrue(run.out().endsWith("announce: 10 printed, 0 delivered, 0 failed\n"), run.out());
        }
    }

    @Test
    void theFirstDeploySendsNothingAndSaysSo(@TempDir Path dir) throws Exception {
        try (Receivers r = Receivers.allAnswering()) {
            TestSite.write(dir, SITE + INCIDENT);
            assertEquals(0, TestSite.build(dir, "2026-11-20T14:10:00Z").exitCode());
            Run kept = TestSite.runAt(dir, CLOCK, r.env(), "announce", "--previous", "never-deployed", "--save", ".herald/live");
            assertEquals(0, kept.exitCode(), kept.out() + kept.err());
            assertFalse(Files.exists(dir.resolve(".herald/live")));
            Run run = TestSite.runAt(dir, CLOCK, r.env(), "announce", "--previous", ".herald/live");

            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().startsWith("announce: no previous manifest (no previous site at "), run.out());
            assertTrue(run.out().contains("a first deploy, so nothing is sent"), run.out());
            assertEquals(0, r.requests());
        }
    }

    @Test
    void aBadNotifyListIsALintErrorAtItsLineAndColumnAndAnnounceRefusesIt(@TempDir Path dir) throws Exception {
        TestSite.write(dir, SITE);
        assertEquals(0, TestSite.build(dir, "2026-11-20T14:00:00Z").exitCode());
        TestSite.write(dir, SITE.replace("  - {type: slack, urlEnv: SLACK_URL}\n", """
                  - {type: slack, urlEnvv: SLACK_URL}
                  - {type: teams, urlEnv: "https://example.webhook.office.com/abc"}
                  - {type: discord, urlEnv: D, components: web}
                """));
        Run lint = TestSite.run(dir, "lint");

        assertEquals(1, lint.exitCode(), lint.out() + lint.err());
        assertEquals(List.of(
                "content/site.yaml:7:5: error [required-field] notify[0].urlEnv: missing: the name of the environment variable that holds it,"
                        + " like SLACK_WEBHOOK_URL",
                "content/site.yaml:7:19: error [unknown-field] notify[0].urlEnvv: unknown key \"urlEnvv\" (did you mean \"urlEnv\"?)",
                "content/site.yaml:8:27: error [invalid-value] notify[1].urlEnv: this looks like the secret itself: keep it out of git,"
                        + " store it in a CI secret and give the variable's name, like SLACK_WEBHOOK_URL",
                "content/site.yaml:9:44: error [invalid-value] notify[2].components: expected a list, like [api, web] (ids of site.yaml's components)"),
                lint.findings());
        Run run = TestSite.run(dir, "announce", "--previous", "site");
        assertEquals(ExitCodes.CANNOT_RUN, run.exitCode());
        assertEquals(lint.findings(), run.findings());
        assertTrue(run.err().contains("herald: announce stopped: fix the errors above (a bad notify: is one); nothing was sent"), run.err());
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
