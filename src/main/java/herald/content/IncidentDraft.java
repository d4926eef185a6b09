package herald.content;

import herald.diag.Where;
import herald.model.Imported;
import herald.model.PublicState;
import herald.model.Reopening;
import herald.model.Severity;
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
        List<Reopening.Period<UpdateDraft>> periods = Reopening.periods(triggered == null ? null : triggered.toInstant(), updates,
                UpdateDraft::status, UpdateDraft::instant);
        return periods.isEmpty() ? new Reopening.Period<>(null, null, null, null) : periods.get(periods.size() - 1);
    }
}
