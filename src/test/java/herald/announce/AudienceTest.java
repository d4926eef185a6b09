package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Internal audiences get their draft; public channels never get severity or anything internal. */
class AudienceTest {
    private static final String CHANNELS = """
            - {type: slack, urlEnv: PUBLIC_SLACK}
            - {type: slack, urlEnv: EXEC_SLACK, audience: exec}
            - {type: teams, urlEnv: PUBLIC_TEAMS}
            - {type: discord, urlEnv: PUBLIC_DISCORD}
            - {type: webhook, urlEnv: PUBLIC_HOOK}
            - {type: webhook, urlEnv: ENG_HOOK, audience: eng}
            """;
    private static final List<String> PUBLIC_PATHS = List.of("/public-slack", "/public-teams", "/public-discord", "/public-hook");

    private final StringWriter report = new StringWriter();

    private AnnounceOutcome announce(Receiver r, List<InternalDraft> drafts, String channels) throws InterruptedException {
        Env env = Env.of(Map.of("PUBLIC_SLACK", r.url("/public-slack"), "EXEC_SLACK", r.url("/exec-slack"),
                "PUBLIC_TEAMS", r.url("/public-teams"), "PUBLIC_DISCORD", r.url("/public-discord"),
                "PUBLIC_HOOK", r.url("/public-hook"), "ENG_HOOK", r.url("/eng-hook"), "SUPPORT_SLACK", r.url("/support-slack")));
        return new Announcer(env, Scenario.settings(), new PrintWriter(report)).announce(Scenario.previous(Scenario.quiet()),
                Scenario.incidentBegun(), Scenario.all(), drafts, Scenario.channels(channels), false);
    }

    private static List<String> bodiesTo(Receiver r, String path) {
        return r.requests().stream().filter(q -> q.pathAndQuery().startsWith(path)).map(Receiver.Request::body).toList();
    }

    @Test
    void anExecChannelGetsTheExecDraftWithSeverityAndNextCheckpoint() throws Exception {
        try (Receiver r = Receiver.answering()) {
            assertEquals(0, announce(r, Scenario.drafts(), CHANNELS).exitStatus(), report.toString());

            String exec = bodiesTo(r, "/exec-slack").get(0);
            assertTrue(exec.contains("[S1] Slow and incomplete AI answers: investigating"), exec);
            assertTrue(exec.contains("Next checkpoint: 14:25 UTC (in 16m)"), exec);
            assertFalse(exec.contains("Users may see slow responses"), "the draft replaces the public text: " + exec);
            Golden.assertPayload("slack-exec-draft", exec);
        }
    }

    @Test
    void noPublicPayloadCarriesSeverityOrAnyInternalValueOnTheSameRun() throws Exception {
        try (Receiver r = Receiver.answering()) {
            announce(r, Scenario.drafts(), CHANNELS);

            for (String path : PUBLIC_PATHS) {
                List<String> bodies = bodiesTo(r, path);
                assertEquals(2, bodies.size(), path); // the update and the state change
                for (String body : bodies) {
                    for (String sentinel : Scenario.SENTINELS) {
                        assertFalse(body.contains(sentinel), path + " carries \"" + sentinel + "\": " + body);
                    }
                    assertFalse(body.contains("\"draft\""), body);
                }
            }
        }
    }

    @Test
    void eachInternalChannelGetsOnlyItsOwnAudiencesDraft() throws Exception {
        try (Receiver r = Receiver.answering()) {
            announce(r, Scenario.drafts(), CHANNELS);

            String eng = bodiesTo(r, "/eng-hook").get(0);
            assertTrue(eng.contains("\"draft\":{\"audience\":\"eng\",\"text\":\"Progress: investigating\\nRollback lever: SENTINEL-ROLLBACK-42\"}"), eng);
            assertFalse(eng.contains("SENTINEL-LEAD-91"), eng);
            assertFalse(bodiesTo(r, "/exec-slack").get(0).contains("SENTINEL-ROLLBACK-42"));
        }
    }

    @Test
    void anInternalChannelWithoutItsDraftFailsThatMessageAndNeverFallsBackToPublicText() throws Exception {
        try (Receiver r = Receiver.answering()) {
            AnnounceOutcome outcome = announce(r, List.of(), "- {type: slack, urlEnv: SUPPORT_SLACK, audience: support}");

            List<String> got = bodiesTo(r, "/support-slack");
            assertEquals(1, got.size(), "only the public state change goes out: " + got);
            assertTrue(got.get(0).contains("\"herald_state\""), got.get(0));
            assertEquals("no support draft was given for this update", outcome.failures().get(0).reason());
            assertEquals(AnnounceOutcome.SOME_FAILED, outcome.exitStatus());
        }
    }
}
