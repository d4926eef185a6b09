package herald.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every way Herald writes a time, defined once: the pages' texts, the feeds', the calendar's and
 * the API's stamps, the times in findings, diffs, drafts and authored files. All English and
 * independent of the default locale and zone.
 */
public final class TimeFormats {
    /** RFC 3339 in UTC to the second, as pages ({@code datetime}), banner.json and Atom write it: 2026-11-27T13:39:00Z. */
    public static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** The Statuspage API's stamps, with milliseconds. */
    public static final DateTimeFormatter API = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** RSS's RFC 822 dates. */
    public static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    /** iCalendar's UTC date-times. */
    public static final DateTimeFormatter ICALENDAR = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** A page's date and time in the site's zone, without the zone's name: 27 Nov 2026, 14:39. */
    public static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);
    /** A day bar's date: 27 Nov 2026. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    /** A history month: November 2026. */
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    /** A month within its year on the history's index: November. */
    public static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
    /** A clock time as written (findings keep the author's offset; drafts and authored files use UTC): 14:39. */
    public static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** A date and clock time in findings: 2026-11-27 14:39. */
    public static final DateTimeFormatter DATE_CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    /** The diff's times: 2026-11-27 13:39 UTC. */
    public static final DateTimeFormatter DIFF = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** The authoring templates' clock in UTC: 14:39. */
    public static final DateTimeFormatter CLOCK_UTC = CLOCK.withZone(ZoneOffset.UTC);
    /** A clock time in UTC, named: 14:39 UTC (the notification drafts). */
    public static final DateTimeFormatter CLOCK_UTC_NAMED = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** A UTC clock on another day than the local one beside it: 26 Nov, 23:30 UTC. */
    public static final DateTimeFormatter DAY_CLOCK_UTC_NAMED = DateTimeFormatter.ofPattern("d MMM, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** The authoring templates' day in UTC: 1 December. */
    public static final DateTimeFormatter DAY_OF_MONTH_UTC = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** The short name of a zone at an instant ("CET", "CEST"); only {@link #zoneName} uses it. */
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    /** The generic short name of a zone ("CET" for Europe/Berlin, "ET" for America/New_York); only {@link #genericZoneName}. */
    private static final DateTimeFormatter GENERIC_ZONE = DateTimeFormatter.ofPattern("v", Locale.ENGLISH);

    /** Zone names by zone and daylight-saving flag, each looked up once per process. */
    private static final Map<String, String> ZONE_NAMES = new ConcurrentHashMap<>();

    private TimeFormats() {
    }

    /**
     * The zone of an IANA time zone id ("UTC", "Europe/Berlin"), or null for anything else: "+01:00"
     * and "UTC+1" parse as zones, but a fixed offset shows every summer time an hour off.
     */
    public static ZoneId ianaZone(String id) {
        ZoneId zone = parsedZone(id);
        return zone == null || fixedOffset(zone) ? null : zone;
    }

    /** Whether {@code id} parses as a zone that is a fixed offset ("+01:00", "Z", "UTC+1", "GMT-05:00"). */
    public static boolean isFixedOffset(String id) {
        ZoneId zone = parsedZone(id);
        return zone != null && fixedOffset(zone);
    }

    private static ZoneId parsedZone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * By its form, not by ZoneId.getAvailableZoneIds(): that loads every zone rules provider, the
     * time zone database for a UTC site too.
     */
    private static boolean fixedOffset(ZoneId zone) {
        return zone instanceof ZoneOffset || zone.getId().matches("(?:UTC|GMT|UT)[+-].*");
    }

    /**
     * The short name of {@code zone} at {@code t}, as {@code zzz} writes it. The JDK loads zone
     * names lazily and, when two threads ask first at the same moment, may answer one of them with
     * "GMT+01:00" instead of "CET" (and cache it): so each name is looked up once, under one lock
     * (this class; a test's reference formatting takes it too), and kept, and pages never depend
     * on thread timing.
     */
    public static String zoneName(ZoneId zone, Instant t) {
        boolean dst = zone.getRules().isDaylightSavings(t);
        String key = zone.getId() + (dst ? "+dst" : "") + "@" + zone.getRules().getOffset(t).getId();
        return ZONE_NAMES.computeIfAbsent(key, k -> {
            synchronized (TimeFormats.class) {
                return ZONE.withZone(zone).format(t);
            }
        });
    }

    /** The generic short name of {@code zone} ("ET", "CET"), looked up once, under the same lock as {@link #zoneName}. */
    public static String genericZoneName(ZoneId zone, Instant t) {
        return ZONE_NAMES.computeIfAbsent(zone.getId() + "#generic", k -> {
            synchronized (TimeFormats.class) {
                return GENERIC_ZONE.withZone(zone).format(t);
            }
        });
    }
}
