package herald.model;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The fields of one update, declared once with their accessors for the draft the lint works on
 * (any field may be null when the file left it out) and the validated {@link Update}. Times keep
 * the offset they were written with.
 */
public interface UpdateFields {
    /**
     * @param state      the optional {@code state:} of the update (a change of state), or null
     * @param originalId its {@code imported: {id:}}, or null when not imported
     */
    record Values(OffsetDateTime at, UpdateStatus status, String owner, String scope, String effect, OffsetDateTime next,
            String waiver, String body, StateChange state, String originalId) {
    }

    Values values();

    default OffsetDateTime at() {
        return values().at();
    }

    default UpdateStatus status() {
        return values().status();
    }

    default String owner() {
        return values().owner();
    }

    default String scope() {
        return values().scope();
    }

    default String effect() {
        return values().effect();
    }

    /** The promised checkpoint, or null. */
    default OffsetDateTime next() {
        return values().next();
    }

    default String waiver() {
        return values().waiver();
    }

    default String body() {
        return values().body();
    }

    default StateChange state() {
        return values().state();
    }

    default String originalId() {
        return values().originalId();
    }

    /** {@link #at()} as an instant, or null when there is none. */
    default Instant instant() {
        return at() == null ? null : at().toInstant();
    }

    /** The promised checkpoint as an instant, or null when this update promises none. */
    default Instant nextInstant() {
        return next() == null ? null : next().toInstant();
    }
}
