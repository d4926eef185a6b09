package herald.model;

import java.time.Duration;

/**
 * The comms acceptance targets the lint enforces; {@link #DEFAULT} holds the spec's defaults.
 * {@code internalTerms}: words the site says must never reach public text (wording-internal).
 */
public record Policy(
        Duration firstUpdateWithin,
        Duration activeCadence,
        Duration stableCadence,
        Duration checkpointGrace,
        int bannerMaxChars,
        Duration postmortemWithin,
        int historyDays,
        Duration publishTolerance,
        java.time.Instant publishCheckFrom,
        java.util.List<String> internalTerms) {

    public Policy {
        internalTerms = java.util.List.copyOf(internalTerms);
    }

    public static final Policy DEFAULT = new Policy(
            Duration.ofMinutes(10),
            Duration.ofMinutes(20),
            Duration.ofMinutes(30),
            Duration.ofMinutes(2),
            160,
            Duration.ofHours(48),
            90,
            Duration.ofMinutes(5),
            null,
            java.util.List.of());

    /**
     * The longest allowed gap after an update with this status, and the policy key that sets it;
     * null when the status promises no further update (resolved, postmortem, maintenance).
     */
    public Cadence cadenceAfter(UpdateStatus status) {
        return switch (status) {
            case INVESTIGATING, IDENTIFIED -> new Cadence(activeCadence, "policy.activeCadence");
            case MONITORING -> new Cadence(stableCadence, "policy.stableCadence");
            default -> null;
        };
    }

    /** A cadence limit and the policy key a message names so the reader knows what to change. */
    public record Cadence(Duration limit, String key) {
    }
}
