package herald.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * When an incident is open, from its updates' statuses: from the trigger until a {@code resolved}
 * update, and again from an update with an active status (investigating, identified, monitoring)
 * after a resolve until the next one; postmortem updates change nothing. One definition for the
 * lint (over drafts, where a status or time may be missing) and the model.
 */
public final class Reopening {
    private Reopening() {
    }

    /** One open period: from {@code start} up to {@code end}, null while still open. */
    public record Period<U>(Instant start, Instant end, U opener, U resolver) {
    }

    /**
     * The open periods of an incident, oldest first. Updates without a status or a time are skipped;
     * {@code opener} of the first period is null (the trigger opened it).
     */
    public static <U> List<Period<U>> periods(Instant triggered, List<U> updates, Function<U, UpdateStatus> status,
            Function<U, Instant> at) {
        List<Period<U>> out = new ArrayList<>();
        Instant start = triggered;
        U opener = null;
        boolean open = true;
        for (U u : updates) {
            UpdateStatus s = status.apply(u);
            Instant t = at.apply(u);
            if (s == null || t == null) {
                continue;
            }
            if (open && s == UpdateStatus.RESOLVED) {
                out.add(new Period<>(start, t, opener, u));
                open = false;
            } else if (!open && isActive(s)) {
                start = t;
                opener = u;
                open = true;
            }
        }
        if (open && start != null) {
            out.add(new Period<>(start, null, opener, null));
        }
        return out;
    }

    /** The statuses of an incident still being worked on. */
    public static boolean isActive(UpdateStatus s) {
        return s == UpdateStatus.INVESTIGATING || s == UpdateStatus.IDENTIFIED || s == UpdateStatus.MONITORING;
    }
}
