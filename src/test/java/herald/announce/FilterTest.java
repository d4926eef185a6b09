package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** components: and events: let through exactly what they name. */
class FilterTest {
    private static final String CHANNELS = """
            - {type: slack, urlEnv: WEB_ONLY, components: [web]}
            - {type: slack, urlEnv: ANSWERS_ONLY, components: [answers-api]}
            - {type: discord, urlEnv: MAINTENANCE_ONLY, events: [maintenance]}
            - {type: webhook, urlEnv: INCIDENTS_ONLY, events: [incidents]}
            """;

    private static List<String> bodiesTo(Receiver r, String path) {
        return r.requests().stream().filter(q -> q.pathAndQuery().startsWith(path)).map(Receiver.Request::body).toList();
    }

    private static void announce(Receiver r, Manifest previous, Manifest current) throws InterruptedException {
        Env env = Env.of(Map.of("WEB_ONLY", r.url("/web"), "ANSWERS_ONLY", r.url("/answers"), "MAINTENANCE_ONLY", r.url("/maint"),
                "INCIDENTS_ONLY", r.url("/incidents")));
        new Announcer(env, Scenario.settings(), new PrintWriter(new StringWriter())).announce(Scenario.previous(previous), current,
                Scenario.all(), List.of(), Scenario.channels(CHANNELS), false);
    }

    @Test
    void anIncidentOnOneComponentReachesOnlyTheChannelsOfThatComponentAndOfIncidents() throws Exception {
        try (Receiver r = Receiver.answering()) {
            announce(r, Scenario.quiet(), Scenario.incidentBegun());

            assertEquals(List.of(), bodiesTo(r, "/web"));
            assertEquals(List.of(), bodiesTo(r, "/maint"));
            List<String> answers = bodiesTo(r, "/answers");
            assertEquals(2, answers.size());
            assertTrue(answers.get(1).contains("*AI answers*: Operational → Degraded performance"), answers.get(1));
            assertFalse(answers.get(1).contains("Overall"), "a component channel hears about its components, not the page");
            assertEquals(2, bodiesTo(r, "/incidents").size()); // the incident and its component's state change
        }
    }

    @Test
    void aMaintenanceWindowReachesItsComponentsChannelAndTheMaintenanceChannelOnly() throws Exception {
        try (Receiver r = Receiver.answering()) {
            announce(r, Scenario.beforeWindow(), Scenario.windowStarted());

            assertEquals(2, bodiesTo(r, "/web").size());
            assertEquals(List.of(), bodiesTo(r, "/answers"));
            assertEquals(2, bodiesTo(r, "/maint").size());
            assertEquals(List.of(), bodiesTo(r, "/incidents"));
        }
    }
}
