package herald.api;

import herald.model.Impact;
import herald.model.PublicState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One component's public state over time as steps: at each instant where an impact on it starts
 * or ends, the worst state of the impacts that cover the time from there to the next such
 * instant (operational where none does). Built by one sweep over the impacts' edges, so a
 * question about an instant is a binary search instead of a scan of every impact that began
 * before it.
 */
final class StateSteps {
    private final Instant[] at;
    private final PublicState[] state;

    private StateSteps(Instant[] at, PublicState[] state) {
        this.at = at;
        this.state = state;
    }

    static StateSteps of(List<Impact> impacts) {
        record Edge(Instant at, PublicState state, int delta) {
        }
        List<Edge> edges = new ArrayList<>(impacts.size() * 2);
        for (Impact i : impacts) {
            edges.add(new Edge(i.start(), i.state(), +1));
            if (i.end() != null) {
                edges.add(new Edge(i.end(), i.state(), -1));
            }
        }
        edges.sort(Comparator.comparing(Edge::at));
        int[] open = new int[PublicState.values().length];
        List<Instant> times = new ArrayList<>();
        List<PublicState> states = new ArrayList<>();
        for (int k = 0; k < edges.size(); ) {
            Instant t = edges.get(k).at();
            // every edge at t before the state from t: an impact covers its start, not its end
            for (; k < edges.size() && edges.get(k).at().equals(t); k++) {
                open[edges.get(k).state().ordinal()] += edges.get(k).delta();
            }
            PublicState worst = PublicState.OPERATIONAL;
            for (PublicState s : PublicState.values()) {
                if (open[s.ordinal()] > 0) {
                    worst = PublicState.worst(worst, s);
                }
            }
            if (states.isEmpty() || states.get(states.size() - 1) != worst) {
                times.add(t);
                states.add(worst);
            }
        }
        return new StateSteps(times.toArray(Instant[]::new), states.toArray(PublicState[]::new));
    }

    /** The worst state of the impacts covering {@code t} (each from its start, up to but not at its end). */
    PublicState at(Instant t) {
        int k = Arrays.binarySearch(at, t);
        if (k < 0) {
            k = -k - 2; // the last step that starts before t
        }
        return k < 0 ? PublicState.OPERATIONAL : state[k];
    }

    /** How many steps (for the work count). */
    int size() {
        return at.length;
    }
}
