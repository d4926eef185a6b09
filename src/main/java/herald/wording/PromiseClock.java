package herald.wording;

import herald.wording.Announcement.After;
import herald.model.DurationText;
import herald.wording.Announcement.At;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an announced time to an instant, as a reader of the update would: "in N minutes"
 * from the update's {@code at}; a time with a zone in that zone; a time without one in the site's
 * zone (every time on the page is shown in it, so a reader takes a bare "16:00" as the page's
 * clock); without a date, the day that puts the time nearest to {@code at} (at 23:55, "00:10" is
 * tomorrow; at 14:50, "14:45" is a mistake of today, not a promise for tomorrow).
 */
final class PromiseClock {
    private PromiseClock() {
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ZULU = DateTimeFormatter.ofPattern("HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ZULU_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]{3})[a-z]*\\.?|([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(\\d{4}))?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    /** The promise an announcement makes, or null when its zone or date cannot be read. */
    static Promise resolve(Announcement a, OffsetDateTime at, ZoneId site) {
        Instant atInstant = at.toInstant();
        if (a.when() instanceof After after) {
            return new Promise(a.start(), a.end(), atInstant.plus(after.delay()), a.quoted(),
                    minutes(after.delay()) + " after the update at " + (atInstant.getEpochSecond() % 60 == 0 && atInstant.getNano() == 0
                            ? ZULU : ZULU_SECONDS).format(atInstant));
        }
        At clock = (At) a.when();
        LocalDate siteDate = atInstant.atZone(site).toLocalDate();
        ZoneId zone = clock.zone() == null ? site : ZoneWords.resolve(clock.zone(), site, siteDate);
        if (zone == null) {
            return null;
        }
        LocalDate today = atInstant.atZone(zone).toLocalDate();
        Instant promised;
        if (clock.date() == null) {
            promised = nearest(today, clock, zone, atInstant);
        } else {
            LocalDate date = date(clock.date(), today);
            if (date == null) {
                return null;
            }
            promised = date.atTime(clock.time()).atZone(zone).toInstant();
        }
        String written = (clock.date() == null ? "" : clock.date() + " ") + HH_MM.format(clock.time());
        String reading = clock.zone() == null
                ? written + " in the site's zone " + siteZoneName(site, promised)
                : written + " " + clock.zone() + (zone.equals(ZoneOffset.UTC) || zone instanceof ZoneOffset && zone.getId().equals(clock.zone()) ? "" : " (" + zone.getRules().getOffset(promised) + ")");
        return new Promise(a.start(), a.end(), promised, a.quoted(), reading);
    }

    private static String siteZoneName(ZoneId site, Instant at) {
        if (site.normalized().equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        return site.getId() + " (" + herald.model.TimeFormats.zoneName(site, at) + ")";
    }

    private static Instant nearest(LocalDate today, At clock, ZoneId zone, Instant at) {
        Instant best = null;
        for (int days = -1; days <= 1; days++) {
            Instant candidate = today.plusDays(days).atTime(clock.time()).atZone(zone).toInstant();
            if (best == null || DurationText.apart(at, candidate).compareTo(DurationText.apart(at, best)) < 0) {
                best = candidate;
            }
        }
        return best;
    }

    /** The date words of an announcement on or after {@code today}: "tomorrow", "Monday", "28 Nov", "2026-11-28", "Friday, 2026-11-27". */
    static LocalDate date(String words, LocalDate today) {
        String w = words.toLowerCase(Locale.ROOT).strip();
        if (w.startsWith("today") || w.startsWith("tonight")) {
            return today;
        }
        if (w.startsWith("tomorrow")) {
            return today.plusDays(1);
        }
        Matcher iso = ISO_DATE.matcher(w);
        if (iso.find()) { // "friday, 2022-07-01": the date, whatever the weekday says
            return safeDate(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher dm = DAY_MONTH.matcher(w);
        if (dm.find()) {
            String day = dm.group(1) != null ? dm.group(1) : dm.group(4);
            String month = dm.group(2) != null ? dm.group(2) : dm.group(3);
            int m = MONTHS.indexOf(month) / 3 + 1;
            if (MONTHS.indexOf(month) % 3 != 0 || m < 1) {
                return null;
            }
            if (dm.group(5) != null) {
                return safeDate(Integer.parseInt(dm.group(5)), m, Integer.parseInt(day));
            }
            // no year: the one that puts the date nearest to the update (a "2 Jan" written on 31 Dec is next year's)
            LocalDate best = null;
            for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
                LocalDate d = safeDate(year, m, Integer.parseInt(day));
                if (d != null && (best == null || Math.abs(d.toEpochDay() - today.toEpochDay()) < Math.abs(best.toEpochDay() - today.toEpochDay()))) {
                    best = d;
                }
            }
            return best;
        }
        for (DayOfWeek dow : DayOfWeek.values()) {
            if (w.startsWith(dow.name().toLowerCase(Locale.ROOT).substring(0, 3))) {
                return today.plusDays((dow.getValue() - today.getDayOfWeek().getValue() + 7) % 7);
            }
        }
        return null;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        return m % 60 == 0 && m >= 60 ? (m / 60) + (m == 60 ? " hour" : " hours") : m + (m == 1 ? " minute" : " minutes");
    }
}
