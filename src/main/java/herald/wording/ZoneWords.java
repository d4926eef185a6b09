package herald.wording;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import herald.model.TimeFormats;

/**
 * What a zone written after a time means: UTC/GMT (with an offset or not), the site's zone by
 * its abbreviation for the date at hand (CET or CEST for Europe/Berlin, EST or EDT for
 * America/New_York, read literally: "15:10 CET" is UTC+1 even in July) or by its generic name
 * ("ET") or IANA id, and a short table of unambiguous abbreviations readers know. The site's own
 * abbreviations win (CST in Asia/Shanghai is China's). Unknown or ambiguous ones (IST) are null.
 * The site zone's names come from {@link TimeFormats} (looked up once, under one lock: the lint
 * checks files in parallel, and the JDK may answer a first concurrent lookup with "GMT+01:00").
 */
final class ZoneWords {
    private ZoneWords() {
    }

    /** "UTC", "UTC+1", "GMT-05:00", "Z", or an ISO offset alone: "+01:00", "-0500". */
    private static final Pattern UTC_OFFSET = Pattern.compile("(?:(?:UTC|GMT|UT)(?=$|[\\s+-])|(?=[+-]\\d{2}:?\\d{2}$))(?:\\s?([+-])\\s?(\\d{1,2})(?::?(\\d{2}))?)?|Z");
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("ET", "America/New_York"),
            Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"), Map.entry("CT", "America/Chicago"),
            Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"), Map.entry("MT", "America/Denver"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("PT", "America/Los_Angeles"),
            Map.entry("WET", "+00:00"), Map.entry("WEST", "+01:00"), Map.entry("BST", "+01:00"),
            Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"),
            Map.entry("MSK", "+03:00"), Map.entry("SGT", "+08:00"), Map.entry("HKT", "+08:00"), Map.entry("JST", "+09:00"),
            Map.entry("KST", "+09:00"), Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"),
            Map.entry("NZST", "+12:00"), Map.entry("NZDT", "+13:00"));

    /** The zone a written zone names on {@code date} (a local date near the promise), or null when unknown. */
    static ZoneId resolve(String written, ZoneId site, LocalDate date) {
        Matcher utc = UTC_OFFSET.matcher(written);
        if (utc.matches()) {
            if (utc.group(1) == null) {
                return ZoneOffset.UTC;
            }
            int hours = Integer.parseInt(utc.group(2));
            int minutes = utc.group(3) == null ? 0 : Integer.parseInt(utc.group(3));
            int sign = utc.group(1).equals("-") ? -1 : 1;
            return hours > 18 || minutes > 59 ? null : ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        ZoneId own = siteAbbreviation(written, site, date);
        if (own != null) {
            return own;
        }
        if (written.indexOf('/') > 0) {
            try {
                return ZoneId.of(written);
            } catch (DateTimeException e) {
                return null;
            }
        }
        String known = KNOWN.get(written);
        return known == null ? null : known.startsWith("+") || known.startsWith("-") ? ZoneOffset.of(known) : ZoneId.of(known);
    }

    /** The site zone's standard or daylight abbreviation (literal offset), its generic name or its id. */
    private static ZoneId siteAbbreviation(String written, ZoneId site, LocalDate date) {
        if (written.equals(site.getId())) {
            return site;
        }
        // the two seasons of the promise's year: January and July cover both hemispheres
        for (LocalDate sample : new LocalDate[] {date, date.withDayOfYear(15), date.withMonth(7).withDayOfMonth(15)}) {
            Instant instant = sample.atTime(LocalTime.NOON).atZone(site).toInstant();
            if (written.equals(TimeFormats.zoneName(site, instant))) {
                return site.getRules().getOffset(instant);
            }
        }
        String generic = TimeFormats.genericZoneName(site, date.atTime(LocalTime.NOON).atZone(site).toInstant());
        return written.equals(generic) ? site : null;
    }
}
