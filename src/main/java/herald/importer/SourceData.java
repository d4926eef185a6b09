package herald.importer;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a source holds, in neutral terms: the records each reader produces and the writer consumes. */
final class SourceData {
    private SourceData() {
    }

    enum Kind { INCIDENT, MAINTENANCE }

    /**
     * A component of the old page.
     *
     * @param sourceId its id there (Statuspage's component id; cState's system name)
     * @param group the name of its group, or null
     * @param description its description, or null
     * @param position its place on the old page (lower first)
     */
    record Component(String sourceId, String name, String group, String description, int position) {
        Component {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One update as published.
     *
     * @param sourceId the update's id there, or null when the source has none (cState)
     * @param status Herald's status word (investigating … postmortem; scheduled … completed)
     * @param body the public text, already Markdown
     * @param states the public state each component had from this update on (source component id to
     *        Herald's state), in the source's order; empty when the update set none
     */
    record Update(String sourceId, String status, OffsetDateTime at, String body, Map<String, String> states) {
        Update {
            states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
        }
    }

    /**
     * One incident or maintenance window.
     *
     * @param url its address there (Statuspage's shortlink), or null
     * @param severity S1-S4 for an incident, null for a window
     * @param start when it started (an incident's started_at; a window's scheduled start)
     * @param end a window's scheduled end, else null
     * @param components the source ids of the components it named, in order
     * @param updates oldest first
     * @param cause the cause, where the source has one, else null
     * @param summary a Markdown summary (Statuspage's postmortem text), else null
     * @param updatedAt when the source last changed it (a newer copy wins), or null
     */
    record Entry(Kind kind, String from, String sourceId, String url, String title, String severity, OffsetDateTime start,
            OffsetDateTime end, List<String> components, List<Update> updates, String cause, String summary,
            OffsetDateTime updatedAt) {
        Entry {
            components = List.copyOf(components);
            updates = List.copyOf(updates);
        }
    }

    /**
     * The old page's settings, where the source has them (Statuspage's page object, cState's config).
     *
     * @param timezone an IANA zone id, or null
     */
    record Page(String name, String url, String timezone) {
    }

    /**
     * Everything read from the sources of one import.
     *
     * @param page the old page, or null when no source had one
     * @param notes what the reader wants the user to know (inferred times, partial sources)
     */
    record Batch(Page page, List<Component> components, List<Entry> entries, List<String> notes) {
        Batch {
            components = List.copyOf(components);
            entries = List.copyOf(entries);
            notes = List.copyOf(notes);
        }
    }
}
