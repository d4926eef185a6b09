package herald.announce;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How messages are sent. The defaults are the issue's: 3 attempts, 10 s each, backoff 1 s then 2 s;
 * tests shorten the times and keep the behaviour.
 *
 * @param backoff     the wait after the first failed attempt, doubled after each further one
 * @param longestWait the longest {@code Retry-After} honoured; a receiver asking more fails the message
 * @param clock       for {@code generated_at} and the email's Date, never for a decision
 */
public record SendSettings(Duration timeout, int attempts, Duration backoff, Duration longestWait, Sleeper sleeper, Clock clock,
                           String userAgent) {
    /** Waiting between attempts; the tests keep the real one, so a receiver sees real gaps. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public SendSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(longestWait, "longestWait");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(userAgent, "userAgent");
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    public static SendSettings defaults(Clock clock, String heraldVersion) {
        return new SendSettings(Duration.ofSeconds(10), 3, Duration.ofSeconds(1), Duration.ofSeconds(60),
                d -> Thread.sleep(d.toMillis()), clock, "Herald/" + heraldVersion);
    }

    public SendSettings withTimeout(Duration t) {
        return new SendSettings(t, attempts, backoff, longestWait, sleeper, clock, userAgent);
    }

    public SendSettings withBackoff(Duration b) {
        return new SendSettings(timeout, attempts, b, longestWait, sleeper, clock, userAgent);
    }

    /** The wait before attempt {@code next} (2, 3, ...): backoff, then twice that, ... */
    Duration backoffBefore(int next) {
        return backoff.multipliedBy(1L << Math.min(20, next - 2));
    }
}
