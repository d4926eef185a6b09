package herald.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hand-written time texts equal DateTimeFormatter's, across zones and DST changes. */
class DisplayTest {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** The same texts through DateTimeFormatter: the reference the hand-written ones are tested against. */
    private static View.Time timeByFormatter(ZoneId zone, Instant t) {
        synchronized (herald.model.TimeFormats.class) {
            DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH).withZone(zone);
            String beside = zone.equals(ZoneOffset.UTC) || zone.getId().equals("UTC") ? null
                    : t.atZone(zone).toLocalDate().equals(t.atZone(ZoneOffset.UTC).toLocalDate())
                    ? DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC).format(t)
                    : DateTimeFormatter.ofPattern("d MMM, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC).format(t);
            return new View.Time(ISO.format(t), full.format(t), UTC.format(t), beside);
        }
    }

    private static String clockByFormatter(ZoneId zone, Instant t) {
        synchronized (herald.model.TimeFormats.class) {
            return DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH).withZone(zone).format(t);
        }
    }

    @Test
    void theUtcTimeStandsBesideTheLocalOneOutsideUtc() {
        Instant t = Instant.parse("2026-11-27T07:55:00Z");
        assertEquals("27 Nov 2026, 02:55 EST", new Display(ZoneId.of("America/New_York")).time(t).display());
        assertEquals("07:55 UTC", new Display(ZoneId.of("America/New_York")).time(t).utcBeside());
        assertEquals("27 Nov, 03:30 UTC", new Display(ZoneId.of("America/New_York")).time(Instant.parse("2026-11-27T03:30:00Z")).utcBeside(),
                "22:30 EST on the 26th is the 27th in UTC");
        assertEquals(null, new Display(ZoneOffset.UTC).time(t).utcBeside());
        assertEquals(null, new Display(ZoneId.of("UTC")).time(t).utcBeside());
    }

    @Test
    void handWrittenTimesEqualTheFormattersInManyZones() {
        List<String> zones = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo");
        for (String z : zones) {
            ZoneId zone = ZoneId.of(z);
            Display d = new Display(zone);
            // every 7 hours 13 minutes across two years: crosses every DST change
            for (Instant t = Instant.parse("2025-01-01T00:00:00Z"); t.isBefore(Instant.parse("2027-01-01T00:00:00Z")); t = t.plusSeconds(7 * 3600 + 13 * 60)) {
                assertEquals(timeByFormatter(zone, t), d.time(t), z + " " + t);
                assertEquals(clockByFormatter(zone, t), d.clock(t), z + " " + t);
            }
        }
    }
}
