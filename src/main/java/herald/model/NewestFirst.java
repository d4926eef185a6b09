package herald.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Entries sorted newest start first, then by id: the order of the lists, the history and the API.
 * Each entry's start is computed once before the sort (an incident's converts its trigger, a
 * window's reads every update), not twice per comparison: on a large history that was most of the
 * sort. The same order as {@code Comparator.comparing(Entry::startedAt, reverseOrder()).thenComparing(Entry::id)}.
 */
public final class NewestFirst {
    private NewestFirst() {
    }

    private record Keyed<E>(E entry, Instant start) {
    }

    /** A new list of {@code entries}, newest start first, then by id. */
    public static <E extends Entry> List<E> of(List<E> entries) {
        List<Keyed<E>> keyed = new ArrayList<>(entries.size());
        for (E e : entries) {
            keyed.add(new Keyed<>(e, e.startedAt()));
        }
        keyed.sort(Comparator.comparing((Keyed<E> k) -> k.start(), Comparator.reverseOrder()).thenComparing(k -> k.entry().id()));
        List<E> out = new ArrayList<>(keyed.size());
        for (Keyed<E> k : keyed) {
            out.add(k.entry());
        }
        return out;
    }
}
