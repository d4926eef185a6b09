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
}
