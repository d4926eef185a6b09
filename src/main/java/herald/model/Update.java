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
public final class Update implements UpdateFields {
    private final UpdateFields.Values values;
    /**
     * {@code at} and {@code next} as instants, converted once: derive and the API ask for them in
     * every sort, timeline and history step, and at 10,000 incidents the conversion was about a
     * third of derive's time. (A class, not a record: a record can keep them only as components
     * that a caller could pass.)
     */
    private final Instant instant;
    private final Instant nextInstant;

    public Update(UpdateFields.Values values) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(values.at(), "at");
        Objects.requireNonNull(values.status(), "status");
        Objects.requireNonNull(values.body(), "body");
        this.values = values;
        this.instant = values.at().toInstant();
        this.nextInstant = values.next() == null ? null : values.next().toInstant();
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

    @Override
    public UpdateFields.Values values() {
        return values;
    }

    @Override
    public Instant instant() {
        return instant;
    }

    @Override
    public Instant nextInstant() {
        return nextInstant;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Update u && values.equals(u.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Update" + values.toString().substring("Values".length());
    }
}
