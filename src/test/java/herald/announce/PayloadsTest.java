package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact payload each kind of receiver gets, received by real HTTP servers on 127.0.0.1. */
class PayloadsTest {
    private static final String CHANNELS = """
            - {type: slack, urlEnv: SLACK_URL}
            - {type: teams, urlEnv: TEAMS_URL}
            - {type: discord, urlEnv: DISCORD_URL}
            - {type: webhook, urlEnv: HOOK_URL}
            """;

    private Receiver slack;
    private Receiver teams;
    private Receiver discord;
    private Receiver webhook;
    private final StringWriter report = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        slack = Receiver.answering();
        teams = Receiver.always(Receiver.Answer.of(202, ""));
        discord = Receiver.always(Receiver.Answer.of(200, "{\"id\": \"1234567890\"}"));
        webhook = Receiver.answering();
    }

    @AfterEach
    void stop() {
        List.of(slack, teams, discord, webhook).forEach(Receiver::close);
    }

    private AnnounceOutcome announce(Manifest previous, Manifest current) throws InterruptedException {
        Env env = Env.of(Map.of("SLACK_URL", slack.url("/services/T0/B0/x"), "TEAMS_URL", teams.url("/workflows/1/triggers/manual/paths/invoke"),
                "DISCORD_URL", discord.url("/api/webhooks/1/token"), "HOOK_URL", webhook.url("/statuspage")));
        return new Announcer(env, Scenario.settings(), new PrintWriter(report))
                .announce(Scenario.previous(previous), current, Scenario.all(), Scenario.drafts(), Scenario.channels(CHANNELS), false);
    }

    @Test
    void aNewIncidentSendsItsFirstUpdateAndThePageStateChange() throws Exception {
        AnnounceOutcome outcome = announce(Scenario.quiet(), Scenario.incidentBegun());

        assertEquals(0, outcome.exitStatus(), report.toString());
        for (var r : List.of(slack, teams, discord, webhook)) {
            assertEquals(2, r.requests().size(), report.toString());
        }
        Golden.assertPayload("slack-incident-update", slack.bodies().get(0));
        Golden.assertPayload("slack-state-change", slack.bodies().get(1));
        Golden.assertPayload("teams-incident-update", teams.bodies().get(0));
        Golden.assertPayload("teams-state-change", teams.bodies().get(1));
        Golden.assertPayload("discord-incident-update", discord.bodies().get(0));
        Golden.assertPayload("discord-state-change", discord.bodies().get(1));
        Golden.assertPayload("webhook-incident-update", webhook.bodies().get(0));
        Golden.assertPayload("webhook-state-change", webhook.bodies().get(1));
    }

    @Test
    void theNextUpdateOfAnIncidentRepeatsItsEarlierUpdatesNewestFirstOnTheWebhook() throws Exception {
        announce(Scenario.incidentBegun(), Scenario.incidentIdentified());

        for (var r : List.of(slack, teams, discord, webhook)) {
            assertEquals(1, r.requests().size(), report.toString());
        }
        Golden.assertPayload("webhook-next-update", webhook.bodies().get(0));
        Golden.assertPayload("slack-next-update", slack.bodies().get(0));
    }

    @Test
    void aMaintenanceWindowStartingIsAnUpdateInProgressAndAStateChange() throws Exception {
        AnnounceOutcome outcome = announce(Scenario.beforeWindow(), Scenario.windowStarted());

        assertEquals(0, outcome.exitStatus(), report.toString());
        Golden.assertPayload("slack-maintenance-start", slack.bodies().get(0));
        Golden.assertPayload("slack-maintenance-state-change", slack.bodies().get(1));
        Golden.assertPayload("teams-maintenance-start", teams.bodies().get(0));
        Golden.assertPayload("teams-maintenance-state-change", teams.bodies().get(1));
        Golden.assertPayload("discord-maintenance-start", discord.bodies().get(0));
        Golden.assertPayload("discord-maintenance-state-change", discord.bodies().get(1));
        Golden.assertPayload("webhook-maintenance-start", webhook.bodies().get(0));
        Golden.assertPayload("webhook-maintenance-state-change", webhook.bodies().get(1));
    }

    @Test
    void everyRequestCarriesTheIdempotencyKeyItsPayloadNames() throws Exception {
        announce(Scenario.incidentBegun(), Scenario.incidentIdentified());
        String id = Scenario.IDENTIFIED.id();

        for (var r : List.of(slack, teams, discord, webhook)) {
            Receiver.Request got = r.requests().get(0);
            assertEquals("POST", got.method());
            assertEquals("\"" + id + "\"", got.header("Idempotency-Key"));
            assertEquals("application/json; charset=utf-8", got.header("Content-Type"));
            assertEquals("Herald/test", got.header("User-Agent"));
            assertTrue(got.body().contains(id), got.body());
        }
        assertEquals("/api/webhooks/1/token?wait=true", discord.requests().get(0).pathAndQuery()); // failures surface
        assertEquals(null, webhook.requests().get(0).header(HttpDelivery.SIGNATURE_HEADER)); // no secretEnv, no signature
    }

    @Test
    void theReportNamesEachChannelAndMessage() throws Exception {
        announce(Scenario.incidentBegun(), Scenario.incidentIdentified());

        String id = Scenario.IDENTIFIED.id();
        assertEquals("""
                announce: 1 new update, 0 state changes since https://status.example.com/api/herald/manifest.json
                notify[0] slack: delivered 2026-11-20-slow-answers identified (%1$s): HTTP 200, 1 attempt
                notify[1] teams: delivered 2026-11-20-slow-answers identified (%1$s): HTTP 202, 1 attempt
                notify[2] discord: delivered 2026-11-20-slow-answers identified (%1$s): HTTP 200, 1 attempt
                notify[3] webhook: delivered 2026-11-20-slow-answers identified (%1$s): HTTP 200, 1 attempt
                announce: 4 delivered, 0 failed
                """.formatted(id), report.toString());
    }
}
