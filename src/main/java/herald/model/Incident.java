package herald.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import java.util.Optional;

/**
 * One incident, validated: title, severity, components, trigger and updates are always there;
 * state, stateReason, banner, cause, postmortem, summary and internal may be null.
 */
public record Incident(EntryFields.Common<Update> common, IncidentFields.Own own) implements Entry, IncidentFields {

    public Incident {
        Entry.requireComplete(common);
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(own.severity(), "severity");
        Objects.requireNonNull(own.triggered(), "triggered");
    }

    /** The fields in the order of the content format. */
    public Incident(String id, String file, String title, Severity severity, List<String> components, OffsetDateTime triggered,
            PublicState state, String stateReason, String banner, String cause, String postmortem, List<Update> updates,
            String summary, Object internal, Imported imported) {
        this(new EntryFields.Common<>(id, file, title, components, banner, updates, summary, internal, imported),
                new IncidentFields.Own(severity, triggered, state, stateReason, cause, postmortem));
    }

    /** An incident written in Herald (not imported). */
    public Incident(String id, String file, String title, Severity severity, List<String> components, OffsetDateTime triggered,
            PublicState state, String stateReason, String banner, String cause, String postmortem, List<Update> updates,
            String summary, Object internal) {
        this(id, file, title, severity, components, triggered, state, stateReason, banner, cause, postmortem, updates, summary,
                internal, null);
    }

    @Override
    public String path() {
        return SitePaths.incident(id());
    }

    /** The declared state, else the ladder default for the severity. */
    public PublicState publicState() {
        return state() != null ? state() : severity().defaultState();
    }

    /** The open periods: from the trigger to the first resolve, and from each re-opening to the next resolve. */
    @Override
    public List<Impact> periods() {
        PublicState base = publicState();
        return Reopening.periods(startedAt(), updates(), Update::status, Update::instant).stream()
                .map(p -> new Impact(p.start(), p.end(), base)).toList();
    }

    @Override
    public List<Impact> impactsOn(String component) {
        return components().contains(component) ? impactsOn(component, periods()) : List.of();
    }

    /** {@link #impactsOn(String)} from periods computed once, for a question about every component. */
    private List<Impact> impactsOn(String component, List<Impact> periods) {
        return StateTimeline.on(component, periods, publicState(), updates(), null);
    }

    /**
     * The {@code resolved} update that closed the incident, when it is resolved now: its latest
     * non-postmortem update is resolved. A re-opened incident is open until the next resolve.
     */
    public Optional<Update> resolvedUpdate() {
        List<Reopening.Period<Update>> periods = Reopening.periods(startedAt(), updates(), Update::status, Update::instant);
        Reopening.Period<Update> last = periods.get(periods.size() - 1);
        return Optional.ofNullable(last.resolver());
    }

    public Optional<Instant> resolvedAt() {
        return resolvedUpdate().map(Update::instant);
    }

    public boolean isResolved() {
        return resolvedUpdate().isPresent();
    }

    /** True once an update after a resolve re-opened the incident. */
    public boolean wasReopened() {
        return periods().size() > 1;
    }

    /** When the incident started counting against components: the trigger. */
    @Override
    public Instant startedAt() {
        return triggered().toInstant();
    }

    /** Open at {@code now}: in one of its open periods. */
    public boolean isOpenAt(Instant now) {
        return holdsAt(now);
    }

    /** The time it was open (the periods between a resolve and a re-opening do not count), up to {@code now}. */
    public Duration duration(Instant now) {
        Duration total = Duration.ZERO;
        for (Impact p : periods()) {
            Instant end = p.end() == null || p.end().isAfter(now) ? now : p.end();
            if (end.isAfter(p.start())) {
                total = total.plus(Duration.between(p.start(), end));
            }
        }
        return total;
    }

    /**
     * Whether the duration is known: not for an imported incident with a single update (the source
     * kept only its resolve), nor for one that started and ended at the same instant.
     */
    public boolean durationKnown(Instant now) {
        return !(isImported() && updates().size() == 1) && !duration(now).isZero();
    }

    /** The incident's state at {@code t}: the worst state it gives any of its components then, else its declared state. */
    public PublicState stateAt(Instant t) {
        PublicState worst = null;
        List<Impact> periods = periods();
        for (String c : components()) {
            for (Impact i : impactsOn(c, periods)) {
                if (i.covers(t)) {
                    // the first impact that covers t, as Entry.stateAt answers
                    worst = worst == null ? i.state() : PublicState.worst(worst, i.state());
                    break;
                }
            }
        }
        return worst != null ? worst : publicState();
    }

    /**
     * The worst state the incident gave any component for some time: its impact, shown once it is
     * resolved. An incident that never held a state for any time (a single resolved update) shows its declared state.
     */
    public PublicState worstState() {
        PublicState worst = null;
        List<Impact> periods = periods();
        for (String c : components()) {
            for (Impact i : impactsOn(c, periods)) {
                if (i.end() == null || i.end().isAfter(i.start())) {
                    worst = worst == null ? i.state() : PublicState.worst(worst, i.state());
                }
            }
        }
        return worst != null ? worst : publicState();
    }

    /** The status of the newest update. */
    public UpdateStatus status() {
        return latestUpdate().status();
    }
}
