package herald.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written reader gives exactly what OffsetDateTime.parse gives, or declines. */
class TimestampsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T14:09:00Z", "2026-11-20T14:09Z", "2026-11-20T15:09+01:00", "2026-11-20T09:09:59-05:30",
        "2024-02-29T00:00:00Z", "2026-11-20T14:09:00+00:00", "2026-11-20T23:59:59-12:00"})
    void agreesWithTheJdkParser(String s) {
        assertEquals(OffsetDateTime.parse(s), Timestamps.parseCommon(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T14:09:00", "2026-11-20 14:09:00Z", "2026-02-30T10:00:00Z", "2026-11-20T14:09:00.5Z",
        "2026-11-20T24:00:00Z", "2026-11-20T14:09:00+0100", "26-11-20T14:09Z", "2026-11-20T14:9:00Z", "yesterday",
        "2026-11-27T14:39:00+18:30", "2026-11-27T14:39:00-18:01", "2026-09-16T13:44:0", "2026-09-16T13:44:", "2026-09-16T13:44:0Z"})
    void declinesEverythingElse(String s) {
        // found by the fuzz test: "2026-09-16T13:44:0" (a line broken after it) was read past its end, an internal error
        assertNull(Timestamps.parseCommon(s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-20T15:05:00+0100|\"2026-11-20T15:05:00+0100\": write the offset with a colon, 2026-11-20T15:05:00+01:00",
        "2026-11-20T09:05-0530|\"2026-11-20T09:05-0530\": write the offset with a colon, 2026-11-20T09:05-05:30",
        "2026-02-30T15:05:00+0100|\"2026-02-30T15:05:00+0100\", not a timestamp; write ISO-8601 with an offset, e.g. 2026-11-20T14:09:00Z",
        "yesterday|\"yesterday\", not a timestamp; write ISO-8601 with an offset, e.g. 2026-11-20T14:09:00Z",
    })
    void aBasicFormatOffsetIsToldToTakeAColon(String written, String problem) {
        assertEquals(problem, Timestamps.read(written).problem());
    }
}
