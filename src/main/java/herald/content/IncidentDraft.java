package herald.content;

import herald.diag.Where;
import herald.model.Imported;
import herald.model.PublicState;
import herald.model.Severity;
import herald.model.UpdateStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One incident file as read: fields the author left out or got wrong are null; the lint says which. */
public record IncidentDraft(
        String id,
        String file,
        String title,
        Severity severity,
        List<String> components,
        OffsetDateTime triggered,
        PublicState state,
        String stateReason,
        String banner,
        String cause,
        String postmortem,
        List<UpdateDraft> updates,
        String summary,
        Object internal,
        Imported imported,
        Where where) implements EntryDraft {

    public IncidentDraft {
        components = List.copyOf(components);
        updates = List.copyOf(updates);
    }

    /** The first {@code resolved} update with a time. */
    public Optional<UpdateDraft> resolvedUpdate() {
        return updates.stream().filter(u -> u.status() == UpdateStatus.RESOLVED && u.at() != null).findFirst();
    }

    public boolean isResolved() {
        return resolvedUpdate().isPresent();
    }
}
