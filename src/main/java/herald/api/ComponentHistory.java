package herald.api;

import herald.diag.Work;
import herald.model.Content;
import herald.model.Entry;
import herald.model.Impact;
import herald.model.PublicState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each component's public state over time, from the impacts of the entries that name it: the API's
 * old and new statuses, and what herald announce says an update changed. Each component's impacts
 * become {@link StateSteps} once, so the work is linear in the history however many updates ask.
 */
public final class ComponentHistory {
    private final Map<String, StateSteps> steps = new HashMap<>();
    private final Work work;

    public ComponentHistory(Content content, Work work) {
        this(impacts(content), work);
    }

    ComponentHistory(Map<String, List<Impact>> impacts, Work work) {
        this.work = work;
        long edges = 0;
        for (Map.Entry<String, List<Impact>> e : impacts.entrySet()) {
            steps.put(e.getKey(), StateSteps.of(e.getValue()));
            edges += e.getValue().size();
        }
        work.count(Work.Unit.INTERVAL_CHECK, edges);
    }

    private static Map<String, List<Impact>> impacts(Content content) {
        Map<String, List<Impact>> out = new HashMap<>();
        for (Entry e : content.entries()) {
            for (String c : e.components()) {
                out.computeIfAbsent(c, k -> new ArrayList<>()).addAll(e.impactsOn(c));
            }
        }
        return out;
    }

    /** The public state of a component at an instant: the worst impact covering it. */
    public PublicState stateAt(String component, Instant t) {
        work.count(Work.Unit.INTERVAL_CHECK);
        StateSteps s = steps.get(component);
        return s == null ? PublicState.OPERATIONAL : s.at(t);
    }
}
