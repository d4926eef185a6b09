package herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import herald.TestSite;
import herald.TestSite.Run;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --timeout is written one way for check-links and announce: 5s or a bare 5 (seconds), 1m, 1h30m. */
class TimeoutsTest {
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void secondsBareOrWithSAndMinutesAreDurations() {
        assertEquals(Duration.ofSeconds(5), Timeouts.parse("5", FIVE_MINUTES));
        assertEquals(Duration.ofSeconds(5), Timeouts.parse("5s", FIVE_MINUTES));
        assertEquals(Duration.ofMinutes(1), Timeouts.parse("1m", FIVE_MINUTES));
        assertEquals(Duration.ofMinutes(90), Timeouts.parse("1h30m", Duration.ofDays(1)));
        assertEquals(FIVE_MINUTES, Timeouts.parse("300", FIVE_MINUTES), "the limit itself is allowed");
    }

    @Test
    void zeroNonsenseAndTooLongAreClearErrors() {
        assertEquals("--timeout \"0s\": write a duration above zero, e.g. 5s or 1m",
                assertThrows(UserError.class, () -> Timeouts.parse("0s", Duration.ofDays(1))).getMessage());
        assertEquals("--timeout \"soon\": write a duration above zero, e.g. 5s or 1m, of at most 5m",
                assertThrows(UserError.class, () -> Timeouts.parse("soon", FIVE_MINUTES)).getMessage());
        assertEquals("--timeout \"301\": write a duration above zero, e.g. 5s or 1m, of at most 5m",
                assertThrows(UserError.class, () -> Timeouts.parse("301", FIVE_MINUTES)).getMessage());
    }

    @Test
    void announceTakesADurationAndRefusesABadOneBeforeReadingAnything(@TempDir Path dir) {
        TestSite.write(dir, herald.Fixtures.site(herald.Fixtures.INCIDENT));
        Run bad = TestSite.run(dir, "announce", "--previous", "https://status.invalid.example/", "--timeout", "10m");
        assertEquals(2, bad.exitCode(), bad.out() + bad.err());
        assertEquals("herald: --timeout \"10m\": write a duration above zero, e.g. 5s or 1m, of at most 5m\n", bad.err());
        Run save = TestSite.run(dir, "announce", "--previous", "missing-folder", "--save", "kept", "--timeout", "2s");
        assertEquals(0, save.exitCode(), save.out() + save.err());
    }
}
