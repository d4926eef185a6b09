package herald.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One component's public state during an entry: the entry's open periods, split where an update's
 * {@code state:} changes that component's state. A state set while the entry is closed (between a
 * resolve and a re-opening) holds from the re-opening.
 */
final class StateTimeline {
    private StateTimeline() {
    }

    /**
     * @param periods when the entry holds its components (the state of each is ignored)
     * @param initial the state at the start of the first period
     * @param changesFrom updates earlier than this set nothing (a window's announcements before it starts), or null
     */
    static List<Impact> on(String component, List<Impact> periods, PublicState initial, List<Update> updates, Instant changesFrom) {
        record Change(Instant at, PublicState state) {
        }
        List<Change> changes = new ArrayList<>();
        for (Update u : updates) {
            if (u.state() != null && u.state().names(component)) {
                Instant at = u.instant();
                if (changesFrom == null || !at.isBefore(changesFrom)) {
                    changes.add(new Change(at, u.state().apply(component, null)));
                }
            }
        }
        changes.sort(Comparator.comparing(Change::at));
        List<Impact> out = new ArrayList<>();
        for (Impact p : periods) {
            PublicState state = initial;
            for (Change c : changes) {
                if (c.at().isAfter(p.start())) {
                    break;
                }
                state = c.state();
            }
            Instant cursor = p.start();
            for (Change c : changes) {
                boolean inside = c.at().isAfter(p.start()) && (p.end() == null || c.at().isBefore(p.end()));
                if (inside && c.state() != state) {
                    out.add(new Impact(cursor, c.at(), state));
                    cursor = c.at();
                    state = c.state();
                }
            }
            out.add(new Impact(cursor, p.end(), state));
        }
        return out;
    }
}
