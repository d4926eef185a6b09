package herald.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What incidents and maintenance windows share, validated: an id, public text, components and at
 * least one update. Only the optional fields (banner, summary, internal) may be null.
 */
public sealed interface Entry permits Incident, Maintenance {
    String id();

    /** Display path of the file it came from. */
    String file();

    String title();

    List<String> components();

    /** The in-product banner, or null. */
    String banner();

    /** Oldest first; never empty. */
    List<Update> updates();

    /** The optional Markdown body of the file: the public summary, or null. */
    String summary();

    /** Its page's folder under the site root ({@link SitePaths}). */
    String path();

    /** The free-form {@code internal:} block as plain maps, lists and strings (or null); never rendered. */
    Object internal();

    /** The {@code imported:} block of an entry brought in from another status page, or null. */
    Imported imported();

    default boolean isImported() {
        return imported() != null;
    }

    /** When the entry started counting against its components. */
    Instant startedAt();

    /**
     * When the entry affects its components and how: an incident from its start until its resolve,
     * a window from its start until the update that completed or cancelled it.
     */
    Impact impact();

    default Update latestUpdate() {
        return updates().get(updates().size() - 1);
    }

    /** The newest update time. */
    default Instant lastUpdatedAt() {
        return latestUpdate().instant();
    }
}
