package herald.model;

import herald.diag.Pos;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every output reads from an entry the same way: its page path and a window's status label. */
class EntryTest {

    @Test
    void pathsAreTheOnePatternOfEntryPages() {
        OffsetDateTime t = OffsetDateTime.parse("2026-11-12T10:00:00Z");
        Update u = new Update(t, UpdateStatus.INVESTIGATING, "o", "s", "e", t.plusMinutes(15), null, "b");
        Entry i = new Incident("2026-11-10-api", "f", "t", Severity.S2, List.of(), t, null, null, null, null, null, List.of(u), null, null);
        Entry m = new Maintenance("2026-11-12-db", "f", "t", List.of(), t, t.plusHours(1), null, List.of(u), null, null);
        assertEquals("incidents/2026-11-10-api/", i.path());
        assertEquals("maintenance/2026-11-12-db/", m.path());
    }

    @Test
    void phasesAreNamedByTheirUpdateStatus() {
        assertEquals(List.of("Scheduled", "In progress", "Completed", "Cancelled"),
                List.of(Maintenance.Phase.values()).stream().map(p -> p.status().label()).toList());
    }

    @Test
    void baseUrlsGetExactlyOneTrailingSlash() {
        assertEquals("https://x.example/", Site.withSlash("https://x.example"));
        assertEquals("https://x.example/", Site.withSlash("https://x.example/"));
        assertEquals("/", Site.withSlash(null));
    }
}
