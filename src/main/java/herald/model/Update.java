package herald.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One public update, validated: {@code next} (none after a closing status, and none in
 * maintenance), {@code waiver}, {@code state} (no change of state) and {@code originalId} (not
 * imported) may be null; {@code owner}, {@code scope} and {@code effect} are null only in imported
 * entries, whose source never had them. Times keep the offset they were written with.
 */
public record Update(
        OffsetDateTime at,
        UpdateStatus status,
        String owner,
        String scope,
        String effect,
        OffsetDateTime next,
        String waiver,
        String body,
        StateChange state,
        String originalId) {

    public Update {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
    }

    /** An update written in Herald: every field of the format, no change of state. */
    public Update(OffsetDateTime at, UpdateStatus status, String owner, String scope, String effect, OffsetDateTime next,
            String waiver, String body) {
        this(at, status, owner, scope, effect, next, waiver, body, null, null);
    }

    public Instant instant() {
        return at.toInstant();
    }

    /** The promised checkpoint, or null when this update promises none. */
    public Instant nextInstant() {
        return next == null ? null : next.toInstant();
    }
}
