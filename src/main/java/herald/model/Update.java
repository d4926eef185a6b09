package herald.model;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One public update. Times keep the offset they were written with (so messages quote them as the
 * author wrote them). Any field may be null when the file left it out; the lint reports that.
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
        Where where) {

    public Instant instant() {
        return at == null ? null : at.toInstant();
    }

    public Instant nextInstant() {
        return next == null ? null : next.toInstant();
    }
}
