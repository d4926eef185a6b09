package herald.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One public update, validated: only {@code next} (none after a closing status, and none in
 * maintenance) and {@code waiver} may be null. Times keep the offset they were written with.
 */
public record Update(
        OffsetDateTime at,
        UpdateStatus status,
        String owner,
        String scope,
        String effect,
        OffsetDateTime next,
        String waiver,
        String body) {

    public Update {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(body, "body");
    }

    public Instant instant() {
        return at.toInstant();
    }

    /** The promised checkpoint, or null when this update promises none. */
    public Instant nextInstant() {
        return next == null ? null : next.toInstant();
    }
}
