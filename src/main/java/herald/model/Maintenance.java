package herald.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One planned window with its updates, validated: title, components, start, end and updates are always there. */
public record Maintenance(EntryFields.Common<Update> common, OffsetDateTime start, OffsetDateTime end) implements Entry {

    public Maintenance {
        Entry.requireComplete(common);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The fields in the order of the content format. */
    public Maintenance(String id, String file, String title, List<String> components, OffsetDateTime start, OffsetDateTime end,
            String banner, List<Update> updates, String summary, Object internal, Imported imported) {
        this(new EntryFields.Common<>(id, file, title, components, banner, updates, summary, internal, imported), start, end);
    }

    /** A window written in Herald (not imported). */
    public Maintenance(String id, String file, String title, List<String> components, OffsetDateTime start, OffsetDateTime end,
            String banner, List<Update> updates, String summary, Object internal) {
        this(id, file, title, components, start, end, banner, updates, summary, internal, null);
    }

    @Override
    public String path() {
        return SitePaths.maintenance(id());
    }

    /** Where a window is in its life at a given time, and the update status that names it. */
    public enum Phase {
        UPCOMING(UpdateStatus.SCHEDULED),
        IN_PROGRESS(UpdateStatus.IN_PROGRESS),
        COMPLETED(UpdateStatus.COMPLETED),
        CANCELLED(UpdateStatus.CANCELLED);

        private final UpdateStatus status;

        Phase(UpdateStatus status) {
            this.status = status;
        }

        /** The status whose label the pages show for a window in this phase. */
        public UpdateStatus status() {
            return status;
        }
    }

    public boolean isCancelled() {
        return updates().stream().anyMatch(u -> u.status() == UpdateStatus.CANCELLED);
    }

    /** The {@code completed} (or {@code cancelled}) update that ended the window. */
    public Optional<Update> closingUpdate() {
        return updates().stream().filter(u -> u.status().closes()).findFirst();
    }

    /** The window starts at {@code scheduled.start}, or earlier if an in-progress update says so. */
    @Override
    public Instant startedAt() {
        Instant s = start.toInstant();
        for (Update u : updates()) {
            if (u.status() == UpdateStatus.IN_PROGRESS) {
                Instant at = u.instant();
                s = at.isBefore(s) ? at : s;
            }
        }
        return s;
    }

    /**
     * The state is {@code maintenance} from the start until the update that closed the window
     * (spec), whether it completed or cancelled it: a window cancelled after it started was in
     * progress until then.
     */
    @Override
    public List<Impact> periods() {
        return List.of(new Impact(startedAt(), closingUpdate().map(Update::instant).orElse(null), PublicState.MAINTENANCE));
    }

    /**
     * {@code maintenance} while in progress, unless an update during the window says otherwise
     * ({@code state:}); what the announcements before the start said does not apply.
     */
    @Override
    public List<Impact> impactsOn(String component) {
        if (!components().contains(component)) {
            return List.of();
        }
        List<Impact> window = periods();
        return StateTimeline.on(component, window, PublicState.MAINTENANCE, updates(), window.get(0).start());
    }

    public Phase phaseAt(Instant now) {
        if (holdsAt(now)) {
            return Phase.IN_PROGRESS;
        }
        Optional<Update> closing = closingUpdate().filter(u -> !u.instant().isAfter(now));
        if (closing.isPresent()) {
            return closing.get().status() == UpdateStatus.CANCELLED ? Phase.CANCELLED : Phase.COMPLETED;
        }
        return Phase.UPCOMING;
    }
}
