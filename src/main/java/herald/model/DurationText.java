package herald.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The content format's durations ({@code 10m}, {@code 1h30m}, {@code 48h}, {@code 2d}), read and written. */
public final class DurationText {
    private static final Pattern FORMAT = Pattern.compile("(?:(\\d{1,5})d)?(?:(\\d{1,6})h)?(?:(\\d{1,7})m)?");

    private DurationText() {
    }

    /**
     * How far apart two instants are, never negative. {@code Duration.abs()} of a negative span
     * goes through BigDecimal, whose first use costs about 20 ms of a small lint, cold.
     */
    public static Duration apart(Instant a, Instant b) {
        return a.isAfter(b) ? Duration.between(b, a) : Duration.between(a, b);
    }

    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        Matcher m = FORMAT.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        Duration d = Duration.ZERO;
        if (m.group(1) != null) {
            d = d.plusDays(Long.parseLong(m.group(1)));
        }
        if (m.group(2) != null) {
            d = d.plusHours(Long.parseLong(m.group(2)));
        }
        if (m.group(3) != null) {
            d = d.plusMinutes(Long.parseLong(m.group(3)));
        }
        return Optional.of(d);
    }

    /** Compact form as written in content and lint messages: {@code 34m}, {@code 1h30m}, {@code 2d}. */
    public static String format(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes == 0) {
            return d.isZero() || d.isNegative() ? "0m" : "<1m";
        }
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        long mins = minutes % 60;
        StringBuilder sb = new StringBuilder();
        if (days >= 3 && hours == 0 && mins == 0) {
            return days + "d";
        }
        hours += days * 24;
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (mins > 0) {
            sb.append(mins).append('m');
        }
        return sb.toString();
    }

    /**
     * {@link #format}, with the seconds when there are some ({@code 10m1s}, {@code 45s},
     * {@code 10m0.5s}): for measured spans in lint messages, which must not read as the limit itself.
     */
    public static String exact(Duration d) {
        if (d.isNegative() || d.toSecondsPart() == 0 && d.toNanosPart() == 0) {
            return format(d);
        }
        String seconds = BigDecimal.valueOf(d.toSecondsPart()).add(BigDecimal.valueOf(d.toNanosPart(), 9))
                .stripTrailingZeros().toPlainString();
        return (d.toMinutes() == 0 ? "" : format(d)) + seconds + "s";
    }

    /** Human form for pages: {@code 1 h 32 min}, {@code 45 min}, {@code 2 d 3 h}. */
    public static String human(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (mins > 0 ? " " + mins + " min" : "");
        }
        return mins + " min";
    }
}
