package herald.derive;

import herald.model.PublicState;
import herald.model.TimeFormats;
import herald.model.UpdateStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How states, statuses and times read on the page, in one place (the formats themselves are {@link TimeFormats}). */
final class Display {
    private static final DateTimeFormatter UTC_DAY_TIME = TimeFormats.DAY_TIME.withZone(ZoneOffset.UTC);
    private final ZoneId zone;
    private final boolean isUtc;
    private final DateTimeFormatter dayTime;
    private final DateTimeFormatter clock;

    Display(ZoneId zone) {
        this.zone = zone;
        this.isUtc = zone.normalized().equals(ZoneOffset.UTC);
        this.dayTime = TimeFormats.DAY_TIME.withZone(zone);
        this.clock = TimeFormats.CLOCK.withZone(zone);
    }

    ZoneId zone() {
        return zone;
    }

    /** A moment for a page; null for null (an optional time, such as a resolve still to come). */
    View.Time time(Instant t) {
        if (t == null) {
            return null;
        }
        return new View.Time(iso(t), dayTime.format(t) + " " + TimeFormats.zoneName(zone, t), UTC_DAY_TIME.format(t) + " UTC",
                utcBeside(t));
    }

    /**
     * The UTC time beside the local one, so a reader elsewhere and Herald's own UTC wording agree
     * with the page: "13:39 UTC", or "26 Nov, 23:30 UTC" when UTC is on another day. Null when the
     * site's zone is UTC.
     */
    private String utcBeside(Instant t) {
        if (isUtc) {
            return null;
        }
        boolean sameDay = t.atZone(zone).toLocalDate().equals(t.atZone(ZoneOffset.UTC).toLocalDate());
        return (sameDay ? TimeFormats.CLOCK_UTC_NAMED : TimeFormats.DAY_CLOCK_UTC_NAMED).format(t);
    }

    View.Time time(OffsetDateTime t) {
        return t == null ? null : time(t.toInstant());
    }

    String day(LocalDate d) {
        return TimeFormats.DAY.format(d);
    }

    /** "14:39 CET". */
    String clock(Instant t) {
        return clock.format(t) + " " + TimeFormats.zoneName(zone, t);
    }

    /** "2026-11-27T13:39:00Z". */
    static String iso(Instant t) {
        return TimeFormats.ISO_UTC.format(t);
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

    /** A day before the component's data begins. */
    static final String NO_DATA_BAR = "b b-nd";

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
