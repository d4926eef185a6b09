package herald.announce;

import java.util.Arrays;
import java.util.Optional;

/**
 * A public state of the page or of a component, with the names the spec gives it and the
 * Statuspage words receivers know. Declared from worst to best.
 */
public enum State {
    MAJOR_OUTAGE("major-outage", "Major outage", "major_outage", "critical", "Major System Outage", 0xE74C3C, 0),
    PARTIAL_OUTAGE("partial-outage", "Partial outage", "partial_outage", "major", "Partial System Outage", 0xE67E22, 1),
    DEGRADED_PERFORMANCE("degraded-performance", "Degraded performance", "degraded_performance", "minor",
            "Partially Degraded Service", 0xFFA500, 2),
    MAINTENANCE("maintenance", "Under maintenance", "under_maintenance", "maintenance", "Service Under Maintenance", 0x3498DB, 3),
    INFORMATIONAL("informational", "Operational, with an advisory", "operational", "none", "All Systems Operational", 0x2ECC71, 4),
    OPERATIONAL("operational", "Operational", "operational", "none", "All Systems Operational", 0x2ECC71, 4);

    private final String id;
    private final String label;
    private final String componentStatus;
    private final String indicator;
    private final String indicatorDescription;
    private final int color;
    private final int rank;

    State(String id, String label, String componentStatus, String indicator, String indicatorDescription, int color, int rank) {
        this.id = id;
        this.label = label;
        this.componentStatus = componentStatus;
        this.indicator = indicator;
        this.indicatorDescription = indicatorDescription;
        this.color = color;
        this.rank = rank;
    }

    /** The spec's name, as in the manifest: {@code degraded-performance}. */
    public String id() {
        return id;
    }

    /** What a reader sees: "Degraded performance". */
    public String label() {
        return label;
    }

    /** Statuspage's component status: {@code degraded_performance}, {@code under_maintenance}. */
    public String componentStatus() {
        return componentStatus;
    }

    /** Statuspage's page {@code status_indicator} when this is the page's state. */
    public String indicator() {
        return indicator;
    }

    /** Statuspage's page {@code status_description} when this is the page's state. */
    public String indicatorDescription() {
        return indicatorDescription;
    }

    /** The colour of a Discord embed about this state (an RGB integer). */
    public int color() {
        return color;
    }

    /** The worse of two states (informational wins a tie with operational: it is news). */
    public static State worst(State a, State b) {
        if (a.rank != b.rank) {
            return a.rank < b.rank ? a : b;
        }
        return a == INFORMATIONAL || b == INFORMATIONAL ? INFORMATIONAL : a;
    }

    public static Optional<State> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
