package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.model.Component;
import herald.model.Content;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.Policy;
import herald.diag.Pos;
import herald.model.PublicState;
import herald.model.Severity;
import herald.model.Site;
import herald.model.Update;
import herald.model.UpdateStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published uptime formula, day bars in the site's zone, and overlaps counted once. */
class UptimeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-10T22:00:00Z"); // 10 Nov, 23:00 in Berlin

    private static Incident incident(String id, Severity sev, PublicState state, String from, String to) {
        return new Incident(id, "f", id, sev, List.of("a"), OffsetDateTime.parse(from), state, null, null, null, null,
                List.of(new Update(OffsetDateTime.parse(from), UpdateStatus.INVESTIGATING, "o", "s", "e", null, null, "b"),
                        new Update(OffsetDateTime.parse(to), UpdateStatus.RESOLVED, "o", "s", "e", null, null, "b")),
                null, null);
    }

    private static Map<String, Uptime.History> compute(List<Incident> incidents, List<Maintenance> maintenance) {
        Site site = new Site("T", "https://x/", "en", BERLIN, null, null, List.of(new Component("a", "A", null, null)), Policy.DEFAULT);
        return Uptime.compute(new Content(site, incidents, maintenance), NOW, BERLIN, 10, new herald.diag.Work());
    }

    @Test
    void majorOutageCountsFullyAndPartialOutageAtThirty() {
        // 1 Nov 00:00 to 10 Nov 23:00 Berlin = 14,340 minutes; 60 min major + 100 min partial = 60 + 30 = 90 minutes of downtime
        Uptime.History h = compute(List.of(
                incident("i1", Severity.S1, null, "2026-11-05T10:00:00Z", "2026-11-05T11:00:00Z"),
                incident("i2", Severity.S3, null, "2026-11-06T10:00:00Z", "2026-11-06T11:40:00Z")), List.of()).get("a");
        assertEquals(14_340, h.windowMinutes());
        assertEquals(90.0, h.downtimeMinutes(), 1e-9);
        assertEquals(99.37, h.percent()); // 99.372 rounded down
    }

    @Test
    void degradedPerformanceAndMaintenanceAreNotDowntime() {
        Maintenance m = new Maintenance("m", "f", "m", List.of("a"), OffsetDateTime.parse("2026-11-07T01:00:00Z"),
                OffsetDateTime.parse("2026-11-07T02:00:00Z"), "b",
                List.of(new Update(OffsetDateTime.parse("2026-11-07T02:00:00Z"), UpdateStatus.COMPLETED, "o", "s", "e", null, null, "b")),
                null, null);
        Uptime.History h = compute(List.of(incident("i1", Severity.S2, null, "2026-11-05T10:00:00Z", "2026-11-05T15:00:00Z")), List.of(m)).get("a");
        assertEquals(0.0, h.downtimeMinutes());
        assertEquals(100.0, h.percent());
        assertEquals(PublicState.DEGRADED_PERFORMANCE, day(h, "2026-11-05").worst());
        assertEquals(PublicState.MAINTENANCE, day(h, "2026-11-07").worst());
    }

    @Test
    void overlappingIncidentsCountEachMinuteOnceAtTheWorstState() {
        // partial 10:00-12:00, major 11:00-11:30: 30 min major + 90 min partial x 0.3 = 57 minutes
        Uptime.History h = compute(List.of(
                incident("i1", Severity.S3, null, "2026-11-05T10:00:00Z", "2026-11-05T12:00:00Z"),
                incident("i2", Severity.S1, null, "2026-11-05T11:00:00Z", "2026-11-05T11:30:00Z")), List.of()).get("a");
        assertEquals(57.0, h.downtimeMinutes(), 1e-9);
        Uptime.Day d = day(h, "2026-11-05");
        assertEquals(PublicState.MAJOR_OUTAGE, d.worst());
        assertEquals(2, d.entries().size());
    }

    @Test
    void daysAreCalendarDaysInTheSiteZone() {
        // 23:30 UTC on 5 Nov is 00:30 on 6 Nov in Berlin
        Uptime.History h = compute(List.of(incident("i1", Severity.S1, null, "2026-11-05T23:30:00Z", "2026-11-05T23:50:00Z")), List.of()).get("a");
        assertEquals(PublicState.OPERATIONAL, day(h, "2026-11-05").worst());
        assertEquals(PublicState.MAJOR_OUTAGE, day(h, "2026-11-06").worst());
        assertEquals(10, h.days().size());
        assertEquals(LocalDate.parse("2026-11-01"), h.days().get(0).date());
        assertEquals(LocalDate.parse("2026-11-10"), h.days().get(9).date());
    }

    @Test
    void anIncidentBeforeTheWindowDoesNotCount() {
        Uptime.History h = compute(List.of(incident("i1", Severity.S1, null, "2026-10-20T10:00:00Z", "2026-10-20T11:00:00Z")), List.of()).get("a");
        assertEquals(0.0, h.downtimeMinutes());
    }

    private static Uptime.Day day(Uptime.History h, String date) {
        return h.days().stream().filter(d -> d.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }
}
