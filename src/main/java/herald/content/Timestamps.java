package herald.content;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the common timestamp shape ({@code 2026-11-20T14:09:00Z}, {@code 2026-11-20T15:09+01:00})
 * by hand: a site has three per update, and the general ISO parser is slow on a cold JVM.
 * Anything else (fractions, odd widths, errors) returns null and the caller uses
 * {@link OffsetDateTime#parse}, which also explains what is wrong.
 */
final class Timestamps {
    private Timestamps() {
    }

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
            if (oh < 0 || om < 0 || oh > 18 || om > 59) {
                return null;
            }
            int total = oh * 3600 + om * 60;
            offset = ZoneOffset.ofTotalSeconds(z == '-' ? -total : total);
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
        } catch (java.time.DateTimeException e) {
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
