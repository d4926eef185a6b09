package herald.content;

import herald.diag.Where;
import herald.model.Imported;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One maintenance file as read: fields the author left out or got wrong are null; the lint says which. */
public record MaintenanceDraft(
        String id,
        String file,
        String title,
        List<String> components,
        OffsetDateTime start,
        OffsetDateTime end,
        String banner,
        List<UpdateDraft> updates,
        String summary,
        Object internal,
        Imported imported,
        Where where) implements EntryDraft {

    public MaintenanceDraft {
        components = List.copyOf(components);
        updates = List.copyOf(updates);
    }

    /** The {@code completed} (or {@code cancelled}) update that ended the window. */
    public Optional<UpdateDraft> closingUpdate() {
        return updates.stream().filter(u -> u.status() != null && u.status().closes() && u.at() != null).findFirst();
    }
}
