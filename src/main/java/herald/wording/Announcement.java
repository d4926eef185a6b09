package herald.wording;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A body's announcement of the next update, as written: {@code text.substring(start, end)} is
 * {@code quoted} ("Next update at 14:55 UTC", "We'll provide another update within the next 30
 * minutes"), and {@code when} the time it names, not yet resolved to an instant.
 */
public record Announcement(int start, int end, String quoted, When when) {
    public Announcement {
        Objects.requireNonNull(quoted, "quoted");
        Objects.requireNonNull(when, "when");
    }

    /** The announced time: a delay after the update, or a time of day. */
    public sealed interface When permits After, At {
    }

    /** "in 30 minutes", "within the next hour", "every 30 minutes": counts from the update's {@code at}. */
    public record After(Duration delay) implements When {
        public After {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /**
     * "at 14:55 UTC", "by 2:55pm ET", "on 28 Nov at 09:00 UTC": a time of day, the zone as written
     * (null: none) and the date words as written (null: none; "28 Nov", "tomorrow", "Monday", "2026-11-28").
     */
    public record At(LocalTime time, String zone, String date) implements When {
        public At {
            Objects.requireNonNull(time, "time");
        }
    }
}
