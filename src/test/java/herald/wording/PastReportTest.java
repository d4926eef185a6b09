package herald.wording;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A time in a report of the past is not a promise: wording-eta skips what this covers. */
class PastReportTest {

    /** {@code time}: the words where the match starts ("at 13:30 UTC"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Actions went back to normal at 13:30 UTC.                       | at 13:30",
        "The issue was fixed at 14:02.                                   | at 14:02",
        "Webhooks recovered by 13:30.                                    | by 13:30",
        "Error rates returned to normal and services were restored by 08:36 UTC. | by 08:36",
        "Service has been stable since 13:30 UTC.                        | 13:30",
        "We rolled back the change at 13:10 UTC and monitoring continues.| at 13:10",
        "Pages came back online at 13:45 UTC.                            | at 13:45",
        "The queue had drained by 14:00.                                 | by 14:00",
        "We will keep monitoring, the fix was deployed at 13:20 UTC.     | at 13:20",
    })
    void aReportOfThePastIsCovered(String sentence, String time) {
        assertTrue(PastReport.covers(sentence.strip(), sentence.strip().indexOf(time.strip())), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Actions should go back to normal at 13:30 UTC.                  | at 13:30",
        "The issue will be fixed at 14:02.                               | at 14:02",
        "We expect webhooks recovered by 13:30.                          | by 13:30",
        "We expect to have this fixed by 15:00.                          | by 15:00",
        "Fixed by 15:00.                                                 | by 15:00",
        "Maintenance is scheduled to complete by 15:00 UTC.              | by 15:00",
        "We'll be back in 10 minutes.                                    | in 10",
        "We identified the cause, and service is going to be restored by 15:00. | by 15:00",
        "The fix was deployed; service should recover by 15:00.          | by 15:00",
        "Back online by 15:00.                                           | by 15:00",
    })
    void aPromiseIsNotCovered(String sentence, String time) {
        assertFalse(PastReport.covers(sentence.strip(), sentence.strip().indexOf(time.strip())), sentence);
    }
}
