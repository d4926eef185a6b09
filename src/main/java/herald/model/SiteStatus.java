package herald.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public state of the site at one instant: the single computation that the page, the banner,
 * the feeds and the API all read, so they cannot disagree.
 *
 * @param components every component's state, in site.yaml order
 * @param overall the worst component state
 * @param activeIncidents unresolved incidents, newest trigger first
 * @param inProgress maintenance windows in progress
 * @param upcoming maintenance windows not started yet, soonest first
 * @param at the instant this is the state of
 */
public record SiteStatus(
        Map<String, PublicState> components,
        PublicState overall,
        List<Incident> activeIncidents,
        List<Maintenance> inProgress,
        List<Maintenance> upcoming,
        Instant at) {

    public SiteStatus {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        activeIncidents = List.copyOf(activeIncidents);
        inProgress = List.copyOf(inProgress);
        upcoming = List.copyOf(upcoming);
    }

    public static SiteStatus at(Content content, Instant now) {
        Map<String, PublicState> states = new LinkedHashMap<>();
        for (Component c : content.site().components()) {
            states.put(c.id(), PublicState.OPERATIONAL);
        }
        List<Incident> active = new ArrayList<>();
        for (Incident incident : content.incidents()) {
            if (incident.isOpenAt(now)) {
                active.add(incident);
                worsen(states, incident, now);
            }
        }
        List<Maintenance> inProgress = new ArrayList<>();
        List<Maintenance> upcoming = new ArrayList<>();
        for (Maintenance m : content.maintenance()) {
            switch (m.phaseAt(now)) {
                case IN_PROGRESS -> {
                    inProgress.add(m);
                    worsen(states, m, now);
                }
                case UPCOMING -> upcoming.add(m);
                default -> { }
            }
        }
        PublicState overall = PublicState.OPERATIONAL;
        for (PublicState s : states.values()) {
            overall = PublicState.worst(overall, s);
        }
        active.sort(Comparator.comparing(Incident::startedAt).reversed().thenComparing(Incident::id));
        inProgress.sort(Comparator.comparing(Maintenance::startedAt).thenComparing(Maintenance::id));
        upcoming.sort(Comparator.comparing(Maintenance::startedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Maintenance::id));
        return new SiteStatus(states, overall, active, inProgress, upcoming, now);
    }

    /** Each component the entry names takes the worse of its state so far and the one the entry gives it at now. */
    private static void worsen(Map<String, PublicState> states, Entry entry, Instant now) {
        for (String id : entry.components()) {
            PublicState current = states.get(id);
            PublicState state = entry.stateAt(id, now).orElse(null);
            if (current != null && state != null) {
                states.put(id, PublicState.worst(current, state));
            }
        }
    }

    /** An incident's state at this instant: the worst it gives its components (its updates' {@code state:} included). */
    public PublicState stateOf(Incident incident) {
        return incident.stateAt(at);
    }

    /** Anything to tell users: an open incident or maintenance in progress. */
    public boolean isActive() {
        return !activeIncidents.isEmpty() || !inProgress.isEmpty();
    }
}
