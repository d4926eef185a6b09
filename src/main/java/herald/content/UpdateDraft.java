package herald.content;

import herald.diag.Where;
import herald.model.StateChange;
import herald.model.UpdateStatus;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One update as read. Times keep the offset they were written with (so messages quote them as the
 * author wrote them). Any field may be null when the file left it out; the lint reports that.
 * {@code state} is the optional {@code state:} of the update, {@code originalId} its {@code imported: {id:}}.
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
        StateChange state,
        String originalId,
        Where where) {

    public Instant instant() {
        return at == null ? null : at.toInstant();
    }

    public Instant nextInstant() {
        return next == null ? null : next.toInstant();
    }
}
