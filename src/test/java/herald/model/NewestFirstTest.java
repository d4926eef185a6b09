package herald.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import herald.bench.SyntheticSite;
import herald.content.ContentLoader;
import herald.diag.Work;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NewestFirst orders as the comparator it replaced, on a generated history with incidents and windows. */
class NewestFirstTest {
    @TempDir
    Path dir;

    @Test
    void ordersAsTheComparatorDid() throws Exception {
        SyntheticSite.generate(dir, 300, 7);
        Content content = ContentLoader.load(dir.resolve("content"), dir, new Work()).model().orElseThrow();
        List<Entry> expected = new ArrayList<>(content.entries());
        expected.sort(Comparator.comparing(Entry::startedAt, Comparator.reverseOrder()).thenComparing(Entry::id));
        assertEquals(expected.stream().map(Entry::id).toList(), NewestFirst.of(content.entries()).stream().map(Entry::id).toList());
        List<Maintenance> windows = new ArrayList<>(content.maintenance());
        windows.sort(Comparator.comparing(Maintenance::startedAt, Comparator.reverseOrder()).thenComparing(Maintenance::id));
        assertEquals(windows, NewestFirst.of(content.maintenance()));
        assertEquals(List.of(), NewestFirst.of(List.<Entry>of()));
    }

    @Test
    void entriesThatStartTogetherAreInIdOrder() {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-11-20T14:02:00Z");
        herald.model.Update u = new herald.model.Update(at.plusMinutes(5), herald.model.UpdateStatus.INVESTIGATING, "SRE", "all",
                "slow", at.plusMinutes(20), null, "We are looking into it.");
        java.util.function.Function<String, Entry> incident = id -> new herald.model.Incident(id, id + ".md", "T",
                herald.model.Severity.S3, List.of("api"), at, null, null, null, null, null, List.of(u), null, null, null);
        List<Entry> reversed = List.of(incident.apply("b-later-id"), incident.apply("a-earlier-id"));
        assertEquals(List.of("a-earlier-id", "b-later-id"), NewestFirst.of(reversed).stream().map(Entry::id).toList());
    }
}
