package herald.derive;

import herald.announce.EntryKind;
import herald.announce.UpdateIds;
import herald.model.Entry;
import herald.model.Maintenance;
import herald.model.Update;
import herald.model.UpdateStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The public updates of one entry as a build publishes them, for the manifest and for what
 * herald announce says about them: every authored update at or before now, and the start of a
 * maintenance window for which nobody wrote an {@code in-progress} update (a scheduled build sees
 * the window begin, so the start is announced like an update).
 */
final class Published {
    /**
     * One published update.
     *
     * @param update the authored update, or null for a window's start that has none
     */
    record Item(Entry entry, Update update, Instant at, UpdateStatus status) {
        String id() {
            return UpdateIds.update(entry.id(), at);
        }

        boolean isWindowStart() {
            return update == null;
        }
    }

    private Published() {
    }

    /** Oldest first, at or before {@code now}. */
    static List<Item> items(Entry e, Instant now) {
        List<Item> out = new ArrayList<>();
        for (Update u : e.updates()) {
            Instant at = u.instant();
            if (!at.isAfter(now)) {
                out.add(new Item(e, u, at, u.status()));
            }
        }
        if (e instanceof Maintenance m && startsUnannounced(m, now)) {
            out.add(new Item(e, null, m.start().toInstant(), UpdateStatus.IN_PROGRESS));
            out.sort(Comparator.comparing(Item::at));
        }
        return out;
    }

    /** The window has begun by now, and no update says so: neither an in-progress one nor a close before the start. */
    private static boolean startsUnannounced(Maintenance m, Instant now) {
        Instant start = m.start().toInstant();
        boolean said = m.updates().stream().anyMatch(u -> u.status() == UpdateStatus.IN_PROGRESS
                || (u.status().closes() && !u.instant().isAfter(start)) || u.instant().equals(start));
        return !said && !start.isAfter(now);
    }

    static EntryKind kind(Entry e) {
        return e instanceof Maintenance ? EntryKind.MAINTENANCE : EntryKind.INCIDENT;
    }

    /** Whether the entry came from another status page ({@code imported:}): its updates are old history, never news. */
    static boolean imported(Entry e) {
        return e.isImported();
    }
}
