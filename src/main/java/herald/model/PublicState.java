package herald.model;

import herald.diag.PublicId;
import java.util.Optional;

/** The public state of a component or of the whole page, declared from worst to best. */
public enum PublicState implements PublicId {
    MAJOR_OUTAGE("Major outage", 0),
    PARTIAL_OUTAGE("Partial outage", 1),
    DEGRADED_PERFORMANCE("Degraded performance", 2),
    MAINTENANCE("Under maintenance", 3),
    INFORMATIONAL("Operational, with an advisory", 4),
    OPERATIONAL("Operational", 4);

    private final String label;
    // informational and operational rank the same: an advisory does not change a component's health.
    private final int rank;

    PublicState(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    public String label() {
        return label;
    }

    /** True when this state is strictly worse than the other (a lower rank). */
    public boolean worseThan(PublicState other) {
        return rank < other.rank;
    }

    public static PublicState worst(PublicState a, PublicState b) {
        if (a.rank != b.rank) {
            return a.rank < b.rank ? a : b;
        }
        // Equal rank: informational is worth telling, operational is the absence of news.
        return a == INFORMATIONAL || b == INFORMATIONAL ? INFORMATIONAL : a;
    }

    public static Optional<PublicState> byId(String id) {
        return PublicId.byId(PublicState.class, id);
    }
}
