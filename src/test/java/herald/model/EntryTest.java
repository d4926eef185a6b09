package herald.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every output reads from an entry the same way: its page path and a window's status label. */
class EntryTest {
    private static final Where W = Where.of("f", Pos.START);

    @Test
    void pathsAreTheOnePatternOfEntryPages() {
        Entry i = new Incident("2026-11-10-api", "f", "t", Severity.S2, List.of(), null, null, null, null, null, null, List.of(), null, null, W);
        Entry m = new Maintenance("2026-11-12-db", "f", "t", List.of(), OffsetDateTime.parse("2026-11-12T10:00:00Z"), null, null,
                List.of(), null, null, W);
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
