package herald.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One public update, validated: {@code next} (none after a closing status, and none in
 * maintenance), {@code waiver}, {@code state} (no change of state) and {@code originalId} (not
 * imported) may be null; {@code owner}, {@code scope} and {@code effect} are null only in imported
 * entries, whose source never had them, and {@code effect} also in an update that closes the entry
 * (it may state none). Times keep the offset they were written with.
 */
public record Update(UpdateFields.Values values, Instant instant, Instant nextInstant) implements UpdateFields {
    /**
     * {@code instant} and {@code nextInstant} are always {@code at} and {@code next} converted, here,
     * once (whatever is passed for them): derive and the API ask for them in every sort, timeline
     * and history step, and at 10,000 incidents the conversion was about a third of derive's time.
     */
    public Update {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(values.at(), "at");
        Objects.requireNonNull(values.status(), "status");
        Objects.requireNonNull(values.body(), "body");
        instant = values.at().toInstant();
        nextInstant = values.next() == null ? null : values.next().toInstant();
    }

    public Update(UpdateFields.Values values) {
        this(values, null, null);
    }

    public Update(OffsetDateTime at, UpdateStatus status, String owner, String scope, String effect, OffsetDateTime next,
            String waiver, String body, StateChange state, String originalId) {
        this(new UpdateFields.Values(at, status, owner, scope, effect, next, waiver, body, state, originalId));
    }

    /** An update written in Herald: every field of the format, no change of state. */
    public Update(OffsetDateTime at, UpdateStatus status, String owner, String scope, String effect, OffsetDateTime next,
            String waiver, String body) {
        this(at, status, owner, scope, effect, next, waiver, body, null, null);
    }
}
