package herald.announce;

import herald.model.SitePaths;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one build published, as {@code herald announce} compares it: the page's and each
 * component's public state, and every public update of the last {@code historyDays}. Written into
 * the site at {@link #PATH} so that the next run can read the live site's copy.
 *
 * @param generatedFrom the instant the states are computed for (the build's {@code --now} or its
 *                      content time), never the clock at write time: same input, same bytes
 * @param updates       newest first (then by id), so the file reads like every other list of the site
 */
public record Manifest(int format, Page page, Instant generatedFrom, int historyDays, List<ComponentState> components,
                       List<PublishedUpdate> updates) {
    /** Where the build writes it, relative to the site root. */
    public static final String PATH = SitePaths.MANIFEST;
    /** The format this Herald writes and reads; a newer one is refused rather than half understood. */
    public static final int FORMAT = 1;

    private static final Comparator<PublishedUpdate> NEWEST_FIRST =
            Comparator.comparing(PublishedUpdate::at).reversed().thenComparing(PublishedUpdate::id);

    public Manifest {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(generatedFrom, "generatedFrom");
        if (historyDays < 1) {
            throw new IllegalArgumentException("historyDays must be at least 1, not " + historyDays);
        }
        components = List.copyOf(components);
        updates = updates.stream().sorted(NEWEST_FIRST).toList();
    }

    /** A manifest in the current format. */
    public static Manifest of(Page page, Instant generatedFrom, int historyDays, List<ComponentState> components,
                              List<PublishedUpdate> updates) {
        return new Manifest(FORMAT, page, generatedFrom, historyDays, components, updates);
    }

    public Optional<ComponentState> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The component's position in site.yaml, from 1 (Statuspage's {@code position}); 0 when unknown. */
    public int position(String componentId) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).id().equals(componentId)) {
                return i + 1;
            }
        }
        return 0;
    }

    public String componentName(String id) {
        return component(id).map(ComponentState::name).orElse(id);
    }

    /**
     * The page as published.
     *
     * @param id  the Status API's page id
     * @param url the site's base URL, always ending in {@code /}
     */
    public record Page(String id, String name, String url, ZoneId timeZone, State state) {
        public Page {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(timeZone, "timeZone");
            Objects.requireNonNull(state, "state");
            url = url.endsWith("/") ? url : url + "/";
        }
    }

    public record ComponentState(String id, String name, State state) {
        public ComponentState {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * One public update.
     *
     * @param id         {@link UpdateIds#update}, the Status API's id of the update
     * @param status     Herald's status id: {@code investigating}, {@code in-progress}, ...
     * @param components the ids of the entry's components
     * @param imported   the entry came from another status page: old history, never news
     */
    public record PublishedUpdate(String id, String entryId, EntryKind kind, Instant at, String status, List<String> components,
                                  boolean imported) {
        public PublishedUpdate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(status, "status");
            components = List.copyOf(components);
        }

        /** An update with the Status API's id for its entry and time. */
        public static PublishedUpdate of(String entryId, EntryKind kind, Instant at, String status, List<String> components,
                                         boolean imported) {
            return new PublishedUpdate(UpdateIds.update(entryId, at), entryId, kind, at, status, components, imported);
        }
    }
}
