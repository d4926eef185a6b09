package herald.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of timestamps, for content fields and command-line options alike. The common
 * shape ({@code 2026-11-20T14:09:00Z}, {@code 2026-11-20T15:09+01:00}) is read by hand: a site has
 * three per update, and the general ISO parser is slow on a cold JVM; anything else goes to
 * {@link OffsetDateTime#parse}. A value that is not a usable timestamp comes back with the reason
 * in words, never as an exception: offsets past ±18:00 and years the output formats cannot write
 * (signed, five digits, before 1970) are refused here, so no later stage meets them.
 */
public final class Timestamps {
    /** Years outside 1970..9998 are refused: every output (RFC 822, RFC 3339, iCalendar) writes four digits, in any zone. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");
    private static final int MAX_OFFSET_MINUTES = 18 * 60;
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})(?::?\\d{2})?$");
    private static final Pattern ODD_YEAR = Pattern.compile("^(?:[+-]\\d|\\d{5})");

    private Timestamps() {
    }

    /**
     * A timestamp as written: its value, or (value null) why it is not one, worded to follow
     * {@code "triggered" is }, e.g. {@code 2026-11-20T14:09 without an offset; …}; {@code outOfRange}
     * when it is written as a timestamp but its offset or year cannot be used.
     */
    public record Reading(OffsetDateTime value, String problem, boolean outOfRange) {
        static Reading of(OffsetDateTime v) {
            return new Reading(v, null, false);
        }

        static Reading bad(String problem) {
            return new Reading(null, problem, false);
        }

        static Reading range(String problem) {
            return new Reading(null, problem, true);
        }
    }

    /** "…T15:05:00+0100": an ISO-8601 basic-format offset, which Java's ISO parser (and YAML) does not take. */
    private static final Pattern BASIC_OFFSET = Pattern.compile("(.*T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)([+-]\\d{2})(\\d{2})");

    /** Reads a trimmed timestamp. */
    public static Reading read(String t) {
        OffsetDateTime common = parseCommon(t);
        if (common != null) {
            return inRange(t, common);
        }
        String quoted = "\"" + t + "\"";
        Matcher offset = OFFSET.matcher(t);
        if (offset.find() && Integer.parseInt(offset.group(2)) * 60 + Integer.parseInt(offset.group(3)) > MAX_OFFSET_MINUTES) {
            return Reading.range(quoted + ": the offset " + offset.group() + " is out of range; offsets run from -18:00 to +18:00"
                    + " (real time zones use -12:00 to +14:00): check the offset, e.g. +01:00 or Z for UTC");
        }
        if (ODD_YEAR.matcher(t).find()) {
            return Reading.range(quoted + ": " + yearHint());
        }
        try {
            return inRange(t, OffsetDateTime.parse(t));
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(t.replace(' ', 'T'));
                return Reading.bad(t + " without an offset; Herald never guesses a zone: write " + local
                        + "Z for UTC, or add your offset (e.g. +01:00)");
            } catch (DateTimeParseException notLocal) {
                try {
                    OffsetDateTime spaced = OffsetDateTime.parse(t.replace(' ', 'T'));
                    return Reading.bad(quoted + "; write a 'T' between date and time: " + spaced);
                } catch (DateTimeParseException notSpaced) {
                    Matcher basic = BASIC_OFFSET.matcher(t);
                    if (basic.matches()) {
                        String extended = basic.group(1) + basic.group(2) + ":" + basic.group(3);
                        try {
                            OffsetDateTime.parse(extended);
                            return Reading.bad(quoted + ": write the offset with a colon, " + extended);
                        } catch (DateTimeParseException notBasic) {
                            // not a timestamp either way: the general hint below
                        }
                    }
                    return Reading.bad(quoted + ", not a timestamp; write ISO-8601 with an offset, e.g. 2026-11-20T14:09:00Z");
                }
            }
        }
    }

    /** Whether an instant lies in the years Herald reads (for times that do not come from text, e.g. SOURCE_DATE_EPOCH). */
    public static boolean inRange(Instant t) {
        return !t.isBefore(EARLIEST) && t.isBefore(LATEST);
    }

    /** What to write instead of a year outside the range. */
    public static String yearHint() {
        return "the year must have four digits, from 1970 to 9998; write e.g. 2026-11-20T14:09:00Z";
    }

    private static Reading inRange(String t, OffsetDateTime v) {
        return inRange(v.toInstant()) ? Reading.of(v) : Reading.range("\"" + t + "\": " + yearHint());
    }

    /** The common shape read by hand; null for anything else (the caller uses the full parser). */
    static OffsetDateTime parseCommon(String s) {
        int n = s.length();
        if (n < 17 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int i = 16;
        int second = 0;
        if (i < n && s.charAt(i) == ':') {
            if (i + 3 > n) {
                return null; // "14:44:" or "14:44:0": the full path words the finding
            }
            second = digits(s, i + 1, 2);
            i += 3;
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || i >= n) {
            return null;
        }
        ZoneOffset offset;
        char z = s.charAt(i);
        if ((z == 'Z' || z == 'z') && i + 1 == n) {
            offset = ZoneOffset.UTC;
        } else if ((z == '+' || z == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > MAX_OFFSET_MINUTES) {
                return null; // +18:30 is not an offset: the full path words the finding
            }
            int total = oh * 3600 + om * 60;
            offset = ZoneOffset.ofTotalSeconds(z == '-' ? -total : total);
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
        } catch (DateTimeException e) {
            return null; // e.g. 2026-02-30: let the full parser word the error
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
