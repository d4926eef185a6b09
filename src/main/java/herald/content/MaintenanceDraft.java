package herald.content;

import herald.diag.Where;
import herald.model.EntryFields;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One maintenance file as read: fields the author left out or got wrong are null; the lint says which. */
public record MaintenanceDraft(EntryFields.Common<UpdateDraft> common, OffsetDateTime start, OffsetDateTime end, Where where)
        implements EntryDraft {

    /** The {@code completed} (or {@code cancelled}) update that ended the window. */
    public Optional<UpdateDraft> closingUpdate() {
        return updates().stream().filter(u -> u.status() != null && u.status().closes() && u.at() != null).findFirst();
    }
}
