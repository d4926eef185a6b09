package herald.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written time texts equal DateTimeFormatter's, across zones and DST changes. */
class DisplayTest {
    @Test
    void handWrittenTimesEqualTheFormattersInManyZones() {
        List<String> zones = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo");
        for (String z : zones) {
            Display d = new Display(ZoneId.of(z));
            // every 7 hours 13 minutes across two years: crosses every DST change
            for (Instant t = Instant.parse("2025-01-01T00:00:00Z"); t.isBefore(Instant.parse("2027-01-01T00:00:00Z")); t = t.plusSeconds(7 * 3600 + 13 * 60)) {
                assertEquals(d.timeByFormatter(t), d.time(t), z + " " + t);
                assertEquals(d.clockByFormatter(t), d.clock(t), z + " " + t);
            }
        }
    }
}
