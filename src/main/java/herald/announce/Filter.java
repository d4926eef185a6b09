package herald.announce;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a channel wants: some components (empty: all), some kinds of entry, and its audience.
 *
 * @param components component ids; an entry passes when it names at least one of them
 */
public record Filter(List<String> components, Set<EntryKind> events, Audience audience) {
    public Filter {
        components = List.copyOf(components);
        events = Set.copyOf(events);
        Objects.requireNonNull(audience, "audience");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a channel takes at least one kind of event");
        }
    }

    /** Everything, for the public. */
    public static Filter everything() {
        return new Filter(List.of(), EnumSet.allOf(EntryKind.class), Audience.PUBLIC);
    }

    public Filter withAudience(Audience a) {
        return new Filter(components, events, a);
    }

    public Filter withComponents(List<String> ids) {
        return new Filter(ids, events, audience);
    }

    public boolean accepts(EntryKind kind, Collection<String> componentIds) {
        return events.contains(kind) && acceptsComponents(componentIds);
    }

    public boolean acceptsComponent(String componentId) {
        return components.isEmpty() || components.contains(componentId);
    }

    private boolean acceptsComponents(Collection<String> componentIds) {
        return components.isEmpty() || componentIds.stream().anyMatch(components::contains);
    }
}
