package herald.site;

import herald.model.PublicState;
import herald.model.UpdateStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How states, statuses and times read on the page, in one place. */
final class Display {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final ZoneId zone;

    Display(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    View.Time time(Instant t) {
        if (t == null) {
            return null;
        }
        return new View.Time(iso(t), display(t), utcDisplay(t));
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    /** Zone abbreviations ("CET", "CEST") by offset and daylight-saving flag, looked up once each. */
    private final java.util.Map<String, String> abbreviations = new java.util.concurrent.ConcurrentHashMap<>();

    /** "27 Nov 2026, 14:39 CET", written by hand: pages show tens of thousands of times. */
    private String display(Instant t) {
        java.time.ZoneOffset offset = zone.getRules().getOffset(t);
        java.time.LocalDateTime local = java.time.LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, offset);
        return dayMonthYear(local) + ", " + two(local.getHour()) + ":" + two(local.getMinute()) + " " + abbreviation(t, offset);
    }

    /**
     * The JDK loads zone names lazily and, when two threads ask first at the same moment, may
     * answer one of them with "GMT+01:00" instead of "CET" (and cache it). Names are therefore
     * looked up under one lock and cached here, so pages never depend on thread timing. (DisplayTest's
     * reference formatting takes the same lock.)
     */
    static final Object ZONE_NAMES = new Object();

    private String abbreviation(Instant t, java.time.ZoneOffset offset) {
        String key = offset.getId() + (zone.getRules().isDaylightSavings(t) ? "+dst" : "");
        String cached = abbreviations.get(key);
        if (cached != null) {
            return cached;
        }
        synchronized (ZONE_NAMES) {
            String name = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).withZone(zone).format(t);
            abbreviations.putIfAbsent(key, name);
            return abbreviations.get(key);
        }
    }

    private static String utcDisplay(Instant t) {
        java.time.LocalDateTime utcTime = java.time.LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        return dayMonthYear(utcTime) + ", " + two(utcTime.getHour()) + ":" + two(utcTime.getMinute()) + " UTC";
    }

    private static String dayMonthYear(java.time.LocalDateTime d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    View.Time time(OffsetDateTime t) {
        return t == null ? null : time(t.toInstant());
    }

    String day(java.time.LocalDate d) {
        return DAY.format(d);
    }

    /** "14:39 CET". */
    String clock(Instant t) {
        java.time.ZoneOffset offset = zone.getRules().getOffset(t);
        java.time.LocalDateTime local = java.time.LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, offset);
        return two(local.getHour()) + ":" + two(local.getMinute()) + " " + abbreviation(t, offset);
    }

    /** "2026-11-27T13:39:00Z". */
    static String iso(Instant t) {
        java.time.LocalDateTime u = java.time.LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        int y = u.getYear();
        if (y < 1000 || y > 9999) {
            return ISO.format(t.atOffset(ZoneOffset.UTC));
        }
        return y + "-" + two(u.getMonthValue()) + "-" + two(u.getDayOfMonth()) + "T" + two(u.getHour()) + ":"
                + two(u.getMinute()) + ":" + two(u.getSecond()) + "Z";
    }

    static View.State state(PublicState s) {
        return new View.State(s.id(), s.label(), "state-" + s.id());
    }

    static String statusClass(UpdateStatus s) {
        return "status-" + s.id();
    }

    /** The page headline for the overall state, in Statuspage's words. */
    static String overallText(PublicState s) {
        return switch (s) {
            case OPERATIONAL -> "All systems operational";
            case INFORMATIONAL -> "All systems operational, with an advisory";
            case DEGRADED_PERFORMANCE -> "Partially degraded service";
            case PARTIAL_OUTAGE -> "Partial system outage";
            case MAJOR_OUTAGE -> "Major system outage";
            case MAINTENANCE -> "Service under maintenance";
        };
    }

    /** Badge background per state: the theme's light palette, on which white text passes WCAG AA. */
    static String badgeColor(PublicState s) {
        return switch (s) {
            case OPERATIONAL -> "#1a7f37";
            case INFORMATIONAL -> "#0969da";
            case DEGRADED_PERFORMANCE -> "#9a6700";
            case PARTIAL_OUTAGE -> "#bc4c00";
            case MAJOR_OUTAGE -> "#cf222e";
            case MAINTENANCE -> "#8250df";
        };
    }

    /** Short class for a day bar (kept short: the front page holds 90 of them per component). */
    static String barClass(PublicState s) {
        return switch (s) {
            case OPERATIONAL -> "b";
            case INFORMATIONAL -> "b b-in";
            case DEGRADED_PERFORMANCE -> "b b-dp";
            case PARTIAL_OUTAGE -> "b b-po";
            case MAJOR_OUTAGE -> "b b-mo";
            case MAINTENANCE -> "b b-mt";
        };
    }
}
