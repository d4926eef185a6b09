package herald.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurationTextTest {
    @Test
    void parsesTheFormatsOfTheSpec() {
        assertEquals(Optional.of(Duration.ofMinutes(10)), DurationText.parse("10m"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), DurationText.parse("1h30m"));
        assertEquals(Optional.of(Duration.ofHours(48)), DurationText.parse("48h"));
        assertEquals(Optional.of(Duration.ofDays(2)), DurationText.parse("2d"));
    }

    @Test
    void rejectsAnythingElse() {
        assertEquals(Optional.empty(), DurationText.parse("10"));
        assertEquals(Optional.empty(), DurationText.parse("10 minutes"));
        assertEquals(Optional.empty(), DurationText.parse("m"));
        assertEquals(Optional.empty(), DurationText.parse(""));
        assertEquals(Optional.empty(), DurationText.parse("30m1h"));
    }

    @Test
    void formatsCompactlyAndForPeople() {
        assertEquals("34m", DurationText.format(Duration.ofMinutes(34)));
        assertEquals("1h4m", DurationText.format(Duration.ofMinutes(64)));
        assertEquals("48h", DurationText.format(Duration.ofHours(48)));
        assertEquals("3d", DurationText.format(Duration.ofDays(3)));
        assertEquals("1 h 32 min", DurationText.human(Duration.ofMinutes(92)));
        assertEquals("45 min", DurationText.human(Duration.ofMinutes(45)));
        assertEquals("2 d 3 h", DurationText.human(Duration.ofHours(51)));
    }
}
