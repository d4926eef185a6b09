package herald.content;

import herald.diag.Where;
import herald.model.EntryFields;
import java.util.Optional;

/**
 * An incident or maintenance file as the loader read it, for the lint: every field the author got
 * wrong or left out is null (the loader said why), and {@link #where()} keeps each field's
 * position for findings. What runs after the lint gets the validated {@link herald.model.Entry}
 * instead ({@link Validation}).
 */
public sealed interface EntryDraft extends EntryFields<UpdateDraft> permits IncidentDraft, MaintenanceDraft {
    Where where();

    default Optional<UpdateDraft> latestUpdate() {
        return updates().isEmpty() ? Optional.empty() : Optional.of(updates().get(updates().size() - 1));
    }
}
