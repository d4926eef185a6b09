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
            return new View.Time(ISO.format(t), full.format(t), UTC.format(t));
        }
    }

    private static String clockByFormatter(ZoneId zone, Instant t) {
        synchronized (herald.model.TimeFormats.class) {
            return DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH).withZone(zone).format(t);
        }
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
