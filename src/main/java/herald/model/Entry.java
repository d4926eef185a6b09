package herald.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What incidents and maintenance windows share: an id, public text, components and updates. */
public sealed interface Entry permits Incident, Maintenance {
    String id();

    /** Display path of the file it came from, for findings. */
    String file();

    String title();

    List<String> components();

    String banner();

    List<Update> updates();

    /** The optional Markdown body of the file: the public summary. */
    String summary();

    /** Its page's path under the site root, with a trailing slash: {@code incidents/<id>/}, {@code maintenance/<id>/}. */
    String path();

    /** The free-form {@code internal:} block as plain maps, lists and strings; never rendered. */
    Object internal();

    Where where();

    /** When the entry started counting against its components; null when it cannot tell. */
    Instant startedAt();

    /**
     * When the entry affects its components and how: an open incident from its start until its
     * resolve, a window from its start until the update that completed or cancelled it. Empty
     * when there is no start.
     */
    Optional<Impact> impact();

    default Optional<Update> latestUpdate() {
        return updates().isEmpty() ? Optional.empty() : Optional.of(updates().get(updates().size() - 1));
    }

    /** The newest update time, or null when there is none. */
    default Instant lastUpdatedAt() {
        return latestUpdate().map(Update::instant).orElse(null);
    }
}
