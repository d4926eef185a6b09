package herald.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What incidents and maintenance windows share, validated: an id, public text, components and at
 * least one update. Only the optional fields (banner, summary, internal) may be null.
 */
public sealed interface Entry permits Incident, Maintenance {
    /**
     * The fields every entry has, validated once for both kinds: id and title are never null, and
     * there is at least one update.
     *
     * @param file     display path of the file it came from
     * @param banner   the in-product banner, or null
     * @param updates  oldest first; never empty
     * @param summary  the optional Markdown body of the file: the public summary, or null
     * @param internal the free-form {@code internal:} block as plain maps, lists and strings (or null); never rendered
     * @param imported the {@code imported:} block of an entry brought in from another status page, or null
     */
    record Common(String id, String file, String title, List<String> components, String banner, List<Update> updates,
            String summary, Object internal, Imported imported) {
        public Common {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            components = List.copyOf(components);
            updates = List.copyOf(updates);
            if (updates.isEmpty()) {
                throw new IllegalArgumentException("an incident or maintenance window has at least one update");
            }
        }
    }

    Common common();

    default String id() {
        return common().id();
    }

    /** Display path of the file it came from. */
    default String file() {
        return common().file();
    }

    default String title() {
        return common().title();
    }

    default List<String> components() {
        return common().components();
    }

    /** The in-product banner, or null. */
    default String banner() {
        return common().banner();
    }

    /** Oldest first; never empty. */
    default List<Update> updates() {
        return common().updates();
    }

    /** The optional Markdown body of the file: the public summary, or null. */
    default String summary() {
        return common().summary();
    }

    /** Its page's folder under the site root ({@link SitePaths}). */
    String path();

    /** The free-form {@code internal:} block as plain maps, lists and strings (or null); never rendered. */
    default Object internal() {
        return common().internal();
    }

    /** The {@code imported:} block of an entry brought in from another status page, or null. */
    default Imported imported() {
        return common().imported();
    }

    default boolean isImported() {
        return imported() != null;
    }

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
}
