package herald.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangesTest {
    private static final Instant AT = Instant.parse("2026-11-20T14:10:00Z");

    @Test
    void newUpdatesComeOldestFirstWithThePagesAndComponentsStateChanges() {
        Changes c = Changes.between(Scenario.quiet(), Scenario.incidentIdentified());

        assertEquals(List.of(Scenario.INVESTIGATING, Scenario.IDENTIFIED), c.newUpdates());
        assertEquals(Optional.of(StateChange.page("Example Status", State.OPERATIONAL, State.DEGRADED_PERFORMANCE,
                Instant.parse("2026-11-20T14:25:00Z"))), c.page());
        assertEquals(List.of("answers-api"), c.components().stream().map(StateChange::subject).toList());
    }

    @Test
    void aManifestComparedWithItselfHasNoChanges() {
        assertTrue(Changes.between(Scenario.windowStarted(), Scenario.windowStarted()).isEmpty());
    }

    @Test
    void importedHistoryIsNeverNews() {
        Manifest.PublishedUpdate old = Manifest.PublishedUpdate.of("2019-03-01-imported", EntryKind.INCIDENT,
                Instant.parse("2026-11-20T13:00:00Z"), "resolved", List.of("web"), true);
        Manifest current = Scenario.manifest(AT, State.OPERATIONAL, State.OPERATIONAL, Scenario.SCHEDULED, old);

        assertEquals(List.of(), Changes.between(Scenario.quiet(), current).newUpdates());
    }

    @Test
    void anUpdateOlderThanThePreviousManifestsWindowIsBackfillNotNews() {
        Manifest.PublishedUpdate backfill = Manifest.PublishedUpdate.of("2026-08-01-old", EntryKind.INCIDENT,
                Instant.parse("2026-08-01T10:00:00Z"), "resolved", List.of("web"), false); // 111 days before, the window is 90
        Manifest.PublishedUpdate late = Manifest.PublishedUpdate.of("2026-11-19-late", EntryKind.INCIDENT,
                Instant.parse("2026-11-19T10:00:00Z"), "resolved", List.of("web"), false); // written up late, still in the window
        Manifest current = Scenario.manifest(AT, State.OPERATIONAL, State.OPERATIONAL, Scenario.SCHEDULED, backfill, late);

        assertEquals(List.of(late), Changes.between(Scenario.quiet(), current).newUpdates());
    }

    @Test
    void aComponentAddedToSiteYamlIsNotAStateChange() {
        Manifest previous = Manifest.of(Scenario.quiet().page(), AT, 90, List.of(new Manifest.ComponentState("web", "Web app",
                State.OPERATIONAL)), List.of());

        Changes c = Changes.between(previous, Scenario.incidentBegun());

        assertEquals(List.of(), c.components());
    }

    @Test
    void aChangeIntoOrOutOfMaintenanceIsAMaintenanceEvent() {
        assertEquals(EntryKind.MAINTENANCE, StateChange.component("web", "Web app", State.OPERATIONAL, State.MAINTENANCE, AT).kind());
        assertEquals(EntryKind.MAINTENANCE, StateChange.component("web", "Web app", State.MAINTENANCE, State.OPERATIONAL, AT).kind());
        assertEquals(EntryKind.INCIDENT, StateChange.component("web", "Web app", State.OPERATIONAL, State.MAJOR_OUTAGE, AT).kind());
    }
}
