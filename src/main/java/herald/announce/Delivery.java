package herald.announce;

import java.util.Objects;

/**
 * The result of one message on one channel.
 *
 * @param channel  {@link Channel#label()}
 * @param key      the idempotency key it carried
 * @param attempts how many times it was sent (0 when it never left: dry run, missing secret)
 * @param reason   why it failed, or what was done ("HTTP 202", "to 3 recipients")
 */
public record Delivery(String channel, String key, String summary, Result result, int attempts, String reason) {
    public enum Result { DELIVERED, FAILED, PRINTED }

    public Delivery {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
    }

    static Delivery failed(Channel c, Outgoing m, int attempts, String reason) {
        return new Delivery(c.label(), m.key(), m.summary(), Result.FAILED, attempts, reason);
    }

    static Delivery delivered(Channel c, Outgoing m, int attempts, String reason) {
        return new Delivery(c.label(), m.key(), m.summary(), Result.DELIVERED, attempts, reason);
    }

    /** "notify[0] slack: delivered 2026-11-20-slow-answers investigating (k2x9q4m7p1ab): HTTP 200, 1 attempt". */
    public String line() {
        String what = switch (result) {
            case DELIVERED -> "delivered";
            case FAILED -> "FAILED";
            case PRINTED -> "dry run, not sent";
        };
        return channel + ": " + what + " " + summary + " (" + key + ")" + (reason.isEmpty() ? "" : ": " + reason)
                + (attempts > 0 ? ", " + attempts + (attempts == 1 ? " attempt" : " attempts") : "");
    }
}
