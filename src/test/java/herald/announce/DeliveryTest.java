package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retries, Retry-After, timeouts and final failures, against real receivers; channels stay independent. */
class DeliveryTest {
    private final StringWriter report = new StringWriter();

    private AnnounceOutcome announce(String channels, Map<String, String> env, SendSettings settings) throws InterruptedException {
        return new Announcer(Env.of(env), settings, new PrintWriter(report)).announce(Scenario.previous(Scenario.incidentBegun()),
                Scenario.incidentIdentified(), Scenario.all(), List.of(), Scenario.channels(channels), false);
    }

    @Test
    void a500ThenA200IsDeliveredOnceOnTheSecondAttempt() throws Exception {
        try (Receiver slack = Receiver.answering(Receiver.Answer.of(500, "rollup_error"))) {
            AnnounceOutcome outcome = announce("- {type: slack, urlEnv: SLACK_URL}", Map.of("SLACK_URL", slack.url("/s")), Scenario.settings());

            assertEquals(2, slack.requests().size());
            assertEquals(slack.bodies().get(0), slack.bodies().get(1)); // the same message, not a second one
            assertEquals(slack.requests().get(0).header("Idempotency-Key"), slack.requests().get(1).header("Idempotency-Key"));
            Delivery d = outcome.deliveries().get(0);
            assertEquals(Delivery.Result.DELIVERED, d.result());
            assertEquals(2, d.attempts());
            assertEquals(AnnounceOutcome.ALL_DELIVERED, outcome.exitStatus());
        }
    }

    @Test
    void a429WithRetryAfterOneSecondIsTriedAgainOnlyAfterThatSecond() throws Exception {
        Receiver.Answer limited = new Receiver.Answer(429, Map.of("Retry-After", "1"), "rate limited", false);
        try (Receiver slack = Receiver.answering(limited)) {
            AnnounceOutcome outcome = announce("- {type: slack, urlEnv: SLACK_URL}", Map.of("SLACK_URL", slack.url("/s")), Scenario.settings());

            List<Receiver.Request> got = slack.requests();
            assertEquals(2, got.size());
            Duration gap = Duration.ofNanos(got.get(1).arrivedNanos() - got.get(0).arrivedNanos());
            assertTrue(gap.compareTo(Duration.ofSeconds(1)) >= 0, "the retry came " + gap + " after the 429"); // the backoff alone is 20 ms
            assertEquals(Delivery.Result.DELIVERED, outcome.deliveries().get(0).result());
        }
    }

    @Test
    void aRetryAfterLongerThanHeraldWaitsFailsTheMessageAtOnce() throws Exception {
        Receiver.Answer limited = new Receiver.Answer(429, Map.of("Retry-After", "65"), "", false);
        try (Receiver discord = Receiver.answering(limited)) {
            AnnounceOutcome outcome = announce("- {type: discord, urlEnv: D}", Map.of("D", discord.url("/d")), Scenario.settings());

            assertEquals(1, discord.requests().size());
            assertEquals("HTTP 429; asked to wait 65 s, longer than the 5 s Herald waits", outcome.failures().get(0).reason());
        }
    }

    @Test
    void aReceiverThatNeverAnswersTimesOutAndIsReportedWhileTheOthersDeliver() throws Exception {
        try (Receiver slack = Receiver.answering(); Receiver teams = Receiver.always(Receiver.Answer.hang());
             Receiver hook = Receiver.answering()) {
            AnnounceOutcome outcome = announce("""
                    - {type: slack, urlEnv: SLACK_URL}
                    - {type: teams, urlEnv: TEAMS_URL}
                    - {type: webhook, urlEnv: HOOK_URL}
                    """, Map.of("SLACK_URL", slack.url("/s"), "TEAMS_URL", teams.url("/t"), "HOOK_URL", hook.url("/h")),
                    Scenario.settings().withTimeout(Duration.ofMillis(300)));

            assertEquals(1, slack.requests().size());
            assertEquals(1, hook.requests().size());
            assertEquals(3, teams.requests().size()); // a timeout is a network error: tried 3 times
            Delivery failed = outcome.failures().get(0);
            assertEquals("notify[1] teams", failed.channel());
            assertEquals("no answer before the timeout", failed.reason());
            assertEquals(3, failed.attempts());
            assertEquals(AnnounceOutcome.SOME_FAILED, outcome.exitStatus());
            assertTrue(report.toString().contains("notify[1] teams: FAILED 2026-11-20-slow-answers identified ("
                    + Scenario.IDENTIFIED.id() + "): no answer before the timeout, 3 attempts\n"), report.toString());
            assertTrue(report.toString().endsWith("announce: 2 delivered, 1 failed (exit 3; the publish stands: failed messages"
                    + " are not retried by themselves)\n"), report.toString());
        }
    }

    @Test
    void a404IsFinalAndSaysTheUrlIsGone() throws Exception {
        try (Receiver slack = Receiver.always(Receiver.Answer.of(404, "no_service"))) {
            AnnounceOutcome outcome = announce("- {type: slack, urlEnv: SLACK_URL}", Map.of("SLACK_URL", slack.url("/s")), Scenario.settings());

            assertEquals(1, slack.requests().size());
            assertEquals("HTTP 404 \"no_service\"; the webhook URL is gone: create a new one and update the secret",
                    outcome.failures().get(0).reason());
        }
    }

    @Test
    void aMissingVariableFailsOnlyItsChannelAndNothingLeaves() throws Exception {
        try (Receiver slack = Receiver.answering()) {
            AnnounceOutcome outcome = announce("""
                    - {type: teams, urlEnv: TEAMS_URL}
                    - {type: slack, urlEnv: SLACK_URL}
                    """, Map.of("SLACK_URL", slack.url("/s")), Scenario.settings());

            assertEquals(1, slack.requests().size());
            Delivery failed = outcome.failures().get(0);
            assertEquals("the environment variable TEAMS_URL is not set", failed.reason());
            assertEquals(0, failed.attempts());
            assertEquals(AnnounceOutcome.SOME_FAILED, outcome.exitStatus());
        }
    }

    @Test
    void aRefusedConnectionIsReportedWithoutTheSecretUrl() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/services/T0/B0/SECRET-TOKEN";
        AnnounceOutcome outcome = announce("- {type: slack, urlEnv: SLACK_URL}", Map.of("SLACK_URL", url), Scenario.settings());

        assertEquals("connection refused", outcome.failures().get(0).reason());
        assertFalse(report.toString().contains("SECRET-TOKEN"), report.toString());
    }
}
