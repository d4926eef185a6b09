package herald.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import herald.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API read the way an existing Statuspage client reads it: a small client model written from
 * the real responses (not from Herald's records), strict about unknown keys, checked against the
 * example content.
 */
class ApiClientTest {
    // ------------------------------------------------------------------ a client's model, from the fixtures

    record SpPage(String id, String name, String url, @JsonProperty("time_zone") String timeZone,
            @JsonProperty("updated_at") String updatedAt) {
    }

    record SpStatus(String indicator, String description) {
    }

    record SpComponent(String id, String name, String status, @JsonProperty("created_at") String createdAt,
            @JsonProperty("updated_at") String updatedAt, int position, String description, boolean showcase,
            @JsonProperty("start_date") String startDate, @JsonProperty("group_id") String groupId,
            @JsonProperty("page_id") String pageId, boolean group, @JsonProperty("only_show_if_degraded") boolean onlyShowIfDegraded,
            List<String> components) {
    }

    record SpAffected(String code, String name, @JsonProperty("old_status") String oldStatus, @JsonProperty("new_status") String newStatus) {
    }

    record SpUpdate(String id, String status, String body, @JsonProperty("incident_id") String incidentId,
            @JsonProperty("created_at") String createdAt, @JsonProperty("updated_at") String updatedAt,
            @JsonProperty("display_at") String displayAt, @JsonProperty("affected_components") List<SpAffected> affectedComponents,
            @JsonProperty("deliver_notifications") boolean deliverNotifications, @JsonProperty("custom_tweet") String customTweet,
            @JsonProperty("tweet_id") String tweetId) {
    }

    record SpIncident(String id, String name, String status, @JsonProperty("created_at") String createdAt,
            @JsonProperty("updated_at") String updatedAt, @JsonProperty("monitoring_at") String monitoringAt,
            @JsonProperty("resolved_at") String resolvedAt, String impact, String shortlink,
            @JsonProperty("started_at") String startedAt, @JsonProperty("page_id") String pageId,
            @JsonProperty("incident_updates") List<SpUpdate> incidentUpdates, List<SpComponent> components,
            @JsonProperty("scheduled_for") String scheduledFor, @JsonProperty("scheduled_until") String scheduledUntil) {
    }

    record SpSummary(SpPage page, List<SpComponent> components, List<SpIncident> incidents,
            @JsonProperty("scheduled_maintenances") List<SpIncident> scheduledMaintenances, SpStatus status) {
    }

    static final ObjectMapper CLIENT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @TempDir
    static Path dir;
    static Path api;

    @BeforeAll
    static void build() throws IOException {
        api = TestSite.buildExample(dir).resolve("api/v2");
    }

    static SpSummary read(String file) throws IOException {
        return CLIENT.readValue(api.resolve(file).toFile(), SpSummary.class);
    }

    @Test
    void theFixturesThemselvesParseWithThisClientModel() throws IOException {
        SpSummary fixture = CLIENT.readValue(Path.of("src/test/resources/statuspage/summary-with-incident-and-maintenance.json").toFile(), SpSummary.class);
        assertEquals("minor", fixture.status().indicator());
        SpSummary resolved = CLIENT.readValue(Path.of("src/test/resources/statuspage/incidents-resolved.json").toFile(), SpSummary.class);
        assertEquals("resolved", resolved.incidents().get(0).status());
    }

    @Test
    void theSummaryMatchesTheContent() throws IOException {
        SpSummary s = read("summary.json");
        assertEquals("Acme Status", s.page().name());
        assertEquals("https://status.acme.example", s.page().url());
        assertEquals("Europe/Berlin", s.page().timeZone());
        assertEquals("2026-11-27T14:24:00.000Z", s.page().updatedAt());
        assertEquals("minor", s.status().indicator());
        assertEquals("Partially Degraded Service", s.status().description());
        assertEquals(1, s.incidents().size());
        SpIncident open = s.incidents().get(0);
        assertEquals("2026-11-27-slow-answers", open.id());
        assertEquals("monitoring", open.status());
        assertEquals("major", open.impact()); // S2
        assertEquals("2026-11-27T13:32:00.000Z", open.startedAt());
        assertEquals("2026-11-27T13:39:00.000Z", open.createdAt());
        assertEquals("2026-11-27T14:24:00.000Z", open.monitoringAt());
        assertNull(open.resolvedAt());
        assertEquals("https://status.acme.example/incidents/2026-11-27-slow-answers/", open.shortlink());
        assertEquals(List.of("answers-api", "citations"), open.components().stream().map(SpComponent::id).toList());
        SpComponent answers = s.components().stream().filter(c -> c.id().equals("answers-api")).findFirst().orElseThrow();
        assertEquals("degraded_performance", answers.status());
        assertEquals(1, answers.position());
        SpComponent product = s.components().stream().filter(c -> c.group() && c.name().equals("Product")).findFirst().orElseThrow();
        assertEquals(product.id(), answers.groupId());
        assertEquals(List.of("answers-api", "citations", "search", "web-app"), product.components());
        assertEquals(1, s.scheduledMaintenances().size());
        assertEquals("2027-01-16T06:00:00.000Z", s.scheduledMaintenances().get(0).scheduledFor());
        assertEquals("2027-01-16T07:30:00.000Z", s.scheduledMaintenances().get(0).scheduledUntil());
    }

    @Test
    void updatesAreNewestFirstWithTheirStateTransitions() throws IOException {
        SpIncident open = read("incidents/unresolved.json").incidents().get(0);
        List<String> times = open.incidentUpdates().stream().map(SpUpdate::displayAt).toList();
        assertEquals(List.of("2026-11-27T14:24:00.000Z", "2026-11-27T14:09:00.000Z", "2026-11-27T13:54:00.000Z", "2026-11-27T13:39:00.000Z"), times);
        SpUpdate first = open.incidentUpdates().get(3);
        assertEquals("investigating", first.status());
        assertEquals("2026-11-27-slow-answers", first.incidentId());
        assertTrue(first.body().startsWith("We are investigating an incident affecting AI answers."));
        assertEquals(new SpAffected("answers-api", "AI answers", "operational", "degraded_performance"), first.affectedComponents().get(0));
        assertEquals(new SpAffected("answers-api", "AI answers", "degraded_performance", "degraded_performance"),
                open.incidentUpdates().get(0).affectedComponents().get(0));
    }

    @Test
    void resolvedIncidentsCarryTheirResolveTimeAndRecoverTheirComponents() throws IOException {
        SpSummary all = read("incidents.json");
        assertEquals(12, all.incidents().size());
        List<String> starts = new ArrayList<>(all.incidents().stream().map(SpIncident::startedAt).toList());
        List<String> sorted = new ArrayList<>(starts);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, starts);
        SpIncident s1 = all.incidents().stream().filter(i -> i.id().equals("2026-09-03-sign-in-outage")).findFirst().orElseThrow();
        assertEquals("postmortem", s1.status());
        assertEquals("critical", s1.impact());
        assertEquals("2026-09-03T09:09:00.000Z", s1.resolvedAt());
        SpUpdate resolvedUpdate = s1.incidentUpdates().stream().filter(u -> u.status().equals("resolved")).findFirst().orElseThrow();
        SpAffected signIn = resolvedUpdate.affectedComponents().stream().filter(a -> a.code().equals("sign-in")).findFirst().orElseThrow();
        assertEquals("major_outage", signIn.oldStatus());
        assertEquals("operational", signIn.newStatus());
        for (SpIncident i : all.incidents()) {
            Instant.parse(i.createdAt());
            assertTrue(i.incidentUpdates().size() >= 3, i.id());
        }
    }

    @Test
    void maintenanceFilesSplitUpcomingAndActive() throws IOException {
        SpSummary all = read("scheduled-maintenances.json");
        assertEquals(List.of("2027-01-16-sign-in-migration", "2026-10-18-database-upgrade"),
                all.scheduledMaintenances().stream().map(SpIncident::id).toList());
        assertEquals("completed", all.scheduledMaintenances().get(1).status());
        assertEquals(List.of("2027-01-16-sign-in-migration"), read("scheduled-maintenances/upcoming.json").scheduledMaintenances().stream().map(SpIncident::id).toList());
        assertEquals(List.of(), read("scheduled-maintenances/active.json").scheduledMaintenances());
        assertEquals("minor", read("status.json").status().indicator());
        assertEquals(13, read("components.json").components().size());
    }
}
