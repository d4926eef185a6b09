package herald.content;

import herald.diag.Where;
import herald.model.EntryFields;
import herald.model.IncidentFields;
import herald.model.Reopening;
import java.util.List;
import java.util.Optional;

/** One incident file as read: fields the author left out or got wrong are null; the lint says which. */
public record IncidentDraft(EntryFields.Common<UpdateDraft> common, IncidentFields.Own own, Where where)
        implements EntryDraft, IncidentFields {

    /**
     * The {@code resolved} update that closed the incident, when it is resolved now: its latest
     * non-postmortem update (with a status and a time) is resolved. An active status after a
     * resolve re-opens the incident until the next resolve.
     */
    public Optional<UpdateDraft> resolvedUpdate() {
        return Optional.ofNullable(lastPeriod().resolver());
    }

    public boolean isResolved() {
        return resolvedUpdate().isPresent();
    }

    /** The update that re-opened the incident last, if an update after a resolve did. */
    public Optional<UpdateDraft> reopening() {
        return Optional.ofNullable(lastPeriod().opener());
    }

    private Reopening.Period<UpdateDraft> lastPeriod() {
        List<Reopening.Period<UpdateDraft>> periods = Reopening.periods(triggered() == null ? null : triggered().toInstant(), updates(),
                UpdateDraft::status, UpdateDraft::instant);
        return periods.isEmpty() ? new Reopening.Period<>(null, null, null, null) : periods.get(periods.size() - 1);
    }
}
