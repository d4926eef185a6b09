package herald.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import herald.model.Component;
import herald.model.Content;
import herald.model.Incident;
import herald.model.Maintenance;
import herald.model.Policy;
import herald.diag.Pos;
import herald.model.Severity;
import herald.model.Site;
import herald.model.SiteStatus;
import herald.model.Update;
import herald.model.UpdateStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API lists what the page's SiteStatus says is open, and builds each object once. */
class StatuspageApiTest {
    private static final Instant NOW = Instant.parse("2026-11-10T10:30:00Z");

    private static Update update(String at, UpdateStatus status) {
        return new Update(OffsetDateTime.parse(at), status, "o", "s", "e", null, null, "b");
    }

    private static Content content() {
        // the resolve is written with a time after "now" (a preview at an earlier time): open at now
        Incident i = new Incident("2026-11-10-api", "f", "API errors", Severity.S1, List.of("a"),
                OffsetDateTime.parse("2026-11-10T10:00:00Z"), null, null, null, null, null,
                List.of(update("2026-11-10T10:05:00Z", UpdateStatus.INVESTIGATING), update("2026-11-10T11:00:00Z", UpdateStatus.RESOLVED)),
                null, null);
        Maintenance now = new Maintenance("2026-11-10-db", "f", "DB", List.of("a"), OffsetDateTime.parse("2026-11-10T10:00:00Z"),
                OffsetDateTime.parse("2026-11-10T12:00:00Z"), "b", List.of(update("2026-11-09T10:00:00Z", UpdateStatus.SCHEDULED)), null, null);
        Maintenance soon = new Maintenance("2026-11-12-db", "f", "DB 2", List.of("a"), OffsetDateTime.parse("2026-11-12T10:00:00Z"),
                OffsetDateTime.parse("2026-11-12T12:00:00Z"), "b", List.of(update("2026-11-09T10:00:00Z", UpdateStatus.SCHEDULED)), null, null);
        Maintenance later = new Maintenance("2026-11-14-db", "f", "DB 3", List.of("a"), OffsetDateTime.parse("2026-11-14T10:00:00Z"),
                OffsetDateTime.parse("2026-11-14T12:00:00Z"), "b", List.of(update("2026-11-09T10:00:00Z", UpdateStatus.SCHEDULED)), null, null);
        Site site = new Site("T", "https://x.example/", "en", ZoneOffset.UTC, null, null,
                List.of(new Component("a", "A", null, null)), Policy.DEFAULT);
        return new Content(site, List.of(i), List.of(now, soon, later));
    }

    private static Map<String, Object> files(Content content) {
        ApiFiles api = StatuspageApi.files(content, SiteStatus.at(content, NOW), NOW, Instant.parse("2026-11-10T10:05:00Z"),
                "https://x.example/", new herald.diag.Work());
        Map<String, Object> files = new java.util.LinkedHashMap<>();
        api.files().forEach(f -> files.put(f.path(), f.content()));
        return files;
    }

    @Test
    void unresolvedIncidentsAreTheOpenOnesOfTheSiteStatus() {
        Content content = content();
        assertEquals(List.of("2026-11-10-api"), SiteStatus.at(content, NOW).activeIncidents().stream().map(Incident::id).toList());
        Map<String, Object> files = files(content);
        StatuspageJson.IncidentsFile unresolved = (StatuspageJson.IncidentsFile) files.get("api/v2/incidents/unresolved.json");
        assertEquals(List.of("2026-11-10-api"), unresolved.incidents().stream().map(StatuspageJson.Incident::id).toList());
        StatuspageJson.Summary summary = (StatuspageJson.Summary) files.get("api/v2/summary.json");
        assertEquals(List.of("2026-11-10-api"), summary.incidents().stream().map(StatuspageJson.Incident::id).toList());
        assertEquals("2026-11-10T10:05:00.000Z", summary.page().updatedAt());
    }

    @Test
    void windowsKeepTheirOrderAndEachObjectIsBuiltOnce() {
        Map<String, Object> files = files(content());
        StatuspageJson.Summary summary = (StatuspageJson.Summary) files.get("api/v2/summary.json");
        List<StatuspageJson.ScheduledMaintenance> active = ((StatuspageJson.MaintenancesFile) files.get("api/v2/scheduled-maintenances/active.json")).scheduledMaintenances();
        List<StatuspageJson.ScheduledMaintenance> upcoming = ((StatuspageJson.MaintenancesFile) files.get("api/v2/scheduled-maintenances/upcoming.json")).scheduledMaintenances();
        List<StatuspageJson.ScheduledMaintenance> all = ((StatuspageJson.MaintenancesFile) files.get("api/v2/scheduled-maintenances.json")).scheduledMaintenances();
        assertEquals(List.of("2026-11-10-db"), active.stream().map(StatuspageJson.ScheduledMaintenance::id).toList());
        assertEquals(List.of("2026-11-14-db", "2026-11-12-db"), upcoming.stream().map(StatuspageJson.ScheduledMaintenance::id).toList());
        assertEquals(List.of("2026-11-10-db", "2026-11-14-db", "2026-11-12-db"),
                summary.scheduledMaintenances().stream().map(StatuspageJson.ScheduledMaintenance::id).toList());
        assertSame(active.get(0), summary.scheduledMaintenances().get(0));
        assertSame(upcoming.get(0), all.get(0));
        StatuspageJson.Incident open = ((StatuspageJson.IncidentsFile) files.get("api/v2/incidents/unresolved.json")).incidents().get(0);
        assertSame(open, summary.incidents().get(0));
        assertSame(open, ((StatuspageJson.IncidentsFile) files.get("api/v2/incidents.json")).incidents().get(0));
    }

    @Test
    void aWindowWhoseStartHasComeIsInProgressThoughOnlyItsAnnouncementWasWritten() {
        Map<String, Object> files = files(content());
        List<StatuspageJson.ScheduledMaintenance> active = ((StatuspageJson.MaintenancesFile) files.get("api/v2/scheduled-maintenances/active.json")).scheduledMaintenances();
        List<StatuspageJson.ScheduledMaintenance> upcoming = ((StatuspageJson.MaintenancesFile) files.get("api/v2/scheduled-maintenances/upcoming.json")).scheduledMaintenances();
        // 2026-11-10-db started at 10:00 and its one update (the day before) says scheduled
        assertEquals(List.of("in_progress"), active.stream().map(StatuspageJson.ScheduledMaintenance::status).toList());
        assertEquals(List.of("scheduled", "scheduled"), upcoming.stream().map(StatuspageJson.ScheduledMaintenance::status).toList());
    }
}
