package herald.cli;

import herald.model.DurationText;
import java.time.Duration;

/** --timeout of check-links and announce: one way to write it, seconds (5s, or a bare 5), minutes or more (1m). */
final class Timeouts {
    private Timeouts() {
    }

    /** The duration {@code text} gives, from one second up to {@code max}; a clear error otherwise. */
    static Duration parse(String text, Duration max) {
        String t = text.strip();
        String seconds = t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
        Duration d = seconds.matches("\\d{1,9}") ? Duration.ofSeconds(Long.parseLong(seconds)) : DurationText.parse(t).orElse(Duration.ZERO);
        if (d.isZero() || d.isNegative() || d.compareTo(max) > 0) {
            throw new UserError("--timeout \"" + text + "\": write a duration above zero, e.g. 5s or 1m"
                    + (max.compareTo(Duration.ofDays(1)) < 0 ? ", of at most " + DurationText.format(max) : ""));
        }
        return d;
    }
}
