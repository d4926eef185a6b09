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
public record Incident(
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
        List<Update> updates,
        String summary,
        Object internal,
        Imported imported) implements Entry {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(triggered, "triggered");
        components = List.copyOf(components);
        updates = List.copyOf(updates);
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("an incident has at least one update");
        }
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
        return SitePaths.incident(id);
    }

    /** The declared state, else the ladder default for the severity. */
    public PublicState publicState() {
        return state != null ? state : severity.defaultState();
    }

    /** The first {@code resolved} update. */
    public Optional<Update> resolvedUpdate() {
        return updates.stream().filter(u -> u.status() == UpdateStatus.RESOLVED).findFirst();
    }

    public Optional<Instant> resolvedAt() {
        return resolvedUpdate().map(Update::instant);
    }

    public boolean isResolved() {
        return resolvedUpdate().isPresent();
    }

    /** When the incident started counting against components: the trigger. */
    @Override
    public Instant startedAt() {
        return triggered.toInstant();
    }

    /** From the start until the first resolve, at the declared (or ladder) state. */
    @Override
    public Impact impact() {
        return new Impact(startedAt(), resolvedAt().orElse(null), publicState());
    }

    /** Open at {@code now}: started, and not resolved by then. */
    public boolean isOpenAt(Instant now) {
        return impact().covers(now);
    }

    /** From the trigger to the resolve (or to {@code now} while open). */
    public Duration duration(Instant now) {
        Instant start = startedAt();
        Instant end = resolvedAt().orElse(now);
        return end.isBefore(start) ? Duration.ZERO : Duration.between(start, end);
    }

    /** The status of the newest update. */
    public UpdateStatus status() {
        return latestUpdate().status();
    }
}
