package herald.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public state an update sets ({@code state:} of an update): from that update on, one state for
 * all the entry's components, or a state per component it names (the others keep theirs).
 *
 * @param all the state of every component of the entry, or null when {@code components} is used
 * @param components per-component states in the order written; empty when {@code all} is used
 */
public record StateChange(PublicState all, Map<String, PublicState> components) {
    public StateChange {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        if ((all == null) == components.isEmpty()) {
            throw new IllegalArgumentException("a state change sets one state or a state per component");
        }
    }

    public static StateChange of(PublicState all) {
        return new StateChange(all, Map.of());
    }

    public static StateChange perComponent(Map<String, PublicState> components) {
        return new StateChange(null, components);
    }

    /** The state this change gives a component, or {@code current} when it does not name it. */
    public PublicState apply(String component, PublicState current) {
        if (all != null) {
            return all;
        }
        return components.getOrDefault(component, current);
    }

    /** True when this change sets the component's state. */
    public boolean names(String component) {
        return all != null || components.containsKey(component);
    }
}
