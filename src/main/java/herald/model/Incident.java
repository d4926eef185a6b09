package herald.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One incident file. Fields the author left out or got wrong are null; the lint says which. */
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
        Where where) implements Entry {

    public Incident {
        components = List.copyOf(components);
        updates = List.copyOf(updates);
    }

    @Override
    public String path() {
        return "incidents/" + id + "/";
    }

    /** The declared state, else the ladder default for the severity. */
    public PublicState publicState() {
        if (state != null) {
            return state;
        }
        return severity == null ? PublicState.DEGRADED_PERFORMANCE : severity.defaultState();
    }

    /** The first {@code resolved} update. */
    public Optional<Update> resolvedUpdate() {
        return updates.stream().filter(u -> u.status() == UpdateStatus.RESOLVED && u.at() != null).findFirst();
    }

    public Optional<Instant> resolvedAt() {
        return resolvedUpdate().map(Update::instant);
    }

    public boolean isResolved() {
        return resolvedUpdate().isPresent();
    }

    /** When the incident started counting against components: the trigger, else the first update. */
    @Override
    public Instant startedAt() {
        if (triggered != null) {
            return triggered.toInstant();
        }
        return updates.isEmpty() ? null : updates.get(0).instant();
    }

    /** From the start until the first resolve, at the declared (or ladder) state. */
    @Override
    public Optional<Impact> impact() {
        Instant start = startedAt();
        return start == null ? Optional.empty() : Optional.of(new Impact(start, resolvedAt().orElse(null), publicState()));
    }

    /** Open at {@code now}: started, and not resolved by then. */
    public boolean isOpenAt(Instant now) {
        return impact().map(i -> i.covers(now)).orElse(false);
    }

    /** From the trigger to the resolve (or to {@code now} while open). */
    public Duration duration(Instant now) {
        Instant start = startedAt();
        if (start == null) {
            return Duration.ZERO;
        }
        Instant end = resolvedAt().orElse(now);
        return end.isBefore(start) ? Duration.ZERO : Duration.between(start, end);
    }

    /** The status of the newest update. */
    public Optional<UpdateStatus> status() {
        return latestUpdate().map(Update::status);
    }
}
