package herald.wording;

import herald.model.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An announcement of the next update resolved to an instant: {@code body.substring(start, end)}
 * is {@code quoted}, {@code promisedTime} the instant it names and {@code reading} how the time
 * was read ("14:55 UTC", "16:00 in the site's zone Europe/Berlin (CET)", "30 minutes after the
 * update at 14:09Z"), so a finding can show its working.
 */
public record Promise(int start, int end, Instant promisedTime, String quoted, String reading) {
    public Promise {
        Objects.requireNonNull(promisedTime, "promisedTime");
        Objects.requireNonNull(quoted, "quoted");
        Objects.requireNonNull(reading, "reading");
    }

    /** How far the promise is from the update's {@code next}, always positive or zero. */
    public Duration offBy(Instant next) {
        return DurationText.apart(next, promisedTime);
    }

    /** checkpoint-mismatch: the promise and {@code next} differ by more than the grace. */
    public boolean differsFrom(Instant next, Duration grace) {
        return offBy(next).compareTo(grace) > 0;
    }
}
