package herald.content;

import herald.diag.Where;
import herald.model.UpdateStatus;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One update as read. Times keep the offset they were written with (so messages quote them as the
 * author wrote them). Any field may be null when the file left it out; the lint reports that.
 */
public record UpdateDraft(
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
