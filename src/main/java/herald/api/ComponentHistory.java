package herald.api;

import herald.diag.Work;
import herald.model.Content;
import herald.model.Entry;
import herald.model.Impact;
import herald.model.PublicState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each component's public state over time, from the impacts of the entries that name it: for the API's old and new statuses. */
final class ComponentHistory {
    private final Map<String, List<Impact>> intervals = new HashMap<>();
    private final Work work;

    ComponentHistory(Content content, Work work) {
        this.work = work;
        for (Entry e : content.entries()) {
            for (String c : e.components()) {
                intervals.computeIfAbsent(c, k -> new ArrayList<>()).addAll(e.impactsOn(c));
            }
        }
        intervals.values().forEach(l -> l.sort(Comparator.comparing(Impact::start)));
    }

    /** The public state of a component at an instant: the worst impact covering it. */
    PublicState stateAt(String component, Instant t) {
        PublicState worst = PublicState.OPERATIONAL;
        for (Impact i : intervals.getOrDefault(component, List.of())) {
            work.count(Work.Unit.INTERVAL_CHECK);
            if (i.start().isAfter(t)) {
                break;
            }
            if (i.covers(t)) {
                worst = PublicState.worst(worst, i.state());
            }
        }
        return worst;
    }
}
