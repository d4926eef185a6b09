package herald.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What incidents and maintenance windows share, validated: an id, public text, components and at
 * least one update. Only the optional fields (banner, summary, internal) may be null.
 */
public sealed interface Entry extends EntryFields<Update> permits Incident, Maintenance {
    /** What a validated entry guarantees of its common fields: an id, a title and at least one update. */
    static void requireComplete(Common<Update> common) {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(common.id(), "id");
        Objects.requireNonNull(common.title(), "title");
        if (common.updates().isEmpty()) {
            throw new IllegalArgumentException("an incident or maintenance window has at least one update");
        }
    }

    /** Its page's folder under the site root ({@link SitePaths}). */
    String path();

    /** When the entry started counting against its components. */
    Instant startedAt();

    /**
     * When the entry holds its components, oldest first, each with the entry's base state: an
     * incident from its trigger until its resolve (and again from each re-opening until the next
     * resolve), a window from its start until the update that completed or cancelled it. The last
     * period has no end while the entry is still open.
     */
    List<Impact> periods();

    /**
     * How the entry holds one of its components over time: its periods, split where an update's
     * {@code state:} changes that component's state. The one definition that the page state, the
     * uptime bars and the API's component history all read; empty for a component it does not name.
     */
    List<Impact> impactsOn(String component);

    /** The state the entry gives a component at {@code t}, if it holds it then. */
    default Optional<PublicState> stateAt(String component, Instant t) {
        for (Impact i : impactsOn(component)) {
            if (i.covers(t)) {
                return Optional.of(i.state());
            }
        }
        return Optional.empty();
    }

    /** True when the entry holds its components at {@code t}. */
    default boolean holdsAt(Instant t) {
        return periods().stream().anyMatch(p -> p.covers(t));
    }

    default Update latestUpdate() {
        return updates().get(updates().size() - 1);
    }

    /** The newest update time. */
    default Instant lastUpdatedAt() {
        return latestUpdate().instant();
    }

    /** The newest update time at or before {@code t} (what was published by then), or null when there is none. */
    default Instant newestUpdateAt(Instant t) {
        Instant newest = null;
        for (Update u : updates()) {
            Instant at = u.instant();
            if (!at.isAfter(t) && (newest == null || at.isAfter(newest))) {
                newest = at;
            }
        }
        return newest;
    }
}
