package herald.model;

import java.time.Instant;
import java.util.Optional;

/**
 * When an entry holds its components in a public state: from {@code start}, up to but not at
 * {@code end} (null while nothing has ended it yet). The one definition that the page state,
 * the uptime bars and the API's component history all read. An end before the start (a window
 * cancelled before it began) leaves an empty interval.
 */
public record Impact(Instant start, Instant end, PublicState state) {
    public Impact {
        if (end != null && end.isBefore(start)) {
            end = start;
        }
    }

    /** True when the entry affects its components at {@code t}. */
    public boolean covers(Instant t) {
        return !t.isBefore(start) && (end == null || t.isBefore(end));
    }

    /** The part of this interval between {@code from} and {@code to}, if any time is left. */
    public Optional<Impact> clip(Instant from, Instant to) {
        Instant s = start.isBefore(from) ? from : start;
        Instant e = end == null || end.isAfter(to) ? to : end;
        return e.isAfter(s) ? Optional.of(new Impact(s, e, state)) : Optional.empty();
    }
}
