package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import herald.api.StatuspageJson;
import herald.model.Component;
import herald.model.Content;
import herald.model.Maintenance;
import herald.model.Policy;
import herald.diag.Pos;
import herald.model.PublicState;
import herald.model.Site;
import herald.model.SiteStatus;
import herald.model.Update;
import herald.model.UpdateStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One definition of when an entry affects its components: the page state, the uptime bars and
 * the API's affected components agree, here on a window that started and was then cancelled.
 */
class ImpactConsistencyTest {

    private static Update update(String at, UpdateStatus status) {
        return new Update(OffsetDateTime.parse(at), status, "o", "s", "e", null, null, "b");
    }

    private static Content content() {
        // planned 10:00-12:00, started on time, cancelled at 10:30
        Maintenance m = new Maintenance("2026-11-10-db", "f", "DB upgrade", List.of("a"),
                OffsetDateTime.parse("2026-11-10T10:00:00Z"), OffsetDateTime.parse("2026-11-10T12:00:00Z"), "b",
                List.of(update("2026-11-09T09:00:00Z", UpdateStatus.SCHEDULED), update("2026-11-10T10:00:00Z", UpdateStatus.IN_PROGRESS),
                        update("2026-11-10T10:30:00Z", UpdateStatus.CANCELLED)),
                null, null);
        Site site = new Site("T", "https://x.example/", "en", ZoneOffset.UTC, null, null,
                List.of(new Component("a", "A", null, null)), Policy.DEFAULT);
        return new Content(site, List.of(), List.of(m));
    }

    @Test
    void aWindowInProgressThenCancelledCountsUntilTheCancelEverywhere() {
        Content content = content();
        Maintenance m = content.maintenance().get(0);
        // the page state: in progress between the start and the cancel, not before nor after
        assertEquals(PublicState.OPERATIONAL, SiteStatus.at(content, Instant.parse("2026-11-10T09:59:00Z")).components().get("a"));
        assertEquals(PublicState.MAINTENANCE, SiteStatus.at(content, Instant.parse("2026-11-10T10:15:00Z")).components().get("a"));
        assertEquals(Maintenance.Phase.IN_PROGRESS, m.phaseAt(Instant.parse("2026-11-10T10:15:00Z")));
        Instant now = Instant.parse("2026-11-10T11:00:00Z");
        assertEquals(PublicState.OPERATIONAL, SiteStatus.at(content, now).components().get("a"));
        assertEquals(Maintenance.Phase.CANCELLED, m.phaseAt(now));

        // the uptime bars: the day shows the half hour of maintenance, with the window as its event
        Uptime.Day today = Uptime.compute(content, now, ZoneOffset.UTC, 10, new herald.diag.Work()).get("a").days().get(9);
        assertEquals(LocalDate.parse("2026-11-10"), today.date());
        assertEquals(PublicState.MAINTENANCE, today.worst());
        assertEquals(List.of(m), today.entries());
        SiteView view = SiteViewBuilder.build(content, now, null, new herald.diag.Work());
        View.Index index = (View.Index) view.pages().get(0).view().get();
        View.ComponentRow row = index.groups().get(0).components().get(0);
        assertEquals("state-operational", row.state().cssClass());
        assertEquals("b b-mt", row.bars().get(row.bars().size() - 1).cssClass());

        // the API: under maintenance from the in-progress update until the cancelled one
        StatuspageJson.MaintenancesFile all = view.api().maintenances();
        List<StatuspageJson.IncidentUpdate> updates = all.scheduledMaintenances().get(0).incidentUpdates(); // newest first
        assertEquals(List.of("completed", "in_progress", "scheduled"), updates.stream().map(StatuspageJson.IncidentUpdate::status).toList());
        StatuspageJson.AffectedComponent cancelled = updates.get(0).affectedComponents().get(0);
        assertEquals("under_maintenance", cancelled.oldStatus());
        assertEquals("operational", cancelled.newStatus());
        StatuspageJson.AffectedComponent started = updates.get(1).affectedComponents().get(0);
        assertEquals("operational", started.oldStatus());
        assertEquals("under_maintenance", started.newStatus());
        StatuspageJson.ComponentsFile components = view.api().components();
        assertEquals("operational", components.components().get(0).status());
    }

    @Test
    void eachComponentRowIsBuiltOnceForTheFrontPageAndItsOwnPage() {
        SiteView view = SiteViewBuilder.build(content(), Instant.parse("2026-11-10T11:00:00Z"), null, new herald.diag.Work());
        View.Index index = (View.Index) view.pages().get(0).view().get();
        View.ComponentPage page = (View.ComponentPage) view.pages().stream().filter(p -> p.path().equals("components/a/index.html"))
                .findFirst().orElseThrow().view().get();
        assertSame(index.groups().get(0).components().get(0), page.component());
        assertEquals("components/a/feed.xml", page.meta().rssUrl());
        assertEquals("T: A updates", page.meta().feedTitle());
        assertEquals("T updates", index.meta().feedTitle());
    }

    @Test
    void aWindowCancelledBeforeItsStartNeverCounts() {
        Maintenance m = new Maintenance("m", "f", "m", List.of("a"), OffsetDateTime.parse("2026-11-10T10:00:00Z"),
                OffsetDateTime.parse("2026-11-10T12:00:00Z"), "b",
                List.of(update("2026-11-09T09:00:00Z", UpdateStatus.SCHEDULED), update("2026-11-09T15:00:00Z", UpdateStatus.CANCELLED)),
                null, null);
        Content content = new Content(content().site(), List.of(), List.of(m));
        assertEquals(Maintenance.Phase.CANCELLED, m.phaseAt(Instant.parse("2026-11-10T10:15:00Z")));
        assertEquals(PublicState.OPERATIONAL, SiteStatus.at(content, Instant.parse("2026-11-10T10:15:00Z")).components().get("a"));
        Uptime.Day today = Uptime.compute(content, Instant.parse("2026-11-10T11:00:00Z"), ZoneOffset.UTC, 10, new herald.diag.Work()).get("a").days().get(9);
        assertEquals(PublicState.OPERATIONAL, today.worst());
        assertEquals(List.of(), today.entries());
    }
}
