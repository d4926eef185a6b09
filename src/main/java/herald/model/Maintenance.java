package herald.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One maintenance file: a planned window with its updates. */
public record Maintenance(
        String id,
        String file,
        String title,
        List<String> components,
        OffsetDateTime start,
        OffsetDateTime end,
        String banner,
        List<Update> updates,
        String summary,
        Object internal,
        Where where) implements Entry {

    public Maintenance {
        components = List.copyOf(components);
        updates = List.copyOf(updates);
    }

    /** Where a window is in its life at a given time. */
    public enum Phase { UPCOMING, IN_PROGRESS, COMPLETED, CANCELLED }

    public boolean isCancelled() {
        return updates.stream().anyMatch(u -> u.status() == UpdateStatus.CANCELLED);
    }

    /** The {@code completed} (or {@code cancelled}) update that ended the window. */
    public Optional<Update> closingUpdate() {
        return updates.stream().filter(u -> u.status() != null && u.status().closes() && u.at() != null).findFirst();
    }

    /** The window starts at {@code scheduled.start}, or earlier if an in-progress update says so. */
    public Instant startedAt() {
        Instant s = start == null ? null : start.toInstant();
        for (Update u : updates) {
            if (u.status() == UpdateStatus.IN_PROGRESS && u.at() != null && (s == null || u.instant().isBefore(s))) {
                s = u.instant();
            }
        }
        return s;
    }

    /** The state is {@code maintenance} from the start until the completed update (spec). */
    public Phase phaseAt(Instant now) {
        Optional<Update> closing = closingUpdate().filter(u -> !u.instant().isAfter(now));
        if (closing.isPresent()) {
            return closing.get().status() == UpdateStatus.CANCELLED ? Phase.CANCELLED : Phase.COMPLETED;
        }
        Instant s = startedAt();
        if (s == null || now.isBefore(s)) {
            return Phase.UPCOMING;
        }
        return Phase.IN_PROGRESS;
    }

    public Instant endInstant() {
        return end == null ? null : end.toInstant();
    }
}
