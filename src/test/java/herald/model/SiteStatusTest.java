package herald.model;

import herald.diag.Pos;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The derived state, computed once in Java: component states, overall state, resolve time, duration. */
class SiteStatusTest {

    private static OffsetDateTime t(String s) {
        return OffsetDateTime.parse(s);
    }

    private static Update update(String at, UpdateStatus status) {
        return new Update(t(at), status, "o", "s", "e", null, null, "b");
    }

    private static Incident incident(String id, Severity severity, PublicState state, List<String> components, String triggered, Update... updates) {
        return new Incident(id, "f", "title", severity, components, t(triggered), state, null, null, null, null,
                List.of(updates), null, null);
    }

    private static Site site() {
        return new Site("T", "https://x.example/", "en", ZoneOffset.UTC, null, null, List.of(
                new Component("a", "A", null, null), new Component("b", "B", null, null), new Component("c", "C", null, null)),
                Policy.DEFAULT);
    }

    @Test
    void aComponentTakesTheWorstStateOfItsOpenIncidents() {
        Incident s2 = incident("i1", Severity.S2, null, List.of("a", "b"), "2026-11-20T10:00:00Z", update("2026-11-20T10:05:00Z", UpdateStatus.INVESTIGATING));
        Incident s1 = incident("i2", Severity.S1, null, List.of("b"), "2026-11-20T10:10:00Z", update("2026-11-20T10:15:00Z", UpdateStatus.INVESTIGATING));
        SiteStatus status = SiteStatus.at(new Content(site(), List.of(s2, s1), List.of()), Instant.parse("2026-11-20T11:00:00Z"));
        assertEquals(PublicState.DEGRADED_PERFORMANCE, status.components().get("a"));
        assertEquals(PublicState.MAJOR_OUTAGE, status.components().get("b"));
        assertEquals(PublicState.OPERATIONAL, status.components().get("c"));
        assertEquals(PublicState.MAJOR_OUTAGE, status.overall());
        assertEquals(List.of("i2", "i1"), status.activeIncidents().stream().map(Incident::id).toList());
    }

    @Test
    void aResolvedIncidentNoLongerCounts() {
        Incident done = incident("i1", Severity.S1, null, List.of("a"), "2026-11-20T10:00:00Z",
                update("2026-11-20T10:05:00Z", UpdateStatus.INVESTIGATING), update("2026-11-20T10:25:00Z", UpdateStatus.RESOLVED));
        SiteStatus status = SiteStatus.at(new Content(site(), List.of(done), List.of()), Instant.parse("2026-11-20T11:00:00Z"));
        assertEquals(PublicState.OPERATIONAL, status.overall());
        assertEquals(List.of(), status.activeIncidents());
        assertEquals(Instant.parse("2026-11-20T10:25:00Z"), done.resolvedAt().orElseThrow());
        assertEquals(Duration.ofMinutes(25), done.duration(Instant.parse("2026-11-21T00:00:00Z")));
        // at a time before the resolve, the same incident is open
        assertEquals(PublicState.MAJOR_OUTAGE, SiteStatus.at(new Content(site(), List.of(done), List.of()), Instant.parse("2026-11-20T10:20:00Z")).overall());
    }

    @Test
    void theDeclaredStateOverridesTheLadderDefault() {
        Incident i = incident("i1", Severity.S2, PublicState.PARTIAL_OUTAGE, List.of("a"), "2026-11-20T10:00:00Z", update("2026-11-20T10:05:00Z", UpdateStatus.INVESTIGATING));
        assertEquals(PublicState.PARTIAL_OUTAGE, SiteStatus.at(new Content(site(), List.of(i), List.of()), Instant.parse("2026-11-20T11:00:00Z")).components().get("a"));
    }

    @Test
    void anAdvisoryIsInformationalAndNotWorseThanOperational() {
        Incident s4 = incident("i1", Severity.S4, null, List.of("a"), "2026-11-20T10:00:00Z", update("2026-11-20T10:05:00Z", UpdateStatus.INVESTIGATING));
        SiteStatus status = SiteStatus.at(new Content(site(), List.of(s4), List.of()), Instant.parse("2026-11-20T11:00:00Z"));
        assertEquals(PublicState.INFORMATIONAL, status.components().get("a"));
        assertEquals(PublicState.INFORMATIONAL, status.overall());
        assertEquals(false, PublicState.INFORMATIONAL.worseThan(PublicState.OPERATIONAL));
    }

    @Test
    void maintenanceCountsFromItsStartUntilTheCompletedUpdate() {
        Maintenance m = new Maintenance("m1", "f", "DB", List.of("c"), t("2026-12-01T02:00:00Z"), t("2026-12-01T03:00:00Z"), "b",
                List.of(update("2026-11-28T10:00:00Z", UpdateStatus.SCHEDULED), update("2026-12-01T02:40:00Z", UpdateStatus.COMPLETED)), null, null);
        Content content = new Content(site(), List.of(), List.of(m));
        assertEquals(Maintenance.Phase.UPCOMING, m.phaseAt(Instant.parse("2026-12-01T01:59:00Z")));
        SiteStatus during = SiteStatus.at(content, Instant.parse("2026-12-01T02:10:00Z"));
        assertEquals(PublicState.MAINTENANCE, during.components().get("c"));
        assertEquals(PublicState.MAINTENANCE, during.overall());
        assertEquals(Maintenance.Phase.COMPLETED, m.phaseAt(Instant.parse("2026-12-01T02:40:00Z")));
        assertEquals(PublicState.OPERATIONAL, SiteStatus.at(content, Instant.parse("2026-12-01T02:45:00Z")).overall());
    }

    @Test
    void anOutageOutranksMaintenance() {
        assertEquals(PublicState.PARTIAL_OUTAGE, PublicState.worst(PublicState.MAINTENANCE, PublicState.PARTIAL_OUTAGE));
        assertEquals(PublicState.MAINTENANCE, PublicState.worst(PublicState.MAINTENANCE, PublicState.INFORMATIONAL));
        assertEquals(PublicState.DEGRADED_PERFORMANCE, PublicState.worst(PublicState.MAINTENANCE, PublicState.DEGRADED_PERFORMANCE));
    }
}
